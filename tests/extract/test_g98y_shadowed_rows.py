"""A phrase headed by an accusative form hid the shorter rows of its stem (g98y).

``PhraseMatcher._lookup`` read «صاروخا» as «صاروخ» (tanwin) only when no row starts with «صاروخا» itself: a row
«صاروخا دمر*» that did not complete left the token with no match at all, so «أطلقت 20 صاروخا» lost tr-shell-12 (g98s).
The stem's rows now follow the form's own candidates, and the longest that completes wins (the form's own rows first
on a tie)."""
from __future__ import annotations

from marsad.extract import lexicons as L
from marsad.lang.ar.matcher import MatcherSet, PhraseMatcher
from marsad.lang.ar.tokens import analyze_text

from marsad_testdata import subs_and_rules

PUB = "2018-06-20"


def _phrases(text: str, rows: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """What a lexicon of ``rows`` finds in ``text``: alone and inside a matcher set (the extractor's path)."""
    toks = analyze_text(text).tokens
    m = PhraseMatcher(rows)
    return [x.payload for x in m.find(toks)], [x.payload for x in MatcherSet({"t": m}).find(toks)["t"]]


ROWS = [("صاروخ", "short"), ("صاروخا دمر*", "long")]


def test_uncompleted_accusative_phrase_falls_back_to_the_stem_row():
    # «صاروخا» not followed by «دمر*»: the one-word row of its stem matches
    assert _phrases("وقال إن القوات أطلقت عشرين صاروخا على البلدة أمس", ROWS) == (["short"], ["short"])


def test_guard_completed_accusative_phrase_still_wins():
    assert _phrases("وقال إن صاروخا دمرت منزلا في البلدة", ROWS) == (["long"], ["long"])


def test_guard_own_row_wins_a_tie_with_the_stem_row():
    # «هجوم على» (the stem's) and «هجوما على» (the form's own) both cover two tokens: the form's own row is kept
    rows = [("هجوم على", "stem"), ("هجوما على", "own")]
    assert _phrases("شنت القوات هجوما على البلدة", rows) == (["own"], ["own"])


def test_stem_phrase_longer_than_the_own_row_is_read():
    # «هجوما» has its own one-word row; the stem's «هجوم بالغاز» is longer and completes
    rows = [("هجوما", "own"), ("هجوم بالغاز", "gas")]
    assert _phrases("وقالت إن القوات نفذت هجوما بالغاز على القرية", rows) == (["gas"], ["gas"])


def test_modality_stem_row_no_longer_hidden_by_its_accusative_phrase():
    # md-int-56200 «مركزا على» hid md-sense-14808 «مركز» when «مركزا» was not followed by «على» (the one such pair
    # in the tables on main)
    toks = analyze_text("وقال إن الجيش نشر مركزا جديدا قرب البلدة").tokens
    found = L.all_matchers().find(toks)["modality"]
    assert "مركز" in [m.phrase for m in found]


def test_gas_attack_in_the_accusative_is_a_chemical_weapon(extractor):
    text = "وقال المرصد إن قوات النظام نفذت هجوما بالغاز على بلدة الحراك في ريف درعا يوم الخميس."
    rules = [r for s, rs in subs_and_rules(extractor, text, PUB) if s == "Chemical weapon" for r in rs]
    assert "tr-chem-12" in rules
