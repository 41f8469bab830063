"""Air-defence systems by name (branch g40g): a missile or drone told with Patriot, Iron Dome or David's Sling is an
interception (trigger_refiners rf-dis-18400/18401), not a missile or air strike; the system told as a thing bought is
no launch (arms_system)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-07-13"  # a Friday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _kinds(doc):
    return sorted((e.event_type, e.sub_event_type) for e in doc.events)


def test_a_patriot_launched_at_a_drone_is_an_interception(extractor):
    doc = _run(extractor, "أعلن الجيش الإسرائيلي الخميس أنه أطلق صاروخ باتريوت على طائرة مسيرة اقتربت من الحدود "
                          "قادمة من سوريا.")
    assert _kinds(doc) == [("Strategic developments", "Disrupted weapons use")]


def test_a_drone_met_by_a_patriot_in_quotes_is_no_air_strike(extractor):
    # the drone noun several words after the system's name is the downed weapon, not a strike
    doc = _run(extractor, "وفي حادثة سابقة أطلق الجيش الإسرائيلي في 20 يونيو صاروخ \"باتريوت\" على طائرة دون طيار "
                          "\"درون\" قرب الجولان.")
    assert ("Explosions/Remote violence", "Air/drone strike") not in _kinds(doc)
    assert ("Strategic developments", "Disrupted weapons use") in _kinds(doc)


def test_a_patriot_deal_is_no_event(extractor):
    doc = _run(extractor, "وقالت الحكومة الخميس إنها تبحث مع واشنطن صفقة لمنظومة باتريوت للدفاع الصاروخي.")
    assert doc.events == []
