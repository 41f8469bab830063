"""g108d (date audit of stored events, seed 1094, documents with two or more kinds of date word):

- the bare adverb «ليلا/ليلاً» («وقتل ليلاً في البلدة»، «غارات استهدفت ليلا») names the night just past: from the day
  before publication to publication (relative_dates night_past rd-night-113501, dates._core); not inside a quotation,
  whose account tells its own night, and not before a weekday of its own.
"""
from __future__ import annotations

import datetime as dt

from marsad.lang.ar.dates import find_dates
from marsad.lang.ar.tokens import analyze_text
from marsad_testdata import read_doc

AIR = "Air/drone strike"


def _days(extractor, text: str, pub: str, sub: str) -> list[tuple[str, str]]:
    return [(e.date_start, e.date_end) for e in read_doc(extractor, text, pub).events if e.sub_event_type == sub]


def test_bare_night_is_the_night_just_past(extractor):
    text = ("أعلن التلفزيون الرسمي، الخميس، التوصل إلى اتفاق لإخراج المقاتلين من الغوطة الشرقية.\n"
            "وقتل ليلاً في مدينة دوما أكثر من 20 شخصا جراء غارات جوية عنيفة استهدفتها، وفق المرصد السوري.\n")
    assert _days(extractor, text, "2018-03-22", AIR) == [("2018-03-21", "2018-03-22")]


def test_bare_night_in_a_quotation_names_no_day():
    text = 'وقال قائد عسكري إن المقاتلين "صدوا هجوما شنته القوات ليلا على مواقعهم".'
    night = [d for d in find_dates(analyze_text(text), dt.date(2018, 5, 27)) if "ليلا" in text[d.start:d.end]]
    assert night == []


def test_night_before_a_weekday_keeps_the_weekday():
    text = "وقصفت الطائرات المدينة ليلا الأربعاء."
    got = [(d.date_start, d.date_end) for d in find_dates(analyze_text(text), dt.date(2018, 9, 7))]
    assert got and (dt.date(2018, 9, 6), dt.date(2018, 9, 7)) not in got
