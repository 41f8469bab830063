"""g52b: the verb دك «pounded» is a strike (triggers.tsv tr-shell-32200..32204; rf-air-1 makes it an air strike when
planes are named), and «قيادة وسيطرة» (command and control) is no territory taken (tr-terr-3 needs !command_ctl)."""
from __future__ import annotations

from marsad_testdata import events_of, fields_of

PUB = "2018-06-07"


def test_planes_that_pounded_a_post_are_an_air_strike(extractor):
    evs = events_of(extractor, "وقال الجيش العراقي إن طائرات F16 العراقية دكت صباح الخميس مقرا لعصابات داعش في منطقة هجين.",
                    "Air/drone strike", PUB)
    assert evs
    assert all("tr-shell-32200" in e.rule_ids for e in evs)


def test_a_command_and_control_post_is_no_territory_taken(extractor):
    got = fields_of(extractor, "وقالت قيادة الجيش العراقي إن الطائرات استهدفت الخميس مقر قيادة وسيطرة لعصابات داعش"
                               " في منطقة هجين.", PUB, "event_type", "sub_event_type")
    assert ("Explosions/Remote violence", "Air/drone strike") in got
    assert all(t != "Battles" for t, _ in got)


def test_control_of_a_town_is_still_territory_taken(extractor):
    evs = events_of(extractor, "وأعلن الجيش العراقي الخميس سيطرة قواته على منطقة هجين بعد طرد عصابات داعش.",
                    "Government regains territory", PUB)
    assert evs
