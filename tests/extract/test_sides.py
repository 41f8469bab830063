"""Sides of one-sided acts: a nationality adjective after a target head (also with a plain adjective between)
names the target, not the agent."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-11"  # a Friday


def _strikes(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published=PUB)))
    return sorted((e.actor1, e.actor2) for e in doc.events if e.event_type == "Explosions/Remote violence")


def test_the_nationality_of_a_position_hit_names_the_target(extractor):
    for text in ("أعلن الجيش الإسرائيلي، الخميس، قصف موقع عسكري سوري في الجولان.",
                 "أعلن الجيش الإسرائيلي، الخميس، أنه استهدف موقعاً سورياً في الجولان."):
        assert _strikes(extractor, text) == [("Military Forces of Israel (1948-)", "Military Forces of Syria (2000-)")], text


def _transfers(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published="2018-07-06")))
    return [e for e in doc.events if e.sub_event_type == "Non-violent transfer of territory"]


def test_handing_over_weapons_or_people_is_no_transfer_of_territory(extractor):
    for text in ("أعلنت موسكو الخميس تسليم الجيش السوري صواريخ جديدة مضادة للطائرات.",
                 "طلبت أنقرة الخميس من برلين توقيف القيادي الكردي وتسليمه إليها.",
                 "وتسلمت السعودية الخميس من الأردن الرئاسة الدورية للجامعة العربية."):
        assert _transfers(extractor, text) == [], text


def test_handing_over_positions_in_a_town_is_a_transfer(extractor):
    ev = _transfers(extractor, "أكملت الفصائل المعارضة الخميس تسليم مواقعها في بلدة بصرى الشام للجيش السوري.")
    assert len(ev) == 1 and "tr-nvt-8" in ev[0].rule_ids


def test_a_counterattack_is_an_armed_clash(extractor):
    doc = extractor(MetaStep()(Document(text="وقال المرصد الجمعة إن تنظيم داعش يواصل هجماته المضادة على مواقع قوات سوريا "
                                             "الديمقراطية في بلدة هجين.", published="2018-10-13")))
    assert [(e.sub_event_type, e.actor1) for e in doc.events] == [
        ("Armed clash", "Islamic State (Iraq and Syria)")], [(e.sub_event_type, e.actor1) for e in doc.events]
