"""How much of an attack the air defences brought down (branch g111g): only part of it («أسقطت معظمها»، «أسقطت 60
منها») means the attack landed, so the happening is the strike; all of it («ودمرتهما») means it was foiled, so the
interception stays the happening even beside the named side's strike (filters._caught_part_or_all, merge._fold_faces;
function_words part_caught / all_caught, rules 141500/141501)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-09"  # a Wednesday
ISRAEL, SYRIA = "Military Forces of Israel (1948-)", "Military Forces of Syria (2000-)"
DWU, MISSILES = "Disrupted weapons use", "Shelling/artillery/missile attack"
_kinds = lambda doc: [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events]  # noqa: E731


def test_part_brought_down_is_the_strike(extractor):
    doc = read_doc(extractor, "وقالت القيادة العامة للجيش السوري إن منظومات الدفاع الجوي تصدت فجر الثلاثاء لصواريخ "
                              "العدوان وأسقطت أغلبها في حين أصاب بعضها مبنى في حي المزة.", PUB)
    assert [e.sub_event_type for e in doc.events] == [MISSILES]
    assert doc.events[0].actor2 == SYRIA  # the defender is the strike's target
    assert "part-caught-141500" in doc.events[0].rule_ids
    doc = read_doc(extractor, "وقالت وزارة الدفاع إن إسرائيل أطلقت 40 صاروخا مساء الثلاثاء، لكن الدفاعات "
                              "الجوية السورية أسقطت 25 منها قرب مدينة حمص.", PUB)
    # the landed strike of a named side (Israel's missiles are coded its air strikes)
    assert [(e.event_type, e.actor1, e.actor2) for e in doc.events] == [("Explosions/Remote violence", ISRAEL, SYRIA)]


def test_all_brought_down_stays_the_interception(extractor):
    # the named side's strike verb describes the missiles met; both destroyed: a foiled attack
    doc = read_doc(extractor, "تصدت الدفاعات الجوية السورية مساء الثلاثاء لصاروخين إسرائيليين استهدفا موقعا عسكريا "
                              "قرب بلدة الكسوة ودمرتهما.", PUB)
    assert _kinds(doc) == [(DWU, SYRIA, ISRAEL)]
    assert "all-caught-141501" in doc.events[0].rule_ids
    # without the word of all or part, the named side's strike stays (g105g)
    doc = read_doc(extractor, "تصدت الدفاعات الجوية السورية مساء الثلاثاء لصاروخين إسرائيليين استهدفا موقعا عسكريا "
                              "قرب بلدة الكسوة.", PUB)
    assert [e.event_type for e in doc.events] == ["Explosions/Remote violence"]


def test_plain_interception_stays(extractor):
    doc = read_doc(extractor, "قال مصدر عسكري إن الدفاعات الجوية السورية أسقطت مساء الثلاثاء ثلاثة صواريخ استهدفت "
                              "مطارا عسكريا قرب مدينة حمص.", PUB)
    assert [e.sub_event_type for e in doc.events] == [DWU]
    assert not {"part-caught-141500", "all-caught-141501"} & set(doc.events[0].rule_ids)
