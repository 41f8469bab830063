"""g51g: a protest noun told as happening, as the subject of a verb just before it («خرجت الخميس تظاهرات») or with
who took part («بمشاركة الآلاف»), supports the protest as a crowd after a protest verb does (trigger_cues.tsv
protest_out / protest_with, step.py NOUN_TOLD); a wave recalled with no day of its own gains nothing."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-07-20"


def test_protests_that_went_out_on_a_day_in_a_town_are_an_event(extractor):
    evs = events_of(extractor, "وخرجت الخميس احتجاجات جديدة في مدينة الكوت.", "Peaceful protest", PUB)
    assert evs
    assert all("agent-noun-told" in e.rule_ids for e in evs)


def test_protests_with_thousands_taking_part(extractor):
    evs = events_of(extractor, "وشهدت مدينة الكوت الخميس تظاهرات بمشاركة الآلاف.", "Peaceful protest", PUB)
    assert any("agent-noun-told" in e.rule_ids for e in evs)


def test_a_protest_noun_without_such_a_verb_is_not_told(extractor):
    evs = events_of(extractor, "وتحدث الوزير الخميس عن احتجاجات في مدينة الكوت.", "Peaceful protest", PUB)
    assert all("agent-noun-told" not in e.rule_ids for e in evs)
