"""g101g: a departure or evacuation of fighters (Non-violent transfer of territory) told by its week or a part of a
month right at the act ("غادر ... الأسبوع الماضي"، "وفي بداية الشهر الحالي، خرج") is kept with that range (week_gap
6 in event_types.tsv; rule ids told-week-54852 and week-near-72100), not dropped as told by its week only.
A week told in another clause, a whole month, a deal's terms told by the participle «القاضي ب» (md-terms-72101) and an
evacuation named as a purpose «لتسهيل» (md-int-72102) stay out. Sentences composed for these tests."""
from __future__ import annotations

from marsad_testdata import read_doc

NVT = "Non-violent transfer of territory"
WEEK_DROP = "told by its week or month only, not by its day"


def _handovers(extractor, text: str, published: str) -> list:
    return [e for e in read_doc(extractor, text, published).events if e.sub_event_type == NVT]


def test_a_departure_told_by_last_week_is_kept(extractor) -> None:
    (e,) = _handovers(extractor, "غادر مئات المسلحين مع عائلاتهم بلدة الرحيبة الأسبوع الماضي باتجاه الشمال السوري.",
                      "2018-05-23")
    assert (e.date_start, e.date_end, e.time_precision) == ("2018-05-12", "2018-05-18", 2)
    assert "week-near-72100" in e.rule_ids and "told-week-54852" in e.rule_ids


def test_an_evacuation_told_by_a_part_of_the_month_is_kept(extractor) -> None:
    (e,) = _handovers(extractor, "وفي مطلع الشهر الحالي، خرج عشرات المقاتلين مع عائلاتهم من بلدة الرحيبة في حافلات "
                                 "نحو إدلب.", "2018-05-23")
    assert (e.date_start, e.time_precision) == ("2018-05-01", 2)
    assert "week-near-72100" in e.rule_ids


def test_a_week_told_in_another_clause_does_not_keep_the_act(extractor) -> None:
    doc = read_doc(extractor, "ويأتي انسحاب المسلحين من بلدة الرحيبة بعد أن أعلنت الفصائل في بيان صادر عن قيادتها "
                              "العسكرية في المنطقة الشرقية ترحيبها الكامل بالاتفاق مطلع الأسبوع.", "2018-05-23")
    assert not [e for e in doc.events if e.sub_event_type == NVT]


def test_a_departure_told_by_a_whole_month_stays_dropped(extractor) -> None:
    doc = read_doc(extractor, "غادر مئات المسلحين مع عائلاتهم بلدة الرحيبة الشهر الماضي باتجاه الشمال السوري.",
                   "2018-05-23")
    assert not [e for e in doc.events if e.sub_event_type == NVT]
    assert WEEK_DROP in {d["reason"] for d in doc.dropped}


def test_a_deal_providing_for_a_departure_is_no_departure(extractor) -> None:
    doc = read_doc(extractor, "وصلت السبت حافلات إلى بلدة الرحيبة تنفيذا للاتفاق القاضي بإخراج المسلحين وعائلاتهم نحو "
                              "الشمال السوري.", "2018-05-20")
    assert not [e for e in doc.events if e.sub_event_type == NVT]


def test_an_evacuation_named_as_a_purpose_is_no_evacuation(extractor) -> None:
    doc = read_doc(extractor, "فتحت القوات الحكومية السبت ممرا آمنا قرب بلدة الرحيبة لتسهيل إجلاء المسلحين "
                              "وعائلاتهم.", "2018-05-20")
    assert not [e for e in doc.events if e.sub_event_type == NVT]


def test_a_departure_told_with_its_day_is_unchanged(extractor) -> None:
    (e,) = _handovers(extractor, "غادر مئات المسلحين مع عائلاتهم بلدة الرحيبة السبت باتجاه الشمال السوري.",
                      "2018-05-20")
    assert (e.date_start, e.time_precision) == ("2018-05-19", 1)
    assert "week-near-72100" not in e.rule_ids
