"""g38h dates: a night told by two weekdays joined by "إلى/على" after a daypart is one night over both days
(relative_dates night_link); a start word before a bare week or month reads the current one (part-bare-15202)."""
from __future__ import annotations

import datetime as dt

import pytest

from marsad.lang.ar.dates import find_dates
from marsad.lang.ar.tokens import analyze_text

PUB = dt.date(2018, 7, 13)  # a Friday
D = dt.date

NIGHTS = [
    ("قصفت الطائرات القرية ليل الثلاثاء إلى الأربعاء", "ليل الثلاثاء إلى الأربعاء", D(2018, 7, 10), D(2018, 7, 11)),
    ("سقطت قذائف على الحي ليلة الأربعاء على الخميس", "ليلة الأربعاء على الخميس", D(2018, 7, 11), D(2018, 7, 12)),
    ("وليلة الاثنين الى الثلاثاء اندلعت اشتباكات في البلدة", "وليلة الاثنين الى الثلاثاء", D(2018, 7, 9), D(2018, 7, 10)),
]


@pytest.mark.parametrize("text,surface,start,end", NIGHTS)
def test_night_joined_by_link_word(text: str, surface: str, start: dt.date, end: dt.date) -> None:
    got = find_dates(analyze_text(text), PUB)
    assert [(m.text, m.date_start, m.date_end, m.precision) for m in got] == [(surface, start, end, 1)]
    assert "rd-152" in got[0].rule_id and "wd-pair" in got[0].rule_id


def test_link_word_without_daypart_is_two_days() -> None:
    got = find_dates(analyze_text("أرجئ الاجتماع من الثلاثاء إلى الأربعاء"), PUB)
    assert [(m.date_start, m.date_end) for m in got] == [(D(2018, 7, 10), D(2018, 7, 10)), (D(2018, 7, 11), D(2018, 7, 11))]


def test_night_link_not_before_an_unrelated_weekday() -> None:
    # "على" followed by a day that is not the next one: the night stays its own day
    got = find_dates(analyze_text("قصفت الطائرات ليل الثلاثاء على الخميس"), PUB)
    assert (got[0].text, got[0].date_start, got[0].date_end) == ("ليل الثلاثاء", D(2018, 7, 10), D(2018, 7, 10))


# "مطلع الأسبوع"، "بداية الشهر" with no modifier: the start of the current week or month (part-bare-15202)
def test_bare_week_start_is_this_week() -> None:
    (m,) = find_dates(analyze_text("وصل الوفد إلى العاصمة مطلع الأسبوع"), PUB)
    assert (m.text, m.date_start, m.precision) == ("مطلع الأسبوع", D(2018, 7, 7), 2)
    assert "part-bare-15202" in m.rule_id


def test_bare_month_start_is_this_month() -> None:
    (m,) = find_dates(analyze_text("تراجعت الهجمات منذ بداية الشهر"), PUB)
    assert (m.date_start, m.precision) == (D(2018, 7, 1), 2)


@pytest.mark.parametrize("text", ["ستعقد الجولة أواخر الشهر", "تصل القوات منتصف الشهر", "اجتمع الوفد في الأسبوع"])
def test_bare_middle_or_end_is_no_date(text: str) -> None:
    assert find_dates(analyze_text(text), PUB) == []
