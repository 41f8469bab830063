"""q23a: towns of the 2018 news that the gazetteer lacked (left unresolved, kept at the province or the country)."""
from __future__ import annotations

from marsad_testdata import resolved_places as _towns


def test_villages_left_unresolved_are_towns_of_their_province(geo):
    got = _towns(geo, "قصفت الطائرات بلدة اللطامنة شمال حماة وموقعا في بلدة الهري قرب الحدود العراقية")
    assert got["اللطامنة"] == ("x:pl-4100", "Hama", 1), got
    assert got["الهري"] == ("x:pl-4102", "Deir-ez-Zor", 1), got
    got = _towns(geo, "سقطت صواريخ على محيط بلدة حضر في ريف القنيطرة الشمالي")
    assert got["حضر"][:2] == ("x:pl-4103", "Quneitra"), got
    got = _towns(geo, "استهدفت الغارات بلدات الجيزة والنعيمة وصيدا في ريف درعا الشرقي")
    assert got["النعيمة"] == ("x:pl-4104", "Dar'a", 1), got


def test_a_district_of_homs_and_other_spellings_of_curated_places(geo):
    assert _towns(geo, "خرج المقاتلون من حي الوعر في مدينة حمص")["حي الوعر"][:2] == ("x:pl-4101", "Homs")
    assert _towns(geo, "قصفت الطائرات قاعدة تياس الجوية قرب حمص")["قاعدة تياس"][0] == "x:t4"
    assert _towns(geo, "تم إجلاء المدنيين من بلدتي الفوعا وكفريا")["الفوعا"][0] == "x:fuah"


def test_new_village_names_that_are_common_words_need_a_naming_word(geo):
    # حضر 'attended', الوعر 'rugged': stop rows in place_words.tsv
    assert _towns(geo, "حضر الوزير الاجتماع أمس") == {}
    assert _towns(geo, "سلك الموكب الطريق الوعر نحو الجبل") == {}
