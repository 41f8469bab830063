"""A well-known happening told again by its country takes the town it happened at (branch g108x), on sentences of our own.

campaigns.tsv lists the Douma chemical attack by its town (cp-700 دوما) and by its country (cp-43100 سوريا). A
reaction that names only the country ("هجوم كيماوي في سوريا") retells the Douma attack: the event is placed at Douma,
as a report naming the town places it, not at the country's centre (rule ht-122000).
"""
from __future__ import annotations

from marsad_testdata import events_of

COUNTRY = "وقالت الوزارة إن هجوما كيماويا في سوريا أسفر عن مقتل العشرات."


def test_the_douma_attack_told_by_its_country_is_placed_at_douma(extractor):
    events = events_of(extractor, COUNTRY, "Chemical weapon", "2018-04-09")
    assert events, "the retold attack is read"
    assert [e.location for e in events] == ["Dūmā"], [(e.location, e.rule_ids) for e in events]
    assert all("ht-122000" in e.rule_ids for e in events)


def test_a_strike_in_syria_keeps_the_country(extractor):
    # guard: only a retold happening moves; an air strike told by the country alone stays at Syria
    events = events_of(extractor, "وشنت طائرات حربية الأحد غارات على مواقع في سوريا.", "Air/drone strike", "2018-04-09")
    assert events and all(e.location == "Syria" and "ht-122000" not in e.rule_ids for e in events), \
        [(e.location, e.rule_ids) for e in events]
