"""The new rules' scans made cheap (s18): each gives what the loop it replaces gave, on composed sentences."""
from __future__ import annotations

import random
from types import SimpleNamespace
from typing import Any, Sequence

from marsad.extract import frames
from marsad.extract import lexicons as L
from marsad.extract import scans, step
from marsad.extract.places import DEPARTURE_WINDOW, _breaks, destinations
from marsad.lang.ar.matcher import Match
from marsad.lang.ar.tokens import analyze_text, in_words

SENTENCES = (
    "وبدأت عملية إجلاء المقاتلين من دوما إلى إدلب في شمال سوريا، حيث وقع الهجوم على جرابلس.",
    "وخرجت الحافلات من المدينة باتجاه جرابلس ثم بدأت الدخول إلى دوما وسط إجراءات أمنية.",
    "غادر الفريق دمشق متوجها إلى دوما، حيث موقع الهجوم، ونحو القرى المجاورة.",
    "قصفت الطائرات الحربية المدينة ردا على هجوم على مدينة دوما، بينما خرج المتظاهرون إلى الساحة.",
    "وقال المسؤول إن القوات انسحبت من البلدة والى المواقع الخلفية في ريف حماة الشمالي.",
    "قصفت الطائرات المدينة صباح اليوم.",
)


def _old_destinations(toks: Sequence[Any], a: int, places: Sequence[Any], window: int = DEPARTURE_WINDOW) -> dict:
    """q17a's loop, as merged."""
    dest_words, out, last = L.words("destination"), {}, None
    for p in places:
        k = p.tok_start
        if last is not None and last <= k and not any(toks[j].norm in _breaks() for j in range(last, k)):
            out[id(p)] = k
            last = p.tok_end
            continue
        last = None
        if k <= a or not in_words(toks[k - 1].norm, dest_words):
            continue
        move = next((j for j in range(k - 2, max(a, k - 1 - window) - 1, -1) if scans.form_in_keys(
            toks[j].norm, L.words("departure")) or scans.form_in_keys(toks[j].norm, L.words("arrival"))), None)
        if move is not None and scans.form_in_keys(toks[move].norm, L.words("departure")):
            out[id(p)] = k
            last = p.tok_end
    return out


def _places(n: int, rnd: random.Random) -> list[SimpleNamespace]:
    """Some non-overlapping one- or two-word spans in token order, as the recognizer gives places."""
    starts = sorted(rnd.sample(range(n), min(n, rnd.randrange(0, 6))))
    out, end = [], 0
    for s in starts:
        if s >= end:
            end = min(n, s + rnd.choice((1, 1, 2)))
            out.append(SimpleNamespace(tok_start=s, tok_end=end))
    return out


def test_destinations_with_a_quick_reject_agree_with_the_loop():
    rnd, found = random.Random(18), 0
    for text in SENTENCES:
        toks = analyze_text(text).tokens
        n = len(toks)
        # every token after a destination word as a place, then random ones from random sentence starts
        dest = [k + 1 for k in range(n - 1) if in_words(toks[k].norm, L.words("destination"))]
        trials = [(0, [SimpleNamespace(tok_start=k, tok_end=k + 1) for k in dest])]
        trials += [(rnd.randrange(n), _places(n, rnd)) for _ in range(300)]
        for a, places in trials:
            old = _old_destinations(toks, a, places)
            assert destinations(toks, a, places) == old
            found += len(old)
    assert found  # the sentences hold moves to places ("إجلاء ... إلى إدلب", "خرجت ... باتجاه جرابلس")


def test_no_places_no_destinations():
    toks = analyze_text(SENTENCES[0]).tokens
    assert destinations(toks, 0, []) == {}


def test_reason_positions_agree_with_the_token_loop():
    reasons = step.with_conjunctions(L.words("reason_head"))
    found = 0
    for text in SENTENCES:
        toks = analyze_text(text).tokens
        for a in range(len(toks)):
            for b in range(a, len(toks) + 1):
                old = [k for k in range(a, b) if toks[k].norm in reasons]
                assert step._positions(toks, a, b, reasons) == old
                found += len(old)
    assert found  # "ردا"


def _cue(kind: str, k: int) -> Match:
    return Match(k, k + 1, 0, 0, SimpleNamespace(kind=kind), "", "")


def test_senses_first_is_the_stable_sort_it_replaces():
    rnd = random.Random(18)
    kinds = ("sense", "denial", "relative", "continuity", "expectation")
    for n in range(7):
        for _ in range(60):
            cues = [_cue(rnd.choice(kinds), k) for k in range(n)]
            assert list(frames._senses_first(cues)) == sorted(cues, key=lambda c: c.payload.kind != "sense")
    plain = [_cue("denial", 0), _cue("relative", 1)]
    assert frames._senses_first(plain) is plain  # no sense cue: nothing is made


def test_carries_subject_reads_the_suffixes_as_before():
    for verb in ("هاجموا", "أحرقوا", "هاجم", "قصفت", "وا", "", "اقتحموا"):
        assert frames._carries_subject(verb) == verb.endswith(tuple(L.words("subject_suffix")))


def test_future_verb_needs_the_b_its_caller_now_tests_first():
    """find_modality asks for "ب" in the trigger's prefix before calling ``_future_verb_before``: without it the
    answer was False anyway."""
    toks = analyze_text("وستقوم القوات بشن هجوم وستعترف باستعادة المدينة سيارة مفخخة").tokens
    seen = set()
    for k in range(1, len(toks)):
        for prefix in ("", "ب", "وب", "ال", "و"):
            trig = Match(k, k + 1, 0, 0, None, toks[k].norm, prefix)
            got = frames._future_verb_before(toks, trig, 0)
            seen.add(got)
            if "ب" not in prefix:
                assert not got
    assert seen == {True, False}  # "ستقوم بشن", "ستعترف باستعادة"


def test_head_unreal_of_a_sentence_s_first_trigger_is_none():
    """The extractor skips ``_head_unreal`` while the sentence has no frame yet: it had nothing to read."""
    # a Trigger, not None, for its tdef: compiled, the rows of extract/records.py are native classes whose declared
    # type is checked on entry (g103b)
    tdef = L.Trigger("t1", "Battles", "Armed clash", "noun", 1.0, "")
    assert step._head_unreal(Match(3, 4, 0, 0, tdef, "", ""), tdef, [], []) is None


def test_positions_hit_agrees_with_the_window_loop():
    toks = analyze_text("قصفت طائرات حربية مواقع قرب المدينة وقصفت المدفعية نقاطا ومواقع عسكرية").tokens
    heads, found = L.words("positions"), 0
    for k in range(len(toks) + 1):
        t = Match(max(0, k - 1), k, 0, 0, None, "", "")
        old = any(toks[j].norm in heads for j in range(k, min(len(toks), k + step.POSITIONS_WINDOW + 1)))
        assert step._positions_hit(toks, t) == old
        found += old
    assert found
