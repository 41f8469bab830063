"""A strike answering an offensive on another town is placed where it lands when the sentence names that place: the
Turkish border province Hatay (places_extra pl-53101, branch g81b) was not read, so SDF strikes «في ولاية هاتاي»
answering the Afrin offensive fell back to Afrin, the answered offensive's town (sentences of our own)."""
from __future__ import annotations

from marsad_testdata import places_of

PUB = "2018-02-18"


def test_strike_in_hatay_not_at_answered_town(extractor):
    text = "قصفت قوات سوريا الديمقراطية يوم السبت موقعا للجيش التركي في ولاية هاتاي ردا على الهجوم التركي على مدينة عفرين."
    places = places_of(extractor, text, PUB, "Explosions/Remote violence")
    assert places == ["Hatay"]


def test_hatay_province_by_its_other_name(extractor):
    text = "سقطت قذيفة هاون يوم الجمعة على مركز لحرس الحدود في إقليم هاتاي مما أدى إلى إصابة جنديين."
    places = places_of(extractor, text, PUB, "Explosions/Remote violence")
    assert places == ["Hatay"]
