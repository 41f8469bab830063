"""g100ap: a place a protest wave spread to, told with no day before the verb of spreading («امتدت الاحتجاجات إلى
محافظتي ...»، «اتسعت رقعة الاحتجاجات ووصلت إلى ...»), is the wave's story, not a protest of the report's day: ACLED
codes each protest at its town on its day (rule ps-71300). A day told before the verb keeps the protest.
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
def test_spread_without_day_is_background(extractor, text):
    doc = read_doc(extractor, text, PUB)
    assert all(e.event_type != "Protests" for e in doc.events)
    # set aside as background, not lost
    assert [d["reason"] for d in doc.dropped] == ["modality:background"]


def test_day_told_before_spread_keeps_protest(extractor):
    # guard: «الخميس» is told before the verb: that day's protests at the places named stay
    doc = read_doc(extractor, "وخرج مئات المحتجين، الخميس، في مدينة الكوت، وامتدت الاحتجاجات إلى مدينة الحلة.", PUB)
    assert {e.location for e in doc.events if e.event_type == "Protests"} == {"Al-Kut", "Al Hillah"}


def test_day_told_in_sentence_before_keeps_spread(extractor):
    # guard: the sentence before tells the day («السبت»): the spread is that day's protest at the town reached
    doc = read_doc(extractor, "تظاهر مئات المعلمين السبت في مدينة الحلة. ثم امتدت المظاهرات إلى مدينة الكوت.", PUB)
    assert "Al-Kut" in {e.location for e in doc.events if e.event_type == "Protests"}
