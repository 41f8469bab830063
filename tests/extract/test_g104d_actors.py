"""Actor audit g104d, on sentences of our own: who a strike hit when it fell on a camp that is a town's quarter
(«مخيم اليرموك»، «مخيم خان الشيح») or on front lines («محاور»، «جبهات»).

A Palestinian camp named after «مخيم» is a built-up quarter held and fought over like any other: it is no
civilian site, so a strike there with no civilians harmed falls on the side that holds it; one that kills
civilians still falls on them. A camp of tents for the displaced stays a civilian site. A strike on front
lines falls on fighters, not on a town's people.
"""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-26"  # a Thursday
STRIKES = "Explosions/Remote violence"


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _strikes(doc):
    return [e for e in doc.events if e.event_type == STRIKES]


@pytest.mark.parametrize("camp", ["مخيم اليرموك", "مخيم خان الشيح"])
def test_a_strike_on_a_quarter_camp_with_no_civilians_harmed_falls_on_its_holder(extractor, camp):
    doc = _run(extractor, f"وكثفت قوات النظام يوم الأربعاء قصفها المدفعي على {camp} الذي يسيطر عليه تنظيم داعش.")
    ev = _strikes(doc)
    assert len(ev) == 1, [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events]
    assert ev[0].actor1 == "Military Forces of Syria (2000-)"
    assert ev[0].actor2 == "Islamic State (Iraq and Syria)", ev[0].actor2
    assert ev[0].civilian_targeting != "Civilian targeting"


def test_a_strike_on_a_quarter_camp_that_kills_civilians_falls_on_them(extractor):
    doc = _run(extractor, "قتل تسعة مدنيين يوم الأربعاء في قصف لقوات النظام على مخيم اليرموك للاجئين الفلسطينيين.")
    ev = _strikes(doc)
    assert len(ev) == 1
    assert ev[0].actor2 == "Civilians (Syria)", ev[0].actor2


def test_a_camp_of_the_displaced_stays_a_civilian_site(extractor):
    doc = _run(extractor, "شنت طائرات حربية غارة على مخيم الركبان الذي يسيطر عليه تنظيم داعش قرب الحدود يوم الأربعاء.")
    ev = _strikes(doc)
    assert len(ev) == 1
    assert ev[0].actor2 == "Civilians (Syria)", ev[0].actor2


@pytest.mark.parametrize("front", ["محاور", "جبهات"])
def test_a_strike_on_front_lines_is_not_given_to_a_towns_people(extractor, front):
    # the same report tells of civilians killed elsewhere, which would give a strike on the town to them
    doc = _run(extractor, "قتل ثلاثة مدنيين يوم الثلاثاء بقذيفة سقطت على حي في مدينة دمشق. "
                          f"وشنت قوات النظام يوم الأربعاء غارات جوية على {front} حي القدم جنوب دمشق.")
    ev = [e for e in _strikes(doc) if e.sub_event_type == "Air/drone strike"]
    assert len(ev) == 1, [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events]
    assert ev[0].actor2 != "Civilians (Syria)"
    assert "target-positions" in ev[0].rule_ids
