"""A plane or drone as what a missile is fired at (branch g47c): the fire is an interception, Disrupted weapons use
(trigger_refiners rf-dis-26000/26001, trigger_cues air_target), not an air strike read from the target's «طائرة»;
a surface-to-surface missile («أرض أرض») is a missile attack even when an air force fires it (rf-air-1 unless)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-07-13"  # a Friday
AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
DISRUPTED = ("Strategic developments", "Disrupted weapons use")


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _kinds(doc):
    return sorted((e.event_type, e.sub_event_type) for e in doc.events)


def test_a_missile_fired_at_an_unmanned_plane_is_an_interception(extractor):
    doc = _run(extractor, "أطلق الجيش الإسرائيلي صاروخا الخميس على طائرة بدون طيار عبرت الحدود قرب مدينة "
                          "القنيطرة.")
    assert _kinds(doc) == [DISRUPTED]


def test_missiles_fired_at_a_drone_noun_are_an_interception(extractor):
    doc = _run(extractor, "وأعلن الجيش أن دفاعاته أطلقت صاروخين على طائرة مسيرة اقتربت من القاعدة العسكرية شمالي "
                          "البلاد الثلاثاء.")
    assert _kinds(doc) == [DISRUPTED]


def test_a_strike_in_response_to_a_drone_stays_a_strike(extractor):
    doc = _run(extractor, "وقصفت الطائرات الإسرائيلية مواقع عسكرية في ريف دمشق الثلاثاء ردا على طائرة مسيرة دخلت "
                          "أجواءها.")
    assert _kinds(doc) == [AIR]


def test_surface_to_surface_missiles_of_an_air_force_are_a_missile_attack(extractor):
    doc = _run(extractor, "وقال الحرس الثوري إن قواته الجوية أطلقت صواريخ أرض أرض على مقرات المسلحين في ريف البوكمال "
                          "فجر الاثنين.")
    assert _kinds(doc) == [SHELL]


def test_missiles_of_an_air_force_are_still_an_air_strike(extractor):
    doc = _run(extractor, "وقال الحرس الثوري إن قواته الجوية أطلقت صواريخ على مقرات المسلحين في ريف البوكمال فجر "
                          "الاثنين.")
    assert _kinds(doc) == [AIR]
