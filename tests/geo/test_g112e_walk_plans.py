"""g112e: the phrase and place scans read each word form's plan/start where their walk meets it, so a form not seen
before is worked out once per scan (not once per occurrence), with the same matches as a scan that knew it."""
from __future__ import annotations

import copy

import pytest

from marsad import native
from marsad.extract import lexicons as L
from marsad.geo.recognize import PlaceRecognizer
from marsad.lang.ar.matcher import MatcherSet
from marsad.lang.ar.tokens import analyze_text

pytestmark = pytest.mark.skipif(native.status().compiled, reason="counts calls by patching the interpreted classes")

# composed: the same unseen forms come back within one text
TEXT = ("قصفت الطائرات الحربية بلدة كفرزيتون بريف حماة، ثم عادت الطائرات الحربية وقصفت بلدة كفرزيتون "
        "مرة ثانية، وقالت مصادر محلية إن القصف على بلدة كفرزيتون أوقع قتلى")


def _counting(monkeypatch: pytest.MonkeyPatch, cls: type, name: str) -> list[str]:
    calls: list[str] = []
    orig = getattr(cls, name)

    def wrapped(self, form: str):  # noqa: ANN001, ANN202 - a test double
        calls.append(form)
        return orig(self, form)

    monkeypatch.setattr(cls, name, wrapped)
    return calls


def test_matcher_set_plans_each_new_form_once(monkeypatch: pytest.MonkeyPatch) -> None:
    an = analyze_text(TEXT)
    forms = an.forms()
    ms = L.all_matchers()
    want = ms.find(an.tokens, forms=forms)
    fresh = copy.copy(ms)
    fresh._plans = {f: p for f, p in ms._plans.items() if f not in set(forms)}  # every form of the text unseen
    calls = _counting(monkeypatch, MatcherSet, "_plan")
    assert fresh.find(an.tokens, forms=forms) == want
    assert sorted(calls) == sorted(set(forms))  # main planned every occurrence: the repeated forms twice or more
    assert len(forms) > len(set(forms))
    calls.clear()
    assert fresh.find(an.tokens, forms=forms) == want
    assert calls == []  # known now: read from the plans


def test_place_recognizer_starts_each_new_form_once(monkeypatch: pytest.MonkeyPatch, geo) -> None:  # noqa: ANN001
    an = analyze_text(TEXT)
    forms = an.forms()
    r = geo.recognizer
    want = [(m.tok_start, m.tok_end, m.name) for m in r.find(an)]
    fresh = copy.copy(r)
    fresh._starts = {f: s for f, s in r._starts.items() if f not in set(forms)}
    calls = _counting(monkeypatch, PlaceRecognizer, "_start")
    assert [(m.tok_start, m.tok_end, m.name) for m in fresh.find(an)] == want
    assert want  # the text names places
    assert sorted(calls) == sorted(set(forms))  # main started every occurrence: the repeated forms twice or more
