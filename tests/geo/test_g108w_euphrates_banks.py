"""g108w: the banks of the Euphrates in Deir ez-Zor are regions of their own; the masks that keep them from the West
Bank yield to a gazetteer name as long as the mask."""
from __future__ import annotations

from marsad_testdata import resolved_places as _places


def test_the_west_bank_of_the_euphrates_is_a_region_of_deir_ez_zor(geo):
    got = _places(geo, "هاجم المسلحون ثلاث قرى على الضفة الغربية لنهر الفرات فجر اليوم")
    assert got["الضفة الغربية لنهر الفرات"] == ("x:west-euphrates-121000", "Deir-ez-Zor", 3), got
    got = _places(geo, "تنتشر القوات الحكومية على الضفة الغربية للفرات منذ أشهر")
    assert got["الضفة الغربية للفرات"][:2] == ("x:west-euphrates-121000", "Deir-ez-Zor"), got


def test_the_bank_told_with_a_comma_inside(geo):
    got = _places(geo, "قتل عشرة جنود في هجوم على قرية في الضفة الغربية، لنهر الفرات، شرق البلاد")
    assert got["الضفة الغربية، لنهر الفرات"][:2] == ("x:west-euphrates-121000", "Deir-ez-Zor"), got


def test_the_east_bank_masked_before_is_the_euphrates_valley(geo):
    got = _places(geo, "وصلت التعزيزات إلى الضفة الشرقية لنهر الفرات قرب البلدة")
    assert got["الضفة الشرقية لنهر الفرات"][0] == "x:euphrates-valley", got


def test_the_west_bank_and_other_rivers_stay_as_before(geo):
    # the bare «الضفة الغربية» is still the Palestinian territory; another river's bank still names no place
    assert _places(geo, "اعتقل الجيش خمسة شبان في الضفة الغربية")["الضفة الغربية"][0] == "a1:PS.WE"
    assert _places(geo, "تقدمت القوات على الضفة الغربية لنهر الخابور") == {}
