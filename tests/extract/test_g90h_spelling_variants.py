"""g90h: a one-word name after a naming head word ("بلدة X") with no gazetteer entry is read as the one core-country
place whose name it spells another way (Gazetteer.variant_candidates: interior long vowels inserted, dropped or
moved, ال added or dropped); never when the vowels differ in kind, nor for a town abroad."""
from __future__ import annotations

from marsad.geo import Geocoder
from marsad.model import Document
from marsad.pipeline import MetaStep


def _events(extractor, text, pub="2018-02-20"):
    return extractor(MetaStep()(Document(text=text, published=pub))).events


def test_a_town_spelled_with_a_moved_vowel_is_the_gazetteer_town(extractor):
    evs = _events(extractor, "وقصفت الطائرات التركية يوم الاثنين بلدة جندريس وقتل ثلاثة مدنيين.")
    assert evs and all(e.location == "Jindayris" for e in evs)


def test_a_town_spelled_with_an_inserted_vowel_is_the_gazetteer_town(extractor):
    evs = _events(extractor, "وقصفت الطائرات التركية يوم الاثنين بلدة جندايريس وقتل ثلاثة مدنيين.")
    assert evs and all(e.location == "Jindayris" for e in evs)


def test_variants_stay_off_swapped_vowels_nisba_adjectives_and_towns_abroad():
    geo = Geocoder.default()
    gaz = geo.gazetteer
    assert [p.name for p in gaz.variant_candidates("جندريس")] == ["Jindayris"]
    assert gaz.variant_candidates("كفرحوم") == []    # و against ا+ي: another name
    assert gaz.variant_candidates("تركيه") == []     # "مدينة تركية": an adjective, not تواركة
    assert gaz.variant_candidates("برمنغهام") == []  # abroad: a person's origin, not an event's place
