"""The sentence scans of the extractor (s17b): a C-level test before a scan, and the back-word scan kept
for the triggers of one sentence, give what the per-token loops they replace gave."""
from __future__ import annotations

import random

from marsad.extract import lexicons as L
from marsad.extract import scans, step
from marsad.geo import Geocoder
from marsad.lang.ar.tokens import analyze_text
from marsad_testdata import patches_compiled_calls

TEXT = ("وقالت مصادر محلية إن الطائرات الحربية قصفت المدينة صباح اليوم، ثم وقع الهجوم في ريفها الشمالي.\n"
        "وأكد المسؤول أن القصف آخرها كان على البلدة، لكن المحافظة لم تشهد معارك منذ أسبوع.\n"
        "وفي المدينة، خرج المئات في مظاهرة ضد الحكومة بالمدينة القديمة وبالبلدة المجاورة.")


def _slices(n: int, rounds: int = 200):
    rnd = random.Random(17)
    yield 0, n
    yield 0, 0
    for _ in range(rounds):
        a = rnd.randrange(n)
        yield a, rnd.randrange(a, n + 1)


def test_positions_and_holds_any_agree_with_the_token_loop():
    toks = analyze_text(TEXT).tokens
    groups = [L.words(g) for g in ("clause_mark", "latest_of", "clause_break")] + [frozenset({"المدينة", "قصفت"})]
    for words in groups:
        for a, b in _slices(len(toks)):
            old = [k for k in range(a, b) if toks[k].norm in words]
            assert step._positions(toks, a, b, words) == old
            assert step._holds_any(toks, a, b, words) == bool(old)


def test_forms_in_agrees_with_form_in_per_token():
    toks = analyze_text(TEXT).tokens
    back = Geocoder.default().recognizer.words.back
    found = 0
    for a, b in _slices(len(toks)):
        old = [(k, f) for k in range(a, b) for f in (scans.form_in(toks[k].norm, back),) if f]
        assert scans.forms_in(toks, a, b, back) == old
        assert scans.forms_in(toks, a, b, back) == old  # the kept answer
        found += len(old)
    assert found  # the text holds back words ("المدينة", "بالبلدة", "ريفها")


def test_forms_in_keeps_no_answer_for_another_token_list():
    back = Geocoder.default().recognizer.words.back
    first = analyze_text("قصفت الطائرات المدينة").tokens
    other = analyze_text("قصفت الطائرات الجسر").tokens
    assert [k for k, _ in scans.forms_in(first, 0, 3, back)] == [2]
    assert scans.forms_in(other, 0, 3, back) == []
    assert scans.forms_in(first, 0, 2, back) == []  # another span of the same list


def test_form_memo_answers_as_form_in_and_stays_bounded(monkeypatch):
    patches_compiled_calls(scans)  # the bound is Final: compiled, a C static a patch does not reach
    back = Geocoder.default().recognizer.words.back
    monkeypatch.setattr(scans, "FORM_MEMO_MAX", 5)
    memo = scans._FormMemo(scans.table_keys(back))
    for word in analyze_text(TEXT).forms() * 2:
        assert memo[word] == scans.form_in(word, back)
        assert len(memo) <= 6


def test_the_word_groups_read_with_conjunctions_as_in_words():
    from marsad.lang.ar.tokens import in_words, with_conjunctions

    probes = analyze_text(TEXT).forms() + ["و", "ف", "", "وو"]
    for group in ("suspect_head", "reactor_head", "reference_head"):
        words = L.words(group)
        expanded = with_conjunctions(words)
        for w in [*probes, *words, *("و" + x for x in words), *("ف" + x for x in words), *("ب" + x for x in words)]:
            assert (w in expanded) == in_words(w, words), (group, w)
