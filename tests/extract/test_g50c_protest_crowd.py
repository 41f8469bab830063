"""g50c: a crowd as a protest verb's subject («تظاهر العشرات من السكان») names who protested (trigger_cues.tsv crowd,
step.py CROWD_AGENT): the protest told with its crowd and place is the day's happening, not a loose mention."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-07-20"


def test_a_crowd_that_protested_makes_the_protest_an_event(extractor):
    evs = events_of(extractor, "وتظاهر العشرات من السكان في مدينة الكوت للمطالبة بتوفير الكهرباء.",
                    "Peaceful protest", PUB)
    assert evs
    assert all("agent-crowd" in e.rule_ids for e in evs)


def test_hundreds_who_protested_and_closed_a_road(extractor):
    evs = events_of(extractor, "وفي الناصرية، تظاهر المئات من الشبان وأغلقوا الطريق العام مطالبين بفرص عمل.",
                    "Peaceful protest", PUB)
    assert any("agent-crowd" in e.rule_ids for e in evs)


def test_a_count_far_from_the_verb_is_no_crowd(extractor):
    # the count is of the years' dead, not the subject of the verb
    evs = events_of(extractor, "وتظاهر سكان المدينة كثيرا في الماضي على الرغم من سقوط العشرات من القتلى.",
                    "Peaceful protest", PUB)
    assert all("agent-crowd" not in e.rule_ids for e in evs)
