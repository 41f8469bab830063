"""Place expressions composed for these tests (never real articles): each row is a sentence, the
place expression to look at, and the expected point (within 10 km), precision, admin1 and country."""
from __future__ import annotations

import pytest

from marsad.geodesy import km

SY, IQ = "Syria", "Iraq"

# sentence, expression (substring of the mention's text), lat, lon, precision, admin1, country
CASES = [
    # cities, with and without clitics and hamza variants
    ("قصفت الطائرات مدينة الرقة صباح اليوم", "الرقة", 35.95, 39.01, 1, "Ar-Raqqa", SY),
    ("اشتباكات عنيفة بالرقة منذ الفجر", "الرقة", 35.95, 39.01, 1, "Ar-Raqqa", SY),
    ("وصلت التعزيزات والرقة تشهد هدوءا", "الرقة", 35.95, 39.01, 1, "Ar-Raqqa", SY),
    ("سقطت قذائف للرقة القديمة", "رقة", 35.95, 39.01, 1, "Ar-Raqqa", SY),
    ("انفجار سيارة في دير الزور", "دير الزور", 35.34, 40.14, 1, "Deir-ez-Zor", SY),
    ("وصلت الحافلات إلى ديرالزور مساء", "ديرالزور", 35.34, 40.14, 1, "Deir-ez-Zor", SY),
    ("غارات جوية على إدلب", "إدلب", 35.93, 36.63, 1, "Idleb", SY),
    ("قصف مدفعي على ادلب", "ادلب", 35.93, 36.63, 1, "Idleb", SY),
    ("مظاهرة حاشدة في حلب", "حلب", 36.20, 37.16, 1, "Aleppo", SY),
    ("سقط قتلى في حمص", "حمص", 34.72, 36.72, 1, "Homs", SY),
    ("هجوم على حاجز في حماة", "حماة", 35.13, 36.76, 1, "Hama", SY),
    ("انفجار في دمشق", "دمشق", 33.51, 36.29, 1, "Damascus", SY),
    ("سقطت قذائف بدمشق", "دمشق", 33.51, 36.29, 1, "Damascus", SY),
    ("قصف على دوما", "دوما", 33.57, 36.40, 1, "Rural Damascus", SY),
    ("اشتباكات في حرستا", "حرستا", 33.56, 36.37, 1, "Rural Damascus", SY),
    ("خرج مقاتلون من عربين", "عربين", 33.54, 36.37, 1, "Rural Damascus", SY),
    ("حصار داريا", "داريا", 33.46, 36.24, 1, "Rural Damascus", SY),
    ("قذائف على جرمانا", "جرمانا", 33.49, 36.35, 1, "Rural Damascus", SY),
    ("اتفاق في الزبداني", "الزبداني", 33.72, 36.10, 1, "Rural Damascus", SY),
    ("معارك في درعا", "درعا", 32.62, 36.10, 1, "Dar'a", SY),
    ("اغتيال في طفس", "طفس", 32.74, 36.07, 1, "Dar'a", SY),
    ("دخلت القوات داعل", "داعل", 32.75, 36.13, 1, "Dar'a", SY),
    ("تسوية في بصرى الشام", "بصرى الشام", 32.52, 36.48, 1, "Dar'a", SY),
    ("قصف على المسيفرة", "المسيفرة", 32.63, 36.34, 1, "Dar'a", SY),
    ("توتر في القنيطرة", "القنيطرة", 33.13, 35.82, 1, "Quneitra", SY),
    ("احتجاجات في السويداء", "السويداء", 32.71, 36.57, 1, "As-Sweida", SY),
    ("انفجار في اللاذقية", "اللاذقية", 35.52, 35.79, 1, "Lattakia", SY),
    ("غارة قرب جبلة", "جبلة", 35.36, 35.92, 2, "Lattakia", SY),
    ("وصل الوفد إلى طرطوس", "طرطوس", 34.89, 35.89, 1, "Tartous", SY),
    ("تظاهرة في بانياس", "بانياس", 35.18, 35.95, 1, "Tartous", SY),
    ("تفجير في الحسكة", "الحسكة", 36.50, 40.75, 1, "Al-Hasakeh", SY),
    ("اشتباكات في القامشلي", "القامشلي", 37.05, 41.23, 1, "Al-Hasakeh", SY),
    ("دوريات في منبج", "منبج", 36.53, 37.96, 1, "Aleppo", SY),
    ("قصف تركي على عفرين", "عفرين", 36.51, 36.87, 1, "Aleppo", SY),
    ("سيطرت الفصائل على جرابلس", "جرابلس", 36.82, 38.01, 1, "Aleppo", SY),
    ("قصف على تل رفعت", "تل رفعت", 36.47, 37.10, 1, "Aleppo", SY),
    ("نزوح من جنديرس", "جنديرس", 36.39, 36.69, 1, "Aleppo", SY),
    ("غارات على الميادين", "الميادين", 35.02, 40.45, 1, "Deir-ez-Zor", SY),
    ("معارك في البوكمال", "البوكمال", 34.45, 40.92, 1, "Deir-ez-Zor", SY),
    ("استعادة تدمر", "تدمر", 34.56, 38.28, 1, "Homs", SY),
    ("معركة القصير", "القصير", 34.51, 36.58, 1, "Homs", SY),
    ("قصف على الرستن", "الرستن", 34.93, 36.73, 1, "Homs", SY),
    ("هجوم كيماوي على خان شيخون", "خان شيخون", 35.44, 36.65, 1, "Idleb", SY),
    ("قصف سوق معرة النعمان", "معرة النعمان", 35.65, 36.67, 1, "Idleb", SY),
    ("اشتباكات في جسر الشغور", "جسر الشغور", 35.81, 36.32, 1, "Idleb", SY),
    ("غارات على سراقب", "سراقب", 35.86, 36.80, 1, "Idleb", SY),
    ("انفجار في السلمية", "السلمية", 35.01, 37.05, 1, "Hama", SY),
    ("زار الوفد مصياف", "مصياف", 35.07, 36.34, 1, "Hama", SY),
    ("سيطرت قوات سوريا الديمقراطية على الطبقة", "الطبقة", 35.84, 38.55, 1, "Ar-Raqqa", SY),
    ("معارك قرب تل أبيض", "تل أبيض", 36.70, 38.95, 2, "Ar-Raqqa", SY),
    ("معركة عين العرب", "عين العرب", 36.89, 38.35, 1, "Aleppo", SY),
    ("اشتباكات في كفرنبل بريف إدلب الجنوبي", "كفرنبل", 35.61, 36.56, 1, "Idleb", SY),
    # Iraq
    ("معركة استعادة الموصل", "الموصل", 36.34, 43.12, 1, "Ninewa", IQ),
    ("تفجير بالموصل", "الموصل", 36.34, 43.12, 1, "Ninewa", IQ),
    ("انفجار سيارة مفخخة في بغداد", "بغداد", 33.34, 44.40, 1, "Baghdad", IQ),
    ("احتجاجات في البصرة", "البصرة", 30.51, 47.78, 1, "Basrah", IQ),
    ("اجتماع في أربيل", "أربيل", 36.19, 44.01, 1, "Erbil", IQ),
    ("توتر في كركوك", "كركوك", 35.47, 44.39, 1, "Kirkuk", IQ),
    ("معارك في الفلوجة", "الفلوجة", 33.35, 43.78, 1, "Anbar", IQ),
    ("تحرير الرمادي", "الرمادي", 33.42, 43.30, 1, "Anbar", IQ),
    ("هجوم في تكريت", "تكريت", 34.61, 43.68, 1, "Salah al-Din", IQ),
    ("تفجير في سامراء", "سامراء", 34.20, 43.87, 1, "Salah al-Din", IQ),
    ("مظاهرة في السليمانية", "السليمانية", 35.56, 45.44, 1, "Sulaymaniyah", IQ),
    ("زيارة إلى النجف", "النجف", 32.00, 44.34, 1, "Najaf", IQ),
    ("ملايين الزوار في كربلاء", "كربلاء", 32.62, 44.02, 1, "Kerbala", IQ),
    # elsewhere
    ("انفجار في بيروت", "بيروت", 33.89, 35.50, 1, "Beirut", "Lebanon"),
    ("اشتباكات في صيدا", "صيدا", 33.56, 35.37, 1, "South", "Lebanon"),
    ("قصف على غزة", "غزة", 31.50, 34.47, 1, "Gaza Strip", "Palestine"),
    ("غارة على خان يونس", "خان يونس", 31.34, 34.31, 1, "Gaza Strip", "Palestine"),
    ("اقتحام في نابلس", "نابلس", 32.22, 35.25, 1, "West Bank", "Palestine"),
    ("مواجهات في الخليل", "الخليل", 31.53, 35.10, 1, "West Bank", "Palestine"),
    ("غارات على صنعاء", "صنعاء", 15.35, 44.21, 1, "Amanat al Asimah", "Yemen"),
    ("اشتباكات في عدن", "عدن", 12.78, 45.04, 1, "Aden", "Yemen"),
    ("حصار تعز", "تعز", 13.58, 44.02, 1, "Taizz", "Yemen"),
    ("معركة الحديدة", "الحديدة", 14.80, 42.95, 1, "Al Hudaydah", "Yemen"),
    ("هجوم على مأرب", "مأرب", 15.46, 45.33, 1, "Marib", "Yemen"),
    ("اشتباكات في بنغازي", "بنغازي", 32.12, 20.07, 1, None, "Libya"),
    ("مظاهرة في القاهرة", "القاهرة", 30.06, 31.25, 1, None, "Egypt"),
    ("اعتقالات في إسطنبول", "إسطنبول", 41.01, 28.95, 1, None, "Turkey"),
    ("لاجئون في غازي عنتاب", "غازي عنتاب", 37.06, 37.38, 1, None, "Turkey"),
    # ريف / محافظة / compass / regions
    # q20b: the countryside of a city that names its province lies between the city and the province's point (15 km
    # at most from the city); a side of it lies 15 km from the city on that side
    ("قصف على بريف حلب", "ريف حلب", 36.225, 37.326, 2, "Aleppo", SY),
    ("غارات على ريف إدلب الجنوبي", "ريف إدلب الجنوبي", 35.795, 36.634, 2, "Idleb", SY),
    ("اشتباكات في ريف دمشق", "ريف دمشق", 33.60, 36.60, 3, "Rural Damascus", SY),
    ("قصف على ريف درعا الشرقي", "ريف درعا الشرقي", 32.62, 36.26, 2, "Dar'a", SY),
    ("توتر في ريف حماة الشمالي", "ريف حماة الشمالي", 35.27, 36.76, 2, "Hama", SY),
    ("مظاهرات في محافظة درعا", "محافظة درعا", 32.85, 36.22, 3, "Dar'a", SY),
    ("قصف في محافظة حلب", "محافظة حلب", 36.25, 37.50, 3, "Aleppo", SY),
    ("انفجار بمحافظة الحسكة", "محافظة الحسكة", 36.45, 40.85, 3, "Al-Hasakeh", SY),
    ("عمليات عسكرية في محافظة نينوى", "محافظة نينوى", 36.0, 42.5, 3, "Ninewa", IQ),
    ("عمليات في محافظة الأنبار", "محافظة الأنبار", 32.8, 41.9, 3, "Anbar", IQ),
    ("اشتباكات في الأنبار", "الأنبار", 32.8, 41.9, 3, "Anbar", IQ),
    ("قصف شمال حلب", "شمال حلب", 36.20, 37.16, 2, "Aleppo", SY),
    ("اشتباكات جنوب دمشق", "جنوب دمشق", 33.51, 36.29, 2, "Damascus", SY),
    ("قذائف على شرق دمشق", "شرق دمشق", 33.51, 36.29, 2, "Damascus", SY),
    ("قصف جنوب شرق إدلب", "جنوب شرق إدلب", 35.93, 36.63, 2, "Idleb", SY),
    ("معارك بالقرب من تدمر", "بالقرب من تدمر", 34.56, 38.28, 2, "Homs", SY),
    ("تعزيزات شرق الفرات", "شرق الفرات", 35.30, 40.30, 3, "Deir-ez-Zor", SY),
    ("حصار الغوطة الشرقية", "الغوطة الشرقية", 33.54, 36.40, 2, "Rural Damascus", SY),
    ("قصف بالغوطة الشرقية", "الغوطة الشرقية", 33.54, 36.40, 2, "Rural Damascus", SY),
    ("معارك في القلمون الشرقي", "القلمون الشرقي", 33.78, 36.80, 2, "Rural Damascus", SY),
    ("قصف في سهل الغاب", "سهل الغاب", 35.60, 36.35, 2, "Hama", SY),
    ("هجمات في البادية السورية", "البادية السورية", 34.50, 38.50, 3, "Homs", SY),
    ("قصف مطار التيفور", "مطار التيفور", 34.52, 37.63, 2, "Homs", SY),
    ("هبطت طائرات في قاعدة حميميم", "قاعدة حميميم", 35.40, 35.95, 2, "Lattakia", SY),
    ("صواريخ على قاعدة الشعيرات الجوية", "قاعدة الشعيرات الجوية", 34.49, 36.91, 2, "Homs", SY),
    ("اشتباكات في مخيم اليرموك", "مخيم اليرموك", 33.47, 36.30, 1, "Damascus", SY),
    ("نقل عائلات إلى مخيم الهول", "مخيم الهول", 36.38, 41.15, 2, "Al-Hasakeh", SY),
    ("غارات على مدينة دوما", "مدينة دوما", 33.57, 36.40, 1, "Rural Damascus", SY),
    ("اقتحام بلدة طفس", "بلدة طفس", 32.74, 36.07, 1, "Dar'a", SY),
    ("توتر في الجولان السوري المحتل", "الجولان السوري المحتل", 33.03, 35.78, 3, "Quneitra", SY),
    ("مظاهرة في درعا البلد", "درعا البلد", 32.62, 36.10, 1, "Dar'a", SY),
    ("انتخابات في إقليم كردستان", "إقليم كردستان", 36.2, 44.0, 3, "Erbil", IQ),
    ("اقتحامات في الضفة الغربية", "الضفة الغربية", 31.95, 35.25, 3, "West Bank", "Palestine"),
    ("حصار قطاع غزة", "قطاع غزة", 31.42, 34.38, 3, "Gaza Strip", "Palestine"),
    # countries
    ("الحرب في سوريا", "سوريا", 35.0, 38.5, 3, None, SY),
    ("انسحاب من العراق", "العراق", 33.0, 43.7, 3, None, IQ),
    # q20b: a side of the country is the curated region of that side (الشمال السوري)
    ("قصف في شمال سوريا", "شمال سوريا", 36.30, 37.50, 3, "Aleppo", SY),
    # ambiguous names resolved by context
    ("اقتحم مستوطنون قرية دوما جنوب نابلس في الضفة الغربية", "دوما", 32.06, 35.37, 1, "West Bank", "Palestine"),
    ("قصف على بلدة الجيزة بريف درعا الشرقي", "الجيزة", 32.57, 36.32, 1, "Dar'a", SY),
    ("مظاهرة في الجيزة قرب القاهرة في مصر", "الجيزة", 30.01, 31.21, 1, None, "Egypt"),
    ("اشتباكات في بلدة الشجرة بريف درعا الغربي", "الشجرة", 32.77, 35.88, 1, "Dar'a", SY),
    ("قال مسؤول في الكويت إن حادث سير وقع في الرقة", "الرقة", 29.15, 48.09, 1, None, "Kuwait"),
    ("قصف في الرقة وريف دير الزور شرق سوريا", "الرقة", 35.95, 39.01, 1, "Ar-Raqqa", SY),
    ("اشتباكات في طرابلس شمال لبنان", "طرابلس", 34.44, 35.85, 1, "North", "Lebanon"),
    ("اشتباكات بين الميليشيات في طرابلس الليبية وسط ليبيا", "طرابلس", 32.89, 13.19, 1, None, "Libya"),
    ("عاد السفير إلى عمان عاصمة الأردن", "عمان", 31.96, 35.95, 1, "Amman", "Jordan"),
    # unknown places fall back to the larger unit the text gives
    ("مداهمات في قرية كحيلة بريف درعا", "كحيلة", 32.73, 36.16, 2, "Dar'a", SY),
    ("انفجار في حي عكرمة بحمص", "عكرمة", 34.72, 36.72, 2, "Homs", SY),
    ("انفجار في حي الوعر بحمص", "الوعر", 34.74, 36.67, 1, "Homs", SY),  # curated q23a
    ("قصف بلدة مسرابة في الغوطة الشرقية", "مسرابة", 33.558, 36.393, 1, "Rural Damascus", SY),  # curated 2026-12-05
    ("قصف قرية كفرزيتونات بريف حماة", "كفرزيتونات", 35.17, 36.88, 2, "Hama", SY),
    ("اعتقالات في بلدة المزيرعة بمحافظة السويداء", "المزيرعة", 32.75, 36.70, 3, "As-Sweida", SY),
    # a name the gazetteer knows only in another country is another place inside the container
    ("هجوم على مخيم البحيرة في محافظة السويداء", "البحيرة", 32.75, 36.70, 3, "As-Sweida", SY),
    # q7d: صيدا of Dar'a is curated now (it was kept at the container's point, precision 2)
    ("قصف بلدة صيدا في ريف درعا الشرقي", "صيدا", 32.63, 36.23, 1, "Dar'a", SY),
    # definite adjectives of the place may stand before its container
    ("قصف بلدة صيدا الحدودية في ريف درعا الشرقي", "صيدا", 32.63, 36.23, 1, "Dar'a", SY),
    ("اعتقالات في مخيم البحيرة الجديد بمحافظة السويداء", "البحيرة", 32.75, 36.70, 3, "As-Sweida", SY),
    # q11c: the suburbs of Damascus lie in another province (Rural Damascus): the town stays itself
    ("قصف مدينة دوما الواقعة في ضواحي دمشق", "دوما", 33.57, 36.40, 1, "Rural Damascus", SY),
    ("غارات على بلدة عربين في محيط دمشق", "عربين", 33.54, 36.37, 1, "Rural Damascus", SY),
    # a destination is no container ("إلى" is no adjective of the town)
    ("غادر المسلحون بلدة عربين إلى شمالي محافظة إدلب", "عربين", 33.54, 36.37, 1, "Rural Damascus", SY),
    # q11c: curated (Wikipedia infobox)
    ("غارة على مركز البحوث في جمرايا", "جمرايا", 33.56, 36.22, 1, "Rural Damascus", SY),
    ("استعادت القوات القرى شرقي نهر الفرات", "شرقي نهر الفرات", 35.30, 40.30, 3, "Deir-ez-Zor", SY),
]


def _pick(places, expr):
    hits = [p for p in places if expr in p.text]
    assert hits, f"no place mention containing {expr!r}: {[p.text for p in places]}"
    return hits[0]


@pytest.mark.parametrize("sentence, expr, lat, lon, precision, admin1, country", CASES,
                         ids=[f"{i:03d}-{c[1]}" for i, c in enumerate(CASES)])
def test_place_expression(geo, sentence, expr, lat, lon, precision, admin1, country):
    places = geo.find_places(__import__("marsad.lang.ar.tokens", fromlist=["x"]).analyze_text(sentence))
    geo.resolve_document(places, sentence, None)
    p = _pick(places, expr)
    assert p.latitude is not None, p.note
    assert km(p.latitude, p.longitude, lat, lon) <= 10, (p.location, p.latitude, p.longitude, p.gazetteer_id)
    assert p.geo_precision == precision, (p.rule_id, p.modifiers)
    assert p.country == country
    if admin1 is not None:
        assert p.admin1 == admin1
    assert p.iso is not None and p.rule_id


def test_at_least_100_composed_expressions():
    assert len(CASES) >= 100

MORE = [
    ("اشتباكات في مصراتة غرب ليبيا", "مصراتة", 32.38, 15.09, 1, "Misrata", "Libya"),
    ("هجوم في محافظة شمال سيناء", "شمال سيناء", 31.13, 33.80, 3, "North Sinai", "Egypt"),
    ("مظاهرة في محافظة البحيرة", "محافظة البحيرة", 31.03, 30.47, 3, "Beheira", "Egypt"),
    ("صواريخ على جازان", "جازان", 16.89, 42.55, 1, "Jazan", "Saudi Arabia"),
]


@pytest.mark.parametrize("sentence, expr, lat, lon, precision, admin1, country", MORE)
def test_place_expression_more_countries(geo, sentence, expr, lat, lon, precision, admin1, country):
    test_place_expression(geo, sentence, expr, lat, lon, precision, admin1, country)


def test_curated_villages_of_the_2018_offensives_resolve():
    """Ghouta and Dar'a villages that GeoNames' city lists lack (places_extra.tsv, 2026-12-05)."""
    from marsad.geo import Geocoder
    geo = Geocoder.default()
    for text, location, admin1 in (("قصفت الطائرات بلدة حمورية في الغوطة الشرقية", "Hamouriyah", "Rural Damascus"),
                                   ("سيطرت القوات على معبر نصيب الحدودي", "Nasib", "Dar'a"),
                                   ("اشتباكات في حي جوبر", "Jobar", "Damascus")):
        places = [p for p in geo.geocode(text) if p.location == location]
        assert places and places[0].admin1 == admin1 and places[0].geo_precision == 1, (text, geo.geocode(text))


def test_a_village_name_that_is_a_common_word_needs_a_naming_word():
    """«نصيب» is 'a share' unless a naming word (بلدة، معبر) comes first (stop row)."""
    from marsad.geo import Geocoder
    geo = Geocoder.default()
    assert not [p for p in geo.geocode("كان لمدينة درعا نصيب كبير من القصف") if p.location == "Nasib"]
    assert [p for p in geo.geocode("قصفت الطائرات بلدة نصيب") if p.location == "Nasib"]


def test_madinat_al_baath_is_a_town_only_after_a_naming_word():
    """«مدينة البعث» is the seat of Quneitra province; «البعث» alone is the party (places_extra + stop row)."""
    from marsad.geo import Geocoder
    geo = Geocoder.default()
    assert [p.admin1 for p in geo.geocode("سقطت قذائف على مدينة البعث") if p.location == "Madinat al-Baath"] == ["Quneitra"]
    assert not [p for p in geo.geocode("اجتمعت قيادة حزب البعث أمس") if p.location == "Madinat al-Baath"]


def test_the_city_told_before_is_no_namesake():
    """«مطار المدينة», «ريف المدينة»: «المدينة» is the city told before, not Al Madinah (Iraq) nor Medina."""
    from marsad.geo import Geocoder
    geo = Geocoder.default()
    for text in ("سقطت صواريخ على مطار المدينة", "اشتباكات في ريف المدينة"):
        assert not [p for p in geo.geocode(text) if p.gazetteer_id], (text, geo.geocode(text))
    assert [p for p in geo.geocode("زار المدينة المنورة") if p.country == "Saudi Arabia"]


def test_verbs_and_given_names_read_as_turkish_and_iranian_towns_are_words():
    """«وأردوا 34 قتيلا» (they killed) is not Ordu, «عملية البستان» not Elbistan, «شيروان» a given name (stop rows)."""
    from marsad.geo import Geocoder
    geo = Geocoder.default()
    for text in ("أطلق المسلحون النار وأردوا عشرة قتلى", "نفذت الطائرات عملية البستان", "قال شيروان إن القصف مستمر",
                 "يواجه المدنيون التفتيش المهين"):
        assert not [p for p in geo.geocode(text) if p.gazetteer_id], (text, geo.geocode(text))


def test_q12b_villages_and_mountains_of_the_2018_news():
    """places_extra.tsv q12b: السهوة (Dar'a), الناصرية of the Eastern Qalamoun, the Qandil mountains."""
    from marsad.geo import Geocoder
    geo = Geocoder.default()

    def at(text, location):
        return [(p.country, p.admin1, p.geo_precision) for p in geo.geocode(text) if p.location == location]

    assert at("قصفت الطائرات بلدة السهوة في ريف درعا الشرقي", "Al-Sahwah") == [("Syria", "Dar'a", 1)]
    # a Qalamoun list is the Syrian village; Iraqi protests stay in Nasiriyah (Thi-Qar)
    qalamoun = "اتفاق في منطقة القلمون الشرقي يقضي بإخراج المسلحين من الرحيبة وجيرود والناصرية"
    assert at(qalamoun, "An-Nasiriyah (Eastern Qalamoun)") == [("Syria", "Rural Damascus", 1)]
    assert not at(qalamoun, "Nasiriyah")
    for text in ("خرجت احتجاجات في مدينتي الناصرية والسماوة جنوب العراق",
                 "وصلت المظاهرات إلى الناصرية والديوانية وكربلاء"):
        assert at(text, "Nasiriyah") == [("Iraq", "Thi-Qar", 1)], geo.geocode(text)
    assert at("قصفت طائرات تركية مواقع حزب العمال الكردستاني في جبال قنديل شمال العراق",
              "Qandil Mountains") == [("Iraq", "Erbil", 2)]
    assert at("قصفت الطائرات جبل قنديل", "Qandil Mountains")


def test_q12b_common_words_are_no_places():
    """Stop rows: قنديل (a lamp, a family name), الخانق (stifling); a two-word stop row also blocks the joined
    reading of the two words («لحل حول» is no Halhul, «إن دور» no Indore, «أرى أنه» no Aryanah)."""
    from marsad.geo import Geocoder
    geo = Geocoder.default()
    for text in ("قال رئيس الوزراء الأسبق هشام قنديل", "الحصار الخانق المفروض على الغوطة",
                 "للتوصل لحل حول مصير المحافظة", "إن دور الولايات المتحدة في سوريا يتركز على القتال",
                 "أرى أنه كان هجوما كيميائيا"):
        assert not [p for p in geo.geocode(text) if p.country not in ("Syria", "United States")], \
            (text, geo.geocode(text))
    # the towns themselves are still read
    assert [p for p in geo.geocode("اقتحم الجيش الإسرائيلي بلدة حلحول شمال الخليل") if p.location == "Ḩalḩūl"]
    assert [p for p in geo.geocode("مواجهات في حلحول") if p.location == "Ḩalḩūl"]


def test_q12b_a_curated_village_in_a_list_gets_its_own_event():
    """A curated village (places_extra kind area, precision 1) listed with GeoNames towns is a town of the
    list: «مصالحة في بلدات المسيفرة وكحيل والسهوة والجيزة» gives al-Sahwah its own event, and the
    Qalamoun list «الرحيبة وجيرود والناصرية» gives the Syrian an-Nasiriyah one (it was Nasiriyah, Iraq)."""
    from marsad.extract.step import EventExtractor
    from marsad.model import Document
    from marsad.pipeline import MetaStep
    ex = EventExtractor()

    def locations(text):
        doc = ex(MetaStep()(Document(text=text, published="2018-07-01")))
        return [(e.location, e.country) for e in doc.events]

    got = locations("قال المرصد إنه تم اليوم التوصل إلى اتفاقات مصالحة في بلدات المسيفرة وكحيل والسهوة والجيزة.")
    assert ("Al-Sahwah", "Syria") in got and ("Al Jīzah", "Syria") in got, got
    got = locations("قصفت الطائرات الحربية السبت بلدات الرحيبة وجيرود والناصرية في القلمون الشرقي.")
    assert ("An-Nasiriyah (Eastern Qalamoun)", "Syria") in got and all(c == "Syria" for _, c in got), got


def test_q19a_the_yarmouk_basin_is_no_damascus_camp():
    """places_extra.tsv q19a: حوض اليرموك is the Yarmouk Basin of Dar'a, not the Yarmouk camp of Damascus."""
    from marsad.geo import Geocoder
    geo = Geocoder.default()
    found = [(p.location, p.admin1) for p in geo.geocode("قصفت الطائرات الحربية الجمعة بلدات منطقة حوض اليرموك")]
    assert ("Yarmouk Basin", "Dar'a") in found and not [f for f in found if f[1] == "Damascus"], found
    assert [p.location for p in geo.geocode("دخل الجيش مخيم اليرموك جنوب دمشق")][:1] == ["Yarmouk camp"]
