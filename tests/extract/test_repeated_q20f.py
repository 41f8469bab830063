"""One happening told twice in a document, on sentences of our own (branch q20f): an interception told beside the
strike it met, on the same place and day, is that strike's other face (event_types.tsv face_of)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def test_interception_joins_a_named_strike(extractor):
    # the strike's attacker is named: the strike stays, the interception's sentence is kept as its evidence
    doc = _run(extractor, "شنت إسرائيل فجر الخميس غارات على مطار التيفور العسكري. وقالت وكالة سانا إن الدفاعات الجوية "
                          "تصدت للعدوان في محيط مطار التيفور وأسقطت عددا من الصواريخ.")
    assert [e.sub_event_type for e in doc.events] == ["Air/drone strike"]
    ev = doc.events[0]
    assert "face-of" in ev.rule_ids and len(ev.evidence) == 2
    assert ev.actor1 == "Military Forces of Israel (1948-)"


def test_unclaimed_blasts_join_the_interception(extractor):
    # blasts of no named side at a base whose air defences brought the missiles down: a foiled attack, one interception
    doc = _run(extractor, "سمع دوي انفجارات قوية في محيط مطار الشعيرات العسكري ليل الأربعاء. وقال مصدر عسكري إن "
                          "الدفاعات الجوية السورية أسقطت صواريخ معادية في سماء المنطقة.")
    assert [e.sub_event_type for e in doc.events] == ["Disrupted weapons use"]
    # g93c: the heard blasts («دوي انفجارات») are no bomb trigger any more (md-sense-57600), so nothing is left to
    # join; the interception keeps the base's place from the report's context
    assert doc.events[0].location == "Shayrat airbase"


def test_the_strikers_own_interception_stays_apart(extractor):
    # the side that brought a drone down is the one that struck afterwards: two happenings
    doc = _run(extractor, "قال الجيش الإسرائيلي إنه أسقط الخميس طائرة مسيرة اخترقت أجواء الجولان. وشنت طائرات "
                          "إسرائيلية بعد ذلك غارات على مواقع في القنيطرة.")
    assert sorted(e.sub_event_type for e in doc.events) == ["Air/drone strike", "Disrupted weapons use"]


def test_a_foiled_attack_keeps_the_interceptions_toll(extractor):
    # a toll read with the unattributed strike's mentions is not the foiled attack's: the interception keeps its own
    doc = _run(extractor, "سمع دوي انفجارات قوية في محيط مطار الشعيرات العسكري ليل الأربعاء. وقال مصدر عسكري إن "
                          "الدفاعات الجوية السورية أسقطت صواريخ معادية في سماء المنطقة. وقتل 7 عسكريين في ضربة صاروخية.")
    assert [(e.sub_event_type, e.fatalities) for e in doc.events] == [("Disrupted weapons use", 0)]
