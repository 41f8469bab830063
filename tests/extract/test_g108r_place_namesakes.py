"""Places read in another country (branch g108r), on sentences of our own.

- A region whose own name opens with a compass word, right after a town, contains that town as "X شرقي Y" would
  (recognize._link_containers): a town abroad told so is a place of the region's country, not the foreign city.
- A noun of the doers of another happening before an attack noun («قادة هجوم»، «منفذي الهجوم»: function_words
  doer_head, doer_of) opens a reason clause: the attack's places are not the act's. «قادة» alone is no such word.
- «دو» is the French particle of foreign names («جورنال دو ديمانش»), no Iranian town (place_words stop).
"""
from __future__ import annotations

import pytest

from marsad.geo.geocoder import Geocoder
from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-10-02"  # a Tuesday


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return Geocoder.default()


def _events(extractor, text, published=PUB):
    doc = extractor(MetaStep()(Document(text=text, title="خبر", published=published)))
    return [(e.event_type, e.location, e.country) for e in doc.events]


def test_a_foreign_city_before_a_compass_region_is_a_place_of_that_region(geocoder):
    got = {m.name: m.country for m in geocoder.geocode(
        "قالت القيادة إن صواريخها دمرت مخزنا في الأهواز شرقي الفرات في سوريا فجر الاثنين.")}
    assert got.get("الأهواز") == "Syria", got


def test_the_foreign_city_told_alone_keeps_its_entry(geocoder):
    got = {m.name: m.country for m in geocoder.geocode("قتل مسلحون عشرة جنود في مدينة الأهواز جنوب غربي إيران.")}
    assert got.get("الأهواز") == "Iran", got


@pytest.mark.parametrize("text, other_place", [
    # the leaders of an attack abroad: the strike is in Syria, not in Iran
    ("أعلن الحرس الثوري الاثنين أنه أطلق صواريخ على شرقي سوريا، مستهدفا قادة هجوم دام على عرض عسكري في الأهواز.\n",
     "Ahvaz"),
    # the perpetrators of an attack on another town
    ("قصفت طائرات حربية الاثنين مواقع في ريف دير الزور الشرقي مستهدفة منفذي الهجوم على مدينة تدمر.\n", "Tadmur"),
])
def test_the_doers_of_another_attack_lend_the_act_no_place(extractor, text, other_place):
    got = _events(extractor, text)
    assert got and all(e[1] != other_place and e[2] == "Syria" for e in got), got


def test_leaders_killed_in_a_strike_stay_at_the_strike_s_place(extractor):
    got = _events(extractor, "قتل ثلاثة قادة في غارة جوية استهدفت مقرا في مدينة الميادين الاثنين.\n")
    assert ("Explosions/Remote violence", "Al Mayādīn", "Syria") in got, got


def test_the_french_particle_du_is_no_iranian_town(geocoder):
    got = {m.name: m.country for m in geocoder.geocode(
        "وقال الوزير في مقابلة مع صحيفة جورنال دو ديمانش إن بلاده لن تتراجع.")}
    assert "Iran" not in got.values(), got
