"""A chronology told year by year (branch g108u), on sentences of our own.

A past year on a line of its own ("- 2014 -") heads the lines after it: their days and months without a year are of
that year, not recent days. Two days of one month told together ("6 و8 نيسان/أبريل") take the story's year as one
day does. A year inside a sentence ("منذ 2014") heads nothing. "وفي 5 من الشهر نفسه" is that day of the month told
last, not of the publication's month.
"""
from __future__ import annotations

import datetime as dt

from marsad.extract.step import analyze_text
from marsad.lang.ar.dates import find_dates
from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-20"
LINE = "12 نيسان/أبريل: شنت طائرات حربية غارات على مواقع عسكرية قرب مدينة تدمر في ريف حمص.\n"
PAIR = "6 و8 نيسان/أبريل: شنت طائرات حربية غارتين على مواقع عسكرية قرب مدينة تدمر في ريف حمص.\n"


def _days(text):
    return {d.text: (d.date_start, d.date_end) for d in find_dates(analyze_text(text), dt.date.fromisoformat(PUB))}


def _events(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="أبرز الغارات على سوريا", published=PUB)))
    return [(e.event_type, e.event_date) for e in doc.events]


def test_a_year_heading_gives_its_year_to_the_next_day():
    assert _days("- 2014 -\n" + LINE)["12 نيسان/أبريل"] == (dt.date(2014, 4, 12), dt.date(2014, 4, 12))
    assert _days("2015:\n" + LINE)["12 نيسان/أبريل"][0] == dt.date(2015, 4, 12)
    # a year inside a sentence heads nothing; a heading of the publication's year keeps the recent day
    assert _days("وتكررت الغارات منذ 2014.\n" + LINE)["12 نيسان/أبريل"][0] == dt.date(2018, 4, 12)
    assert _days("- 2018 -\n" + LINE)["12 نيسان/أبريل"][0] == dt.date(2018, 4, 12)


def test_two_days_of_a_month_take_the_heading_year():
    assert _days("- 2014 -\n" + PAIR)["6 و8 نيسان/أبريل"] == (dt.date(2014, 4, 6), dt.date(2014, 4, 8))


def test_the_strike_under_an_old_heading_is_no_recent_event(extractor):
    assert ("Explosions/Remote violence", "2018-04-12") in _events(extractor, LINE)
    assert not [e for e in _events(extractor, "- 2014 -\n" + LINE) if e[1].startswith("2018")]
    assert not [e for e in _events(extractor, "- 2014 -\n" + PAIR) if e[1].startswith("2018")]


SAME_MONTH = ("2 كانون الأول/ديسمبر: شنت طائرات حربية غارات على مواقع قرب مدينة تدمر.\n"
              "وفي 5 من الشهر نفسه، قصفت الطائرات مستودعا للأسلحة قرب مدينة القريتين في ريف حمص.\n")


def test_a_day_of_the_same_month_is_of_the_month_told_last():
    days = _days(SAME_MONTH)
    assert days["5 من الشهر نفسه"] == (dt.date(2017, 12, 5), dt.date(2017, 12, 5)), days
    days = _days("قتل 3 مدنيين في 2 نيسان/أبريل. وفي السابع من الشهر ذاته قتل آخرون.")
    assert days["السابع من الشهر ذاته"][0] == dt.date(2018, 4, 7), days

