"""A strike told on a named region and a list of its towns (branch g95d), on sentences of our own: the region-wide
strike with its toll stays at the region, and the listed towns stand apart; a town named alone still narrows it."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep


def _strikes(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published="2018-03-05")))
    return sorted((e.location, e.fatalities) for e in doc.events if e.event_type == "Explosions/Remote violence")


LEAD = "قتل عشرون مدنيا يوم الأحد في قصف مدفعي عنيف لقوات النظام على الغوطة الشرقية قرب دمشق. "


def test_region_strike_keeps_its_place_and_toll_beside_a_list(extractor):
    text = LEAD + "وقال ناشطون إن القصف المدفعي استهدف الأحد بلدات حمورية وسقبا وعين ترما."
    got = _strikes(extractor, text)
    assert ("Eastern Ghouta", 20) in got  # main puts the 20 dead on Hamouriyah, the list's first town
    assert {p for p, _ in got} >= {"Hamouriyah", "Saqba"}


def test_a_town_named_alone_narrows_the_region(extractor):
    # guard: one town only is the region's strike told more exactly (passes on main too)
    text = LEAD + "وقال ناشطون إن القصف المدفعي استهدف الأحد بلدة حمورية."
    assert [p for p, _ in _strikes(extractor, text)] == ["Hamouriyah"]
