"""Merged events (branch g56d): a later mention whose count is told over a period, the period's word just before the
count ("أوقع القصف منذ أسبوع مقتل 30 مدنيا"), gives its toll to no merged happening of one day; a count over a
period within the day ("منذ صباح اليوم") stays. (A
period told after the count, "مقتل 5 ... منذ بدء الحملة", is left to the extractor's own toll rules.)"""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-05-15"  # a Tuesday
FIRST = "قصفت قوات النظام السوري بالصواريخ مدينة جسر الشغور الاثنين. "


def _run(extractor, text, published=PUB):
    return read_doc(extractor, text, published)


def _strike_dead(doc):
    return sorted(e.fatalities for e in doc.events if e.event_type == "Explosions/Remote violence")


def test_a_weeks_toll_is_not_the_days_strike(extractor):
    doc = _run(extractor, FIRST + "وأوقع القصف على مدينة جسر الشغور منذ أسبوع مقتل 30 مدنيا على الأقل.")
    assert _strike_dead(doc) == [0]


def test_a_toll_since_the_morning_is_the_strike(extractor):
    doc = _run(extractor, FIRST + "وأوقع القصف على مدينة جسر الشغور منذ صباح الاثنين مقتل 30 مدنيا على الأقل.")
    assert _strike_dead(doc) == [30]

