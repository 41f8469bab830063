"""Two days of one month joined by a range word are the days between them (q32b, relative_dates range_to)."""
from __future__ import annotations

import datetime as dt

import pytest

from marsad.lang.ar.dates import find_dates
from marsad.lang.ar.tokens import analyze_text

PUB = dt.date(2018, 7, 13)
D = dt.date

# (sentence, surface, start, end, precision)
RANGES = [
    ("داهمت القوات منازل في البلدة في الفترة من 3 إلى 5 تموز", "3 إلى 5 تموز", D(2018, 7, 3), D(2018, 7, 5), 2),
    ("اعتقلت الشرطة عشرين شخصا بين الثاني والرابع من تموز", "الثاني والرابع من تموز", D(2018, 7, 2), D(2018, 7, 4), 2),
    ("سقطت قذائف على الحي ليلة 8 و9 تموز", "ليلة 8 و9 تموز", D(2018, 7, 8), D(2018, 7, 9), 1),
    ("تعرضت المستشفيات لهجمات ما بين 20-26 حزيران", "20-26 حزيران", D(2018, 6, 20), D(2018, 6, 26), 2),
    ("استمرت المعارك من 1 حتى 4 تموز", "1 حتى 4 تموز", D(2018, 7, 1), D(2018, 7, 4), 2),
]


@pytest.mark.parametrize("text,surface,start,end,precision", RANGES)
def test_day_range(text: str, surface: str, start: dt.date, end: dt.date, precision: int) -> None:
    got = find_dates(analyze_text(text), PUB)
    assert [(m.text, m.date_start, m.date_end, m.precision) for m in got] == [(surface, start, end, precision)]
    assert "rd-rt-" in got[0].rule_id or "+and+" in got[0].rule_id


KEPT = [
    # a compound ordinal is one day, not a range
    ("قتل جندي في السابع والعشرين من حزيران", D(2018, 6, 27), D(2018, 6, 27)),
    # a count joined to a day is no range: only the day is a date
    ("قتل 5 و3 جرحوا في 9 تموز", D(2018, 7, 9), D(2018, 7, 9)),
    # a later day first is no range
    ("عقدت جولتان في 6 و2 تموز", D(2018, 7, 2), D(2018, 7, 2)),
]


@pytest.mark.parametrize("text,start,end", KEPT)
def test_no_day_range(text: str, start: dt.date, end: dt.date) -> None:
    got = find_dates(analyze_text(text), PUB)
    assert [(m.date_start, m.date_end) for m in got] == [(start, end)]
