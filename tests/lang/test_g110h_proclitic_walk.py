"""g110h: throughput, no change in output. The proclitic chain is walked by a module function, not a closure
(compiled, a closure is a generic call through an environment object at every step, and every new word form of a run
walks it)."""
from __future__ import annotations

import importlib

T = importlib.import_module("marsad.lang.ar.tokens")


def _splits_by_closure(word: str) -> tuple[tuple[str, str], ...]:
    """The proclitic walk before g110h (a nested function)."""
    by_initial = T._proclitics_by_initial()
    out = [("", word)]
    if word[:1] not in by_initial:
        return tuple(out)

    def walk(prefix, rest, min_order):
        for form, order, replace in by_initial.get(rest[:1], ()):
            if order < min_order or not rest.startswith(form) or not T.stem_allowed(form, rest[len(form):]):
                continue
            stem = replace + rest[len(form):]
            out.append((prefix + form, stem))
            walk(prefix + form, stem if not replace else "", order + 1 if not replace else 9)

    walk("", word, 1)
    return tuple(out)


def test_proclitic_walk_is_the_closures():
    words = ["وبالمدينة", "فللمسلحين", "وسيقصفون", "كالبصرة", "والقوات", "لل", "ولبنان", "بغداد", "فبلدة",
             "وكالمدرسة", "بللمدن", "ساحة", "مدرسة", "وا", "و", "", "xyz", "ولل", "فسال"]
    for w in words:
        assert T._proclitic_splits(w) == _splits_by_closure(w), w
    out: list[tuple[str, str]] = []
    T._walk_proclitics(T._proclitics_by_initial(), "", "وبالمدينة", 1, out)
    assert out == list(_splits_by_closure("وبالمدينة")[1:])
    assert ("وبال", "مدينة") in out
