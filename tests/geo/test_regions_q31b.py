"""q31b: areas and regions the 2018 news names that the gazetteer lacked: the PKK areas of the Turkish strikes in
Iraqi Kurdistan, the Sweida desert, mountains and valleys of Syria (places_extra.tsv pl-9500..9510)."""
from __future__ import annotations

from marsad_testdata import resolved_places as _places


def test_the_pkk_areas_of_iraqi_kurdistan_are_places_of_their_own(geo):
    assert _places(geo, "قصفت الطائرات التركية مواقع في منطقة هاكورك شمالي العراق")["هاكورك"][:2] == ("x:pl-9500", "Erbil")
    # جارا alone is a common word (a stop row): the area is named with منطقة, which alone names no stop row
    assert _places(geo, "قصفت الطائرات التركية مواقع في منطقة جارا")["منطقة جارا"][0] == "x:pl-9501"
    assert _places(geo, "قصفت الطائرات التركية مخابئ في منطقة أفاسين باسيان")["أفاسين باسيان"][0] == "x:pl-9504"
    assert _places(geo, "اشتبك المسلحون مع الجنود في جبل متينا")["جبل متينا"][:2] == ("x:pl-9502", "Duhok")


def test_the_words_that_are_also_area_names_need_a_naming_word(geo):
    # جارا 'a neighbour', متينا 'solid': stop rows in place_words.tsv
    assert _places(geo, "كان الرجل جارا طيبا لنا") == {}
    assert _places(geo, "أعلنت الوزارة برنامجا متينا للإصلاح") == {}


def test_deserts_mountains_and_valleys_of_syria(geo):
    got = _places(geo, "هاجم التنظيم نقاطا في بادية السويداء وفي تلول الصفا")
    assert got["بادية السويداء"][:2] == ("x:pl-9506", "As-Sweida"), got
    assert got["تلول الصفا"][0] == "x:pl-9507", got
    assert _places(geo, "سقطت قذيفة على جبل قاسيون")["جبل قاسيون"][0] == "x:pl-9508"
    assert _places(geo, "دخلت القوات قرى وادي بردى")["وادي بردى"][0] == "x:pl-9509"


def test_the_yarmouk_valley_is_the_basin_of_dar_a_not_the_damascus_camp(geo):
    assert _places(geo, "قصفت الطائرات مواقع التنظيم في وادي اليرموك")["وادي اليرموك"][0] == "x:yarmouk-basin"
