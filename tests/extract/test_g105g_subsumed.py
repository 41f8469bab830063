"""Candidates wrongly subsumed (branch g105g): the strike verb describing an intercepted projectile that names its own
attacker, the side whose weapons the interception met, tells that side's attack (filters._fired_by_met_side); merge
face-of then joins the interception to it as one strike of the named side (g59h)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-09"  # a Wednesday
ISRAEL = "Military Forces of Israel (1948-)"
SYRIA = "Military Forces of Syria (2000-)"


def _kinds(doc):
    return [(e.event_type, e.actor1, e.actor2) for e in doc.events]


def test_named_missiles_met_and_their_strike_verb_make_the_strike(extractor):
    doc = read_doc(extractor, "قال مصدر عسكري إن الدفاعات الجوية السورية أسقطت مساء الثلاثاء ثلاثة صواريخ إسرائيلية "
                              "استهدفت موقعا عسكريا قرب بلدة الكسوة.", PUB)
    assert _kinds(doc) == [("Explosions/Remote violence", ISRAEL, SYRIA)]
    assert "tr-shell-17" in doc.events[0].rule_ids
    # no side named for the missiles: the verb only describes what was brought down (dev gold: the interception alone)
    doc = read_doc(extractor, "قال مصدر عسكري إن الدفاعات الجوية السورية أسقطت مساء الثلاثاء ثلاثة صواريخ استهدفت "
                              "موقعا عسكريا قرب بلدة الكسوة.", PUB)
    assert [e.sub_event_type for e in doc.events] == ["Disrupted weapons use"]
    assert any(d["rule_id"] == "tr-shell-17" and d["reason"] == "modality:subsumed" for d in doc.dropped)
