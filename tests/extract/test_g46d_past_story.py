"""History retold as news (branch g46d), on sentences of our own.

A title that dates its happening to an earlier year ("... عام 2007") marks a retrospective: its happenings are kept
only with a day and a place of their own (genre.tsv, gn-year-24400..24406). A day and month without a year told right
after a day with an earlier year ("20 آذار/مارس 2003" ... "في 21 آذار/مارس") is read in that year, not as a recent day.
"""
from __future__ import annotations

import datetime as dt

from marsad.extract.step import analyze_text
from marsad.lang.ar.dates import find_dates
from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-09"  # a Monday
STRIKE = "وقالت مصادر إن طائرات حربية شنت غارة جوية على موقع عسكري قرب مدينة الميادين في ريف دير الزور.\n"
HISTORY = ("بدأت الحرب في 20 آذار/مارس 2003 بقصف جوي على العاصمة العراقية.\n"
           "وفي 21 آذار/مارس، شنت الطائرات الأمريكية غارات عنيفة على مدينة البصرة.\n")


def _events(extractor, text, title="خبر"):
    doc = extractor(MetaStep()(Document(text=text, title=title, published=PUB)))
    return [(e.event_type, e.event_date) for e in doc.events]


def test_a_title_of_an_earlier_year_marks_a_retrospective(extractor):
    assert _events(extractor, STRIKE)  # the same sentence under a plain title is a strike
    assert not _events(extractor, STRIKE, title="مصادر: تفاصيل جديدة عن قصف موقع في دير الزور عام 2007")


def test_a_year_after_since_in_the_title_compares_the_news(extractor):
    assert _events(extractor, STRIKE, title="أعنف قصف على دير الزور منذ عام 2014")


def test_a_day_without_a_year_is_read_in_the_story_year():
    days = {d.text: d.date_start for d in find_dates(analyze_text(HISTORY), dt.date.fromisoformat(PUB))}
    assert days["21 آذار/مارس"] == dt.date(2003, 3, 21), days


def test_the_retold_strike_is_no_recent_event(extractor):
    assert not [e for e in _events(extractor, HISTORY) if e[1] == "2018-03-21"]
    # told alone, the same day is this year's
    assert ("Explosions/Remote violence", "2018-03-21") in _events(extractor, HISTORY.split("\n", 1)[1])
