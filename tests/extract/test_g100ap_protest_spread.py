"""g100ap: a place a protest wave spread to, told with no day before the verb of spreading («امتدت الاحتجاجات إلى
محافظتي ...»، «اتسعت رقعة الاحتجاجات ووصلت إلى ...»), has no day of the report's own (rule ps-71300); since
g104e it is a protest there over the week up to publication (ps-80030). A day told before the verb keeps its day.
"""
from __future__ import annotations
import pytest
from marsad_testdata import read_doc

PUB = "2018-07-19"
SPREAD_ONLY = (
    # the verb of spreading before the protest noun
    "وقال مراقبون إن الحكومة لم تنجح في التهدئة، إذ امتدت الاحتجاجات إلى محافظتي المثنى والديوانية.",
    # the verb of spreading after it, with a list of towns
    "وقال مراقبون إن الحكومة عجزت عن احتوائها، فقد اتسعت رقعة الاحتجاجات ووصلت إلى مدينتي الكوت والحلة.",
)


@pytest.mark.parametrize("text", SPREAD_ONLY)
def test_spread_without_day_is_week_not_day(extractor, text):
    # g104e: coders enter a protest at each place the wave reached over the reported period, so the place is kept,
    # dated over the week up to publication (ps-80030), never on the report's own day
    doc = read_doc(extractor, text, PUB)
    protests = [e for e in doc.events if e.event_type == "Protests"]
    assert protests and all((e.date_start, e.date_end) == ("2018-07-12", PUB) for e in protests)
    assert all("ps-71300" in e.rule_ids and "ps-80030" in e.rule_ids for e in protests)


def test_day_told_before_spread_keeps_protest(extractor):
    # guard: «الخميس» is told before the verb: that day's protests at the places named stay
    doc = read_doc(extractor, "وخرج مئات المحتجين، الخميس، في مدينة الكوت، وامتدت الاحتجاجات إلى مدينة الحلة.", PUB)
    assert {e.location for e in doc.events if e.event_type == "Protests"} == {"Al-Kut", "Al Hillah"}


def test_day_told_in_sentence_before_keeps_spread(extractor):
    # guard: the sentence before tells the day («السبت»): the spread is that day's protest at the town reached
    doc = read_doc(extractor, "تظاهر مئات المعلمين السبت في مدينة الحلة. ثم امتدت المظاهرات إلى مدينة الكوت.", PUB)
    assert "Al-Kut" in {e.location for e in doc.events if e.event_type == "Protests"}
