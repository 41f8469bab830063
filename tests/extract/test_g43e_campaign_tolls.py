"""The dead counted "during the past days" or "the past week" are a campaign's tally, not one day's strike in one
town (g43e; sentences of our own). The days to come ("خلال الأيام المقبلة") start no tally."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-03-18"


@pytest.mark.parametrize("span", ["خلال الأيام الماضية في المنطقة",
                                  "خلال الأيام القليلة الماضية في المنطقة", "خلال الأيام الأخيرة في المنطقة",
                                  "خلال الأسبوع الماضي في المنطقة"])
def test_dead_counted_over_the_past_days_or_week_are_a_total(extractor, span):
    text = f"وقال المرصد إن 340 مقاتلا من الفصائل قتلوا في القصف على بلدة دوما {span}."
    doc = read_doc(extractor, text, PUB)
    assert [e.fatalities for e in doc.events if e.fatalities] == []
    assert [t["value"] for t in doc.totals] == [340]


def test_a_strike_planned_for_the_days_to_come_starts_no_tally(extractor):
    text = "وقالت الوزارة إن الطائرات قصفت اليوم مقرا للمسلحين في بلدة دوما كانوا يخططون لهجمات خلال الأيام المقبلة."
    doc = read_doc(extractor, text, PUB)
    assert [e.location for e in doc.events if e.event_type == "Explosions/Remote violence"] == ["Dūmā"]
    assert doc.totals == []
