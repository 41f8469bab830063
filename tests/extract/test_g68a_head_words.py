"""g68a: words that head a place name themselves (place_words head rows: تل، كفر، خربة) start an unknown place
name with no naming word before them, where a place is told (after a head_after word such as في، على، من, or with
the proclitic ب): the name stays unresolved at the container told next to it, like "بلدة X". A name_start word after
a naming word ("قرية تل X") and a head word after منطقة ("منطقة تل X") name a place too."""
from __future__ import annotations

from marsad.geo import Geocoder
from marsad.lang.ar.tokens import analyze_text
from marsad_testdata import read_doc


def _names(text: str) -> list[str]:
    return [m.text for m in Geocoder.default().find_places(analyze_text(text))]


def _events(extractor, text, pub="2018-07-16"):
    return read_doc(extractor, text, pub).events


def test_a_hill_after_a_preposition_is_a_place():
    assert "تل المرمرية" in _names("قصف مدفعي عنيف على تل المرمرية في ريف حماة الشمالي")


def test_a_hamlet_with_the_proclitic_ba_is_a_place():
    assert "كفر سلوان" in _names("اندلعت اشتباكات عنيفة بكفر سلوان شمال إدلب")


def test_a_head_word_with_no_place_word_before_it_is_no_place():
    # "كفر" (unbelief) in the middle of a clause: no head_after word and no ب before it
    assert not any("كفر" in n for n in _names("واتهم الخطيب خصومه بأنهم أهل كفر وضلال"))


def test_the_event_is_placed_at_the_hill_in_its_countryside(extractor):
    evs = _events(extractor, "قصف مدفعي عنيف على تل المرمرية في ريف حماة الشمالي صباح اليوم.")
    assert evs and evs[0].location_text == "تل المرمرية"
    assert evs[0].admin1 == "Hama"


def test_a_two_word_name_after_a_naming_word():
    assert "قرية تل المرمرية" in _names("قصف مدفعي على قرية تل المرمرية في ريف حماة")


def test_a_hill_after_the_word_area():
    assert "منطقة تل المرمرية" in _names("قصف مدفعي على منطقة تل المرمرية في ريف حماة")
