"""g78c: a comma that opens an aside on a place ("X بسوريا، آخر معاقل المعارضة قرب Y، والمستهدفة بغارات") does not end
the place's phrase: the strike told after is at X, and Y (the near or direction reference) only says where X lies."""
from __future__ import annotations

from marsad_testdata import places_of

PUB = "2018-03-01"


def _strike_places(extractor, text):
    return places_of(extractor, text, PUB, "Explosions/Remote violence")


def test_region_with_country_and_aside_before_near_reference(extractor):
    text = "ويقيم آلاف المدنيين في الغوطة الشرقية بسوريا، آخر معاقل المعارضة قرب دمشق، وتتعرض لقصف مدفعي عنيف منذ أيام."
    assert _strike_places(extractor, text) == ["Eastern Ghouta"]


def test_village_with_aside_before_direction(extractor):
    text = "وتقع قرية الشيخ حديد، أكبر قرى المنطقة غرب عفرين، وقد تعرضت لقصف مدفعي."
    assert _strike_places(extractor, text) == ["Shaykh al-Hadid"]

