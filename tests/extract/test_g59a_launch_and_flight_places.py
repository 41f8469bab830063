"""Places that are no place of a strike (g59a): a launch site after «عبر» or after one terrain word («أطلق عبر
مرتفعات الجولان»، «من داخل سوريا»), and the place people fled to («يفرون من القصف باتجاه X»)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-09-02"


def _places(extractor, text):
    return [e.location for e in read_doc(extractor, text, PUB).events]


def test_a_site_after_abr_and_the_heights_is_where_the_missile_came_from(extractor):
    got = _places(extractor, "وقال مصدر عسكري إن مطار المزة العسكري تعرض اليوم لصاروخ إسرائيلي أطلق عبر مرتفعات الجولان.")
    assert got == ["Mezzeh airbase"], got


def test_a_site_after_min_and_inside_is_where_the_missiles_came_from(extractor):
    # without the gap word the Golan was read as a second place struck
    got = _places(extractor, "سقطت اليوم في مطار المزة العسكري صواريخ أطلقت من داخل الجولان.")
    assert got == ["Mezzeh airbase"], got


def test_the_town_people_fled_to_is_no_place_of_the_shelling(extractor):
    got = _places(extractor, "قصفت قوات النظام الغوطة الشرقية اليوم، وفر مئات السكان من القصف باتجاه بلدة بيت سوا.")
    assert got == ["Eastern Ghouta"], got


def test_a_site_struck_after_abr_without_a_launch_word_stays(extractor):
    # guard: no word of launching before «عبر», the place is still the strike's
    got = _places(extractor, "قصفت الطائرات الإسرائيلية اليوم مواقع عبر مرتفعات الجولان.")
    assert got == ["Golan"], got
