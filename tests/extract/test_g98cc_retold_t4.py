"""The T4 airbase strike of 9 April 2018 retold in the next weeks (branch g98cc), on sentences of our own.

campaigns.tsv rows cp-61700..61702 (التيفور، تي فور، مطار التيفور): a mention with no day of its own takes the
strike's day, or the report's week reaching back over it, not the day of the reaction. A report whose own range
already holds the row's day keeps that narrower range; a day told right after the strike is its own.
"""
from __future__ import annotations

from marsad_testdata import read_doc

AIRPORT = "وقال المسؤول إن الغارة الإسرائيلية على مطار التيفور العسكري قرب حمص قتلت عددا من العسكريين."
DEFINITE = "وأعلنت طهران أن سبعة من عسكرييها قتلوا في الغارة على مطار التيفور قرب حمص."
OWN_DAY = "وقالت الوكالة إن صواريخ قصفت مطار التيفور العسكري قرب حمص يوم الأربعاء."
LATER_DEFINITE = "وأكد المرصد أن القصف على مطار التيفور أوقع قتلى من المسلحين الموالين لإيران."
LATER = "وقالت الوكالة إن طائرات قصفت مطار التيفور العسكري قرب حمص فجر اليوم."


def _strikes(extractor, text, published):
    return [e for e in read_doc(extractor, text, published).events if e.event_type == "Explosions/Remote violence"]


def _spans(events):
    return [(e.date_start, e.date_end, e.rule_ids) for e in events]


def test_the_airport_strike_retold_days_later_holds_its_day(extractor):
    events = _strikes(extractor, AIRPORT, "2018-04-12")
    assert events and all(e.date_start <= "2018-04-09" <= e.date_end for e in events), _spans(events)
    assert all("cp-61702" in e.rule_ids for e in events), _spans(events)


def test_the_definite_strike_at_the_airport_is_not_on_the_reports_day(extractor):
    events = _strikes(extractor, DEFINITE, "2018-04-13")
    assert events and all(e.date_start <= "2018-04-09" <= e.date_end for e in events), _spans(events)


def test_a_day_told_right_after_the_strike_stays_its_own(extractor):
    # guard: a strike told with its own day right after it is a fresh strike of that day, not the row's
    events = _strikes(extractor, OWN_DAY, "2018-04-19")
    assert events and all(e.date_start >= "2018-04-18" for e in events), _spans(events)


def test_a_strike_on_the_airport_months_later_is_news(extractor):
    # guard: past the background window the row does not apply (T4 was struck again in July)
    events = _strikes(extractor, LATER, "2018-07-09")
    assert events and all(e.date_start >= "2018-07-08" for e in events), _spans(events)


def test_the_base_struck_again_months_later_is_not_the_april_strike(extractor):
    # guard: kind "struck-again": a definite noun at the base past the window is a new strike, not history
    events = _strikes(extractor, LATER_DEFINITE, "2018-07-10")
    assert events and all(e.date_start >= "2018-07-09" for e in events), _spans(events)
