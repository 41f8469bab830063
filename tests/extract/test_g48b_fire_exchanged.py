"""One side's fire and the other side's answer told in one article are two happenings (branch g48b,
merge._fire_exchanged): remote-violence mentions whose read attackers are each other's targets and whose
weapons differ are not merged, in the main pass nor once places are refined."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _remote(doc):
    return sorted((e.sub_event_type, e.actor1 or "") for e in doc.events
                  if e.event_type == "Explosions/Remote violence")


def test_rockets_and_the_air_strikes_that_answered_them_stay_two(extractor):
    doc = _run(extractor, "قال الجيش إن إيران أطلقت، فجر الخميس، 20 صاروخا من طراز غراد على قواعد عسكرية "
                          "إسرائيلية في هضبة الجولان. وردت إسرائيل بغارات جوية على مواقع إيرانية في هضبة الجولان "
                          "فجر الخميس.")
    kinds = _remote(doc)
    assert any(sub == SHELL and "Iran" in actor for sub, actor in kinds), kinds
    assert any(sub == AIR and "Israel" in actor for sub, actor in kinds), kinds


def test_one_strike_told_twice_still_merges(extractor):
    doc = _run(extractor, "قصفت الطائرات الإسرائيلية فجر الخميس مواقع إيرانية في هضبة الجولان. "
                          "وأسفرت الغارات الإسرائيلية على هضبة الجولان فجر الخميس عن مقتل خمسة عناصر إيرانيين.")
    assert [sub for sub, _ in _remote(doc)] == [AIR]
