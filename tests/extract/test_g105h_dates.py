"""g105h (date audit of stored events):

- a strike told after «غداة» + the dead and a word of cause («غداة مقتل 20 مدنيا، بينهم أطفال، في غارة على قرية»)
  is the day before's happening (step._named_after_next_day_toll), past the commas of the toll's apposition; the
  clause's definite «هذه الغارات» told before «غداة» in that sentence no longer lends it its day
  (merge._day_before_apart, _same_clause);
- a clash folded with a taking told with its own day inside the clash's span («منذ فجر الجمعة») is dated by the
  taking's day (merge._taking_day, taking-day-97000).
"""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc

from marsad.extract import merge
from marsad.model import Event

PUB = "2018-03-22"  # a Thursday
AIR = "Air/drone strike"
TAKE = "Non-state actor overtakes territory"

NAMED_AFTER_TOLL = [
    "قتل 30 مدنيا الخميس في غارات استهدفت سوقا في بلدة حارم بمحافظة إدلب. "
    "وتأتي هذه الغارات غداة مقتل 12 مدنيا، بينهم 5 أطفال، في غارة نفذتها طائرات حربية على قرية كفر بطيخ في ريف إدلب.",
    "قتل 30 مدنيا الخميس في غارات استهدفت سوقا في بلدة حارم بمحافظة إدلب. "
    "وتأتي هذه الغارات غداة مصرع 12 شخصا، معظمهم نساء، جراء غارة جوية على قرية كفر بطيخ في ريف إدلب.",
]


def _air(extractor, text: str, pub: str = PUB) -> list:
    return [e for e in read_doc(extractor, text, pub).events if e.sub_event_type == AIR]


@pytest.mark.parametrize("text", NAMED_AFTER_TOLL)
def test_strike_named_after_day_before_toll_is_the_day_before(extractor, text):
    days = {e.location: (e.date_start, e.date_end) for e in _air(extractor, text)}
    assert days.get("Kafr Battikh") == ("2018-03-21", "2018-03-21")
    assert days.get("Ḩārim") == ("2018-03-22", "2018-03-22")


def test_day_told_after_next_day_keeps_that_day(extractor):
    # a day told after «غداة» is the named happening's own (q32b): Tuesday, not the day before the clause's
    text = ("قتل 30 مدنيا الخميس في غارات استهدفت سوقا في بلدة حارم بمحافظة إدلب. "
            "وتأتي هذه الغارات غداة مقتل 12 مدنيا الثلاثاء، بينهم 5 أطفال، في غارة على قرية كفر بطيخ في ريف إدلب.")
    days = {e.location: e.date_start for e in _air(extractor, text)}
    assert days.get("Kafr Battikh") == "2018-03-20"


def _battle(sub: str, start: str, end: str, rules: list[str]) -> Event:
    return Event(event_type="Battles", sub_event_type=sub, date_start=start, date_end=end, event_date=start,
                 time_precision=1, country="Syria", location="Al Mayadin", actor1="Islamic State (Iraq and Syria)",
                 inter1=2, confidence=0.8, rule_ids=list(rules))


def test_taking_day_inside_the_clash_span_dates_the_taking():
    # «المعارك المتواصلة منذ فجر الجمعة» (Friday to the Saturday report) folded with «وكان التنظيم سيطر، الجمعة، على
    # أجزاء من المدينة»: the taking's Friday, not the fighting's span
    m = _battle("Armed clash", "2018-06-08", "2018-06-09", ["tr-clash-1"])
    merge._absorb(m, _battle(TAKE, "2018-06-08", "2018-06-08", ["tr-terr-1", merge.TAKEN_OBJECT]),
                  merge.TOLD_DAY, merge.TOLD_DAY)
    assert m.sub_event_type == TAKE
    assert (m.date_start, m.date_end) == ("2018-06-08", "2018-06-08")
    assert merge.TAKING_DAY in m.rule_ids


def test_clash_folded_with_clash_keeps_its_span():
    """Guard: two clashes keep the first mention's span (equals: the first one's)."""
    m = _battle("Armed clash", "2018-06-08", "2018-06-09", ["tr-clash-1"])
    merge._absorb(m, _battle("Armed clash", "2018-06-08", "2018-06-08", ["tr-clash-7"]), merge.TOLD_DAY, merge.TOLD_DAY)
    assert (m.date_start, m.date_end) == ("2018-06-08", "2018-06-09")
