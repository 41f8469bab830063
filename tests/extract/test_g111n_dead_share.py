"""g111n: the target of a strike read from who was hit.

- A strike's toll that names a side as the most of its dead («غالبيتهم/معظمهم/أغلبهم X») hit that side, over the
  owner of the positions struck («على مواقع عسكرية للجيش السوري»); a side named only among the dead («بينهم/من
  بينهم X») does so when the sentence names no target and the toll counts no side of its own (frames.dead_share,
  rule dead-share-143500; dev AL-931).
- A US strike whose target is only the coder's default (dt-10, the Syrian army) at a town IS held on its day
  (sector_holders.tsv) hit IS (rule holder-over-default-143501).
"""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-02"
ISRAEL, IRAN = "Military Forces of Israel (1948-)", "Military Forces of Iran (1989-)"
SYRIA, USA = "Military Forces of Syria (2000-)", "Military Forces of the United States (2017-2021)"
IS = "Islamic State (Iraq and Syria)"


def _strikes(extractor, text, pub=PUB):
    evs = extractor(MetaStep()(Document(text=text, published=pub))).events
    return [(e.actor1, e.actor2, e.rule_ids) for e in evs if e.event_type == "Explosions/Remote violence"]


@pytest.mark.parametrize("text", [
    "قتل 30 مقاتلا على الأقل غالبيتهم إيرانيين الاثنين في غارات إسرائيلية على مواقع عسكرية للجيش السوري قرب مدينة حمص.",
    # the nominative plural nisba, after «معظمهم»
    "أفاد المرصد الاثنين بمقتل 19 عنصرا معظمهم إيرانيون في قصف صاروخي إسرائيلي استهدف مواقع تابعة للنظام السوري في "
    "ريف حماة.",
])
def test_most_of_the_dead_outrank_the_owner_of_the_positions(extractor, text):
    got = _strikes(extractor, text)
    assert [(a1, a2) for a1, a2, _ in got] == [(ISRAEL, IRAN)]
    assert "dead-share-143500" in got[0][2]


def test_a_part_of_the_dead_names_the_target_when_the_toll_names_no_side(extractor):
    got = _strikes(extractor, "قالت مصادر طبية إن 17 عسكريا من بينهم 6 إيرانيين قتلوا الاثنين في القصف الجوي "
                              "الإسرائيلي على مطار الشعيرات العسكري في ريف حمص.")
    assert [(a1, a2) for a1, a2, _ in got] == [(ISRAEL, IRAN)]
    assert "dead-share-143500" in got[0][2]


def test_a_part_of_the_dead_gives_way_to_the_side_the_toll_counts(extractor):
    got = _strikes(extractor, "أسفرت الغارة الإسرائيلية الاثنين على مطار الشعيرات عن مقتل 11 عنصرا من قوات النظام "
                              "بينهم مقاتلون إيرانيون.")
    assert got and all(a2 == SYRIA for _, a2, _ in got)
    assert all("dead-share-143500" not in r for _, _, r in got)


def test_a_part_of_the_dead_gives_way_to_the_owner_of_the_base_struck(extractor):
    got = _strikes(extractor, "قال المرصد إن 12 مقاتلا على الأقل، بينهم إيرانيون، قتلوا في غارة إسرائيلية استهدفت "
                              "الاثنين مطار الشعيرات العسكري التابع للنظام السوري.")
    assert got and all(a2 == SYRIA for _, a2, _ in got)


def test_fighting_between_two_sides_is_no_share_of_the_dead(extractor):
    got = _strikes(extractor, "قتل ستة مقاتلين الاثنين في قصف إسرائيلي على مواقع للجيش السوري واشتباكات بينهم "
                              "وبين مقاتلين إيرانيين.")
    assert all("dead-share-143500" not in r for _, _, r in got)


def test_a_us_strike_on_a_town_is_held_hits_is(extractor):
    got = _strikes(extractor, "قالت وزارة الدفاع الروسية الأحد إن طائرات حربية أمريكية شنت غارات السبت على بلدة هجين في ريف "
                              "دير الزور.", pub="2018-09-09")
    assert [(a1, a2) for a1, a2, _ in got] == [(USA, IS)]
    assert "holder-over-default-143501" in got[0][2]


def test_a_us_strike_on_a_town_is_no_longer_holds_keeps_the_default(extractor):
    got = _strikes(extractor, "قالت وزارة الدفاع الروسية الأحد إن طائرات حربية أمريكية شنت غارات السبت على بلدة هجين في ريف "
                              "دير الزور.", pub="2019-02-10")
    assert all("holder-over-default-143501" not in r for _, _, r in got)


MET = ("قصفت طائرات إسرائيلية فجر الاثنين مطار الشعيرات العسكري في ريف حمص ما أسفر عن مقتل 12 عسكريا من بينهم 5 "
       "إيرانيين. وقالت وكالة الأنباء السورية إن الدفاعات الجوية السورية أسقطت عددا من الصواريخ فوق المطار فجر الاثنين.")


def test_the_base_defences_still_met_a_strike_whose_target_is_its_dead(extractor):
    evs = extractor(MetaStep()(Document(text=MET, published="2018-04-10"))).events
    assert [(e.actor1, e.actor2) for e in evs] == [(ISRAEL, IRAN)]
    assert "face-of" in evs[0].rule_ids  # the interception folded into the strike, as with the base's owner as target
