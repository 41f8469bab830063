"""``MatcherSet.find`` over some lexicons and some token ranges (branch s22): inside ranges that open where no phrase
runs in from before (``clean_start``), the matches are the whole scan's. Sentences of our own."""
from __future__ import annotations

from marsad.lang.ar.matcher import MatcherSet, PhraseMatcher, clean_start
from marsad.lang.ar.tokens import analyze_text

# "وقف إطلاق النار" spans a line break when a heading runs into the next line without punctuation
TEXT = "قالت الوزارة إن الهدنة صامدة. وأعلن الطرفان وقف\nإطلاق النار في المدينة. وقال الوزير إن وقف إطلاق النار هش."


def _set() -> MatcherSet:
    return MatcherSet({"truce": PhraseMatcher([("وقف إطلاق النار", "truce"), ("إطلاق النار", "fire")]),
                       "say": PhraseMatcher([("قال*", "say")])})


def _phrases(matches) -> list[tuple[int, str]]:
    return [(m.start_tok, m.payload) for m in matches]


def test_only_the_lexicons_asked_are_matched():
    an = analyze_text(TEXT)
    ms = _set()
    got = ms.find(an.tokens, forms=an.forms(), only=(False, True))
    assert list(got) == ["say"]
    assert got["say"] == ms.find(an.tokens, forms=an.forms())["say"]


def test_a_zone_opened_back_to_a_clean_start_finds_the_whole_scans_matches():
    an = analyze_text(TEXT)
    ms, toks = _set(), an.tokens
    whole = ms.find(toks, forms=an.forms())["truce"]
    second = an.sent_tokens[2]  # the line after the break: "إطلاق النار في المدينة."
    a = clean_start(toks, second[0])
    assert a < second[0]  # a line break is no punctuation mark: the zone opens at the sentence before it
    got = ms.find(toks, forms=an.forms(), zones=[(a, second[1])])["truce"]
    assert _phrases(got) == [p for p in _phrases(whole) if a <= p[0] < second[1]]
    assert ("fire" not in {p for _, p in _phrases(got)})  # the phrase read from the line before, as the whole scan
    # opened at the sentence itself, the zone would read "إطلاق النار" as a phrase of its own
    naive = ms.find(toks, forms=an.forms(), zones=[second])["truce"]
    assert [p for _, p in _phrases(naive)] == ["fire"]


def test_a_sentence_after_a_full_stop_is_a_clean_start():
    an = analyze_text(TEXT)
    third = an.sent_tokens[-1]
    assert clean_start(an.tokens, third[0]) == third[0]
