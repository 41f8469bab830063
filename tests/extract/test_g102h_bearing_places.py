"""g102h: the place of an act when a sentence names several places. A side told as a way from a town («X الواقعة
إلى الغرب من Y», place_words compass rows, 74200) reads as «غرب Y», and an unknown name after «منطقة» is a place of
its own when a side follows it (place_words located rows, 74201): the act is at X, Y only locates it. A side of a
place with a town told near right after it («شمال Y قرب بلدة X») is near that town (74202). A prosecutor's seat
(«مدعي عام X») is no place of the act nor the context of one (74203). «القائم بأعمال» is no Al-Qaim (74204), the Czech
Republic is a country (74205), «بادية X» of a town naming its province is the province's desert (74206). Guards: a
side with no named place before it stays near the town; a side inside an area's name; a police force's own city.
Sentences composed for these tests."""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc

PUB = "2018-04-12"


def _events(extractor, text: str) -> list:
    evs = read_doc(extractor, text, PUB).events
    assert evs
    return evs


def _places(extractor, text: str) -> list[tuple[str, str | None, int | None]]:
    return [(e.sub_event_type, e.location_text, e.geo_precision) for e in read_doc(extractor, text, PUB).events]


@pytest.mark.parametrize("text, want, precision", [
    # a known area west of a city (74200): the area, not the city
    ("قتل خمسة من عناصر الشرطة في هجوم لمسلحين على حاجز في منطقة سنجار الواقعة إلى الغرب من الموصل، مساء الثلاثاء.",
     "سنجار", 2),
    # an unknown area told with a side (74201): named, kept near the town
    ("قتل تسعة جنود في كمين نصبه مسلحون في منطقة الكبيبة الواقعة إلى الشمال من الرقة، يوم الثلاثاء.", "الكبيبة", 2),
    # «إلى الشمال من Y» with no named place before it is near Y (ACLED precision 2, as «شمال Y»)
    ("قصفت الطائرات الحربية مواقع للفصائل إلى الشمال من الرقة، يوم الثلاثاء.", "الرقة", 2),
    # a side of a town, then near a village (74202): near the village
    ("هاجم مسلحون مجهولون حافلة عسكرية على الطريق العام شمال درعا قرب بلدة المسيفرة، مساء الثلاثاء.", "المسيفرة", 2),
    # «القائم بأعمال» (74204): the acting head, no Al-Qaim
    ("وأحرق محتجون غاضبون الثلاثاء منزل القائم بأعمال رئيس المجلس البلدي في مدينة الناصرية.", "الناصرية", 1),
])
def test_place_of_the_act(extractor, text, want, precision):
    assert {(e.location_text, e.geo_precision) for e in _events(extractor, text)} == {(want, precision)}


def test_unknown_area_stands_at_the_town_it_lies_by(extractor):
    text = "قتل تسعة جنود في كمين نصبه مسلحون في منطقة الكبيبة الواقعة إلى الشمال من الرقة، يوم الثلاثاء."
    assert all(abs(e.latitude - 35.95) < 0.05 for e in _events(extractor, text))


def test_side_inside_an_area_name_stays_the_area(extractor):
    # guard: «منطقة شرق X قرب العاصمة» names the area; the capital only locates it
    text = "قصفت الطائرات الحربية منطقة غرب القلمون قرب العاصمة دمشق، يوم الثلاثاء."
    evs = _events(extractor, text)
    assert all("القلمون" in e.location_text and "74202" not in " ".join(e.rule_ids) for e in evs)


def test_side_near_a_border_keeps_the_side(extractor):
    # guard: a border after the near word is no town
    text = "اندلعت اشتباكات عنيفة بين الفصائل وقوات النظام شمال درعا قرب الحدود الأردنية، يوم الثلاثاء."
    evs = _events(extractor, text)
    assert all(e.location_text == "درعا" and "74202" not in " ".join(e.rule_ids) for e in evs)


@pytest.mark.parametrize("text, want", [
    # the seat rule leaves the place told for the act
    ("قال مدعي عام ميونخ إن الشرطة اعتقلت الأربعاء رجلين يشتبه بانتمائهما لتنظيم متطرف في مدينة هامبورغ.", "هامبورغ"),
    # a force named by its city that acts there
    ("اعتقلت شرطة ميونخ الأربعاء رجلين يشتبه بانتمائهما لتنظيم متطرف.", "ميونخ"),
])
def test_told_place_and_a_city_force_stay(extractor, text, want):
    # guards
    assert _places(extractor, text) == [("Arrests", want, 1)]


def test_prosecutors_seat_alone_gives_its_country(extractor):
    # a capital's seat: the capital alone read as its state, the seat was the context of the arrest
    text = "قال مدعي عام برلين إن الشرطة اعتقلت الأربعاء رجلين يشتبه بانتمائهما لتنظيم متطرف."
    evs = read_doc(extractor, text, PUB).events
    assert [(e.sub_event_type, e.country, e.geo_precision) for e in evs] == [("Arrests", "Germany", 3)]


def test_czech_republic_is_the_arrest_country(extractor):
    text = "أوقفت الشرطة في جمهورية التشيك الأربعاء ناشطا كرديا بناء على مذكرة دولية، بعد وصوله من العراق."
    evs = read_doc(extractor, text, PUB).events
    assert [(e.sub_event_type, e.country) for e in evs] == [("Arrests", "Czech Republic")]


def test_steppe_of_a_province_town_is_the_province(extractor):
    text = "قتل سبعة جنود في هجوم شنه تنظيم الدولة على مواقع لقوات النظام في بادية حمص، يوم الثلاثاء."
    evs = _events(extractor, text)
    assert all(e.geo_precision == 3 and e.admin1 == "Homs" and abs(e.longitude - 36.7) > 0.5 for e in evs)


def test_steppe_of_another_town_stays_by_the_town(extractor):
    # guard: the desert of a town that names no province is an area by the town
    text = "قتل سبعة جنود في هجوم شنه تنظيم الدولة على مواقع لقوات النظام في بادية تدمر، يوم الثلاثاء."
    evs = _events(extractor, text)
    assert all(e.geo_precision == 2 and e.location == "Tadmur" for e in evs)
