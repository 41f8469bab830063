"""g84f: month parts and vague dates. "النصف الأول/الثاني من" + a month, a month period or a year is that half
(relative_dates half, rd-half-54850..54851), not day 1 or 2 of the month; an arrest or interception told by its week or
a part of a month ("الأسبوع الماضي"، "أوائل آذار") is kept with that range (told-week-54852), as one told as so long
ago was, while one told only by a whole month or a span up to now stays dropped."""
from __future__ import annotations

import datetime as dt

import pytest

from marsad.lang.ar.dates import find_dates, told_by_week
from marsad.lang.ar.tokens import analyze_text
from marsad_testdata import read_doc

D = dt.date
PUB = D(2018, 7, 13)  # a Friday

HALVES = [
    ("تراجعت الهجمات على القرى في النصف الثاني من يونيو", "النصف الثاني من يونيو", D(2018, 6, 16), D(2018, 6, 30), 2),
    ("قصفت الطائرات البلدة في النصف الأول من الشهر الجاري", "النصف الأول من الشهر الجاري", D(2018, 7, 1),
     D(2018, 7, 15), 2),
    ("نزح آلاف السكان خلال النصف الأول من حزيران الماضي", "النصف الأول من حزيران الماضي", D(2018, 6, 1),
     D(2018, 6, 15), 2),
    ("عاد آلاف اللاجئين إلى قراهم في النصف الثاني من عام 2017", "النصف الثاني من عام 2017", D(2017, 7, 1),
     D(2017, 12, 31), 3),
    ("تضاعفت الغارات في النصف الأول من العام الماضي", "النصف الأول من العام الماضي", D(2017, 1, 1), D(2017, 6, 30), 3),
]


@pytest.mark.parametrize("text,surface,start,end,precision", HALVES)
def test_half_of_a_month_or_year(text: str, surface: str, start: dt.date, end: dt.date, precision: int) -> None:
    (m,) = find_dates(analyze_text(text), PUB)
    assert (m.text, m.date_start, m.date_end, m.precision) == (surface, start, end, precision)
    assert "rd-half-5485" in m.rule_id


def test_an_ordinal_day_of_a_month_stays_a_day() -> None:
    (m,) = find_dates(analyze_text("اعتقلت الشرطة رجلين في الثاني من الشهر الماضي"), PUB)
    assert (m.date_start, m.date_end, m.precision) == (D(2018, 6, 2), D(2018, 6, 2), 1)


def test_half_of_no_date_is_no_date() -> None:
    assert find_dates(analyze_text("تقدم الفريق في النصف الثاني من المباراة"), PUB) == []


def test_half_of_a_week_is_not_read_as_a_half() -> None:
    (m,) = find_dates(analyze_text("سقطت قذائف على الحي في النصف الأول من الأسبوع الماضي"), PUB)
    assert m.text == "الأسبوع الماضي"


@pytest.mark.parametrize("text,expected", [
    ("اعتقلت الشرطة رجلين الأسبوع الماضي", True),
    ("اعتقلت الشرطة رجلين أوائل حزيران", True),
    ("اعتقلت الشرطة رجلين في منتصف الشهر الجاري", True),
    ("اعتقلت الشرطة رجلين الشهر الماضي", False),
    ("اعتقلت الشرطة رجلين منذ أسبوع", False),
])
def test_told_by_week(text: str, expected: bool) -> None:
    (m,) = find_dates(analyze_text(text), PUB)
    assert told_by_week(m) is expected


def test_an_arrest_told_by_a_month_part_is_kept(extractor) -> None:
    doc = read_doc(extractor, "أعلنت وزارة الداخلية العراقية أوائل آذار عن اعتقال ثلاثة عناصر من تنظيم داعش في مدينة "
                          "الموصل.", "2018-03-14")
    arrests = [e for e in doc.events if e.sub_event_type == "Arrests"]
    assert [(e.date_start, e.time_precision) for e in arrests] == [("2018-03-01", 2)]
    assert "told-week-54852" in arrests[0].rule_ids


def test_an_interception_told_by_last_week_is_kept(extractor) -> None:
    doc = read_doc(extractor, "أعلنت وكالة سانا أن الدفاعات الجوية السورية تصدت الأسبوع الماضي لصواريخ إسرائيلية فوق مطار "
                          "المزة العسكري.", "2018-03-14")
    dwu = [e for e in doc.events if e.sub_event_type == "Disrupted weapons use"]
    assert len(dwu) == 1 and dwu[0].time_precision == 2
    assert "told-week-54852" in dwu[0].rule_ids


def test_an_arrest_told_by_a_whole_month_stays_dropped(extractor) -> None:
    doc = read_doc(extractor, "أعلنت وزارة الداخلية العراقية الشهر الماضي عن اعتقال ثلاثة عناصر من تنظيم داعش في مدينة "
                          "الموصل.", "2018-03-14")
    assert not [e for e in doc.events if e.sub_event_type == "Arrests"]
    assert "told by its week or month only, not by its day" in {d["reason"] for d in doc.dropped}
