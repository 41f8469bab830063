"""q25b: towns, districts and a camp of the 2018 news that the gazetteer lacked, found by bench/unresolved_places.py."""
from __future__ import annotations

from marsad_testdata import resolved_places as _towns


def test_villages_left_unresolved_are_places_of_their_own(geo):
    got = _towns(geo, "قصفت الطائرات بلدة زردنا في ريف إدلب الشمالي ومحيط بلدة الهبيط جنوبا")
    assert got["زردنا"] == ("x:pl-4803", "Idleb", 1), got
    assert got["الهبيط"][:2] == ("x:pl-4802", "Idleb"), got
    got = _towns(geo, "تعرضت بلدات نوى وكحيل والجيزة لغارات وسيطرت القوات على بلدتي بصر الحرير ومليحة العطش")
    assert got["كحيل"] == ("x:pl-4804", "Dar'a", 1), got
    assert got["مليحة العطش"][:2] == ("x:pl-4809", "Dar'a"), got
    assert _towns(geo, "وصلت الحافلات إلى معبر العيس جنوب حلب")["معبر العيس"][:2] == ("x:pl-4807", "Aleppo")
    assert _towns(geo, "قصفت الطائرات بلدة معضمية الشام غرب دمشق")["معضمية الشام"][:2] == ("x:pl-4810", "Rural Damascus")


def test_a_village_read_as_its_namesake_abroad_is_the_syrian_one(geo):
    # الشيخ سعد is also a West Bank hamlet in GeoNames
    got = _towns(geo, "قصفت قوات النظام بلدة الشيخ سعد قرب مدينة نوى في ريف درعا الغربي")
    assert got["الشيخ سعد"][:2] == ("x:pl-4812", "Dar'a"), got


def test_districts_and_a_camp(geo):
    assert _towns(geo, "سقطت قذيفة على سوق في حي الكشكول بجرمانا")["حي الكشكول"][0] == "x:pl-4801"
    assert _towns(geo, "انفجرت سيارة مفخخة في حي الشعلة ببغداد")["حي الشعلة"][:2] == ("x:pl-4805", "Baghdad")
    assert _towns(geo, "زار الوفد مخيم دوميز قرب مدينة دهوك")["مخيم دوميز"][:2] == ("x:pl-4806", "Duhok")
    assert _towns(geo, "سقطت قذيفة على حي التليل في مدينة سراقب")["حي التليل"][:2] == ("x:pl-4808", "Idleb")


def test_other_spellings_of_curated_places(geo):
    assert _towns(geo, "تدور اشتباكات قرب بلدات حمورية وسقبا وافتيريس")["افتيريس"][0] == "x:aftris"
    assert _towns(geo, "استهدفت الصواريخ قاعدة المزة العسكرية")["قاعدة المزة"][0] == "x:mezzeh-ab"
    assert _towns(geo, "أعيد فتح معبر جابر الحدودي مع الأردن")["معبر جابر"][0] == "x:nasib"


def test_the_torch_is_no_district_of_baghdad(geo):
    # الشعلة 'the torch': a stop row in place_words.tsv, the district only after a naming word
    assert _towns(geo, "أوقد الرياضيون الشعلة في الملعب") == {}


def test_a_district_belongs_to_the_largest_town_around_it(geo):
    town = geo.gazetteer.town_of_district
    assert geo.gazetteer.places[town("x:pl-4805")].name == "Baghdad"
    assert geo.gazetteer.places[town("x:tadamon")].name == "Damascus"
    assert town("x:pl-4804") is None  # a village is no district
    assert town(None) is None
