"""Words for a place told before (place_words back rows, q14c): «المدينة», «البلدة», «مطار المدينة», «المحافظة»,
«ريفها» stand for the place the report named last, at the precision the word gives, as the sentence's own place."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-07-02"  # a Monday


def _run(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB)))


def _told(doc):
    return [e for e in doc.events if "place-refers-back" in e.rule_ids]


def test_the_airport_of_the_city_told_before(extractor):
    doc = _run(extractor, "تظاهر المئات أمام مبنى الحكومة المحلية في مدينة البصرة يوم الأربعاء.\n"
                          "وفي تطور جديد، سقطت ثلاثة صواريخ أطلقها مسلحون مجهولون على مطار المدينة يوم السبت.")
    (ev,) = _told(doc)
    assert ev.location == "Basrah" and ev.geo_precision == 2, (ev.location, ev.geo_precision)


def test_the_town_told_before_is_the_one_last_named_with_the_same_word(extractor):
    doc = _run(extractor, "سيطرت قوات النظام السوري السبت على مدينة دوما في الغوطة الشرقية بعد معارك في حرستا.\n"
                          "وقصفت الطائرات الحربية الروسية المدينة يوم الأحد.")
    (ev,) = _told(doc)
    assert ev.location == "Dūmā" and ev.geo_precision == 1, ev.location


def test_the_countryside_of_the_province_told_before(extractor):
    doc = _run(extractor, "بدأت قوات النظام السوري الأحد هجوما على محافظة درعا.\n"
                          "وقصفت الطائرات الحربية الروسية ريفها الشرقي يوم الأحد.")
    (ev,) = _told(doc)
    # the side of the countryside of the province named after the town, as «ريف درعا الشرقي» (g110o: precision 2 east
    # of the town, as the audit coders place «محافظة درعا ... ريفها الشرقي»)
    assert ev.admin1 == "Dar'a" and ev.geo_precision == 2 and ev.longitude > 36.11, (ev.location, ev.geo_precision)


def test_the_province_is_the_last_one_named_not_the_town_a_visitor_went_to(extractor):
    doc = _run(extractor, "تحضر القوات السورية لهجوم على محافظة إدلب.\n"
                          "ووصل وزير الخارجية الإيراني الاثنين إلى دمشق.\n"
                          "وقصفت الطائرات الحربية الروسية أطراف المحافظة يوم الأحد.")
    (ev,) = _told(doc)
    assert ev.admin1 == "Idleb" and ev.geo_precision == 3, (ev.admin1, ev.location)


def test_a_state_acting_or_a_reference_point_is_no_town_told_before(extractor):
    doc = _run(extractor, "تعرضت كفرنبل لقصف مدفعي عنيف السبت.\n"
                          "وقالت مصادر معارضة لدمشق إن الطائرات قصفت البلدة بالأسلحة الكيماوية يوم الأحد.")
    told = _told(doc)
    assert told and all(e.location != "Damascus" for e in told), [(e.location, e.rule_ids) for e in doc.events]


def test_a_direction_before_the_word_puts_the_act_near_the_town(extractor):
    doc = _run(extractor, "سيطرت قوات النظام السوري السبت على مدينة دوما في الغوطة الشرقية بعد معارك في حرستا.\n"
                          "وقصفت الطائرات الحربية الروسية جنوب المدينة يوم الأحد.")
    (ev,) = _told(doc)
    assert ev.location == "Dūmā" and ev.geo_precision == 2, (ev.location, ev.geo_precision)


def test_a_district_and_its_town_told_in_one_report_are_one_place(extractor):
    # q25b: the lead names the capital, the body the district; the district (more precise) is kept
    doc = _run(extractor, "شهدت العاصمة العراقية بغداد يوم الأحد هجوما انتحاريا أوقع قتلى.\n"
                          "وقال مصدر أمني إن الهجوم الانتحاري ضرب حي الشعلة شمالي العاصمة وأوقع أربعة قتلى.")
    bombs = [e for e in doc.events if e.sub_event_type == "Suicide bomb"]
    assert [e.location for e in bombs] == ["Al-Shu'la (Baghdad)"], [(e.location, e.rule_ids) for e in doc.events]
