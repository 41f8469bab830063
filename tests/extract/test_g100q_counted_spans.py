"""g100q: a within-span's plural unit of hours, days or weeks with its count after it ("خلال الساعات الـ24 الماضية"،
"في الأيام الثلاثة الأخيرة"; rule part num-after-69202), "في" + a dual ("في اليومين الأخيرين") and "في غضون"
(rd-within-69203) are the span up to publication; none was read before. Composed sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from marsad.lang.ar.dates import find_dates
from marsad.lang.ar.tokens import analyze_text
from marsad_testdata import read_doc

D = dt.date
PUB = D(2018, 4, 15)  # a Sunday

SPANS = [
    ("وقتل 30 شخصا خلال الساعات الـ24 الماضية في قصف على مدينة دوما", "خلال الساعات الـ24 الماضية", D(2018, 4, 14),
     "num-after-69202"),
    ("وقتل 30 شخصا خلال الساعات الـ48 الماضية في قصف على مدينة دوما", "خلال الساعات الـ48 الماضية", D(2018, 4, 13),
     "num-after-69202"),
    ("سقطت عشرات القذائف على البلدة في الساعات ال 48 الأخيرة", "في الساعات ال 48 الأخيرة", D(2018, 4, 13),
     "num-after-69202"),
    ("قتل 12 مدنيا في الأيام الثلاثة الأخيرة بغارات على القرى", "في الأيام الثلاثة الأخيرة", D(2018, 4, 12),
     "num-after-69202"),
    ("أصيب عشرون شخصا خلال الساعات الأربع والعشرين الماضية", "خلال الساعات الأربع والعشرين الماضية", D(2018, 4, 14),
     "num-after-69202"),
    ("اعتقلت الشرطة ستة رجال في اليومين الأخيرين", "في اليومين الأخيرين", D(2018, 4, 13), "rd-within2"),
    ("وقتل 30 شخصا في غضون الساعات الماضية في قصف على مدينة دوما", "في غضون الساعات الماضية", D(2018, 4, 14),
     "rd-within-69203"),
]


@pytest.mark.parametrize("text,surface,start,rule", SPANS)
def test_counted_span_up_to_publication(text: str, surface: str, start: dt.date, rule: str) -> None:
    (m,) = find_dates(analyze_text(text), PUB)
    assert (m.text, m.date_start, m.date_end, m.relation) == (surface, start, PUB, "past")
    assert rule in m.rule_id


def test_an_event_takes_the_counted_span(extractor) -> None:
    doc = read_doc(extractor, "قتل 12 مدنيا في الأيام الثلاثة الأخيرة بغارات جوية على بلدة كفرنبل", "2018-04-15")
    assert [(e.date_start, e.date_end) for e in doc.events] == [("2018-04-12", "2018-04-15")]


@pytest.mark.parametrize("text", [
    "سيصل الوفد خلال الساعات الـ24 المقبلة",  # a coming span is no past range
    "قتل أربعة في الأيام 3 الماضية",  # a number with no article is no count of the span
    "تضاعف عدد اللاجئين في السنوات الخمس الماضية",  # years: background, not counted (g100q)
    "وصلت القافلة في الأيام القليلة الماضية",  # "القليلة" is not read (tried, left out)
])
def test_no_counted_span(text: str) -> None:
    assert find_dates(analyze_text(text), PUB) == []


def test_a_singular_period_after_fi_stays_the_calendar_week() -> None:
    (m,) = find_dates(analyze_text("قتل خمسة في الأسبوع الماضي"), PUB)
    assert (m.text, m.date_start, m.date_end) == ("الأسبوع الماضي", D(2018, 4, 7), D(2018, 4, 13))


def test_fi_ghodun_thalik_is_no_date() -> None:
    assert find_dates(analyze_text("في غضون ذلك، قصفت الطائرات البلدة"), PUB) == []
