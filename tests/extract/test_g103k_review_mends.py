"""Review g103k (sentences of our own): mends of the session's merged work.

«منذ بدء X بدقائق» (only minutes after X began) is a point in time for the toll too: hundreds of dead told in that
sentence, or in the next one that goes on with it, are that strike's dead, no running total (days.long_since).
"""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

DAY = "2018-02-27"  # a Tuesday: the truce of the composed sentences began that day


@pytest.mark.parametrize("text", [
    "ومنذ بدء الهدنة بدقائق، قتل 150 شخصا في قصف جوي على بلدة حمورية.",
    "ومنذ بدء الهدنة بساعات، شنت الطائرات غارات على بلدة حمورية. وقتل 150 شخصا في القصف على البلدة.",
])
def test_hundreds_dead_minutes_after_a_start_are_the_strikes_dead(extractor, text):
    doc = read_doc(extractor, text, DAY)
    assert [(e.event_type, e.location, e.fatalities) for e in doc.events] == [
        ("Explosions/Remote violence", "Hamouriyah", 150)], doc.dropped


def test_hundreds_dead_since_a_start_weeks_back_stay_a_total(extractor):
    # the guard: the same sentences counted from a start two weeks back are the campaign's running total
    doc = read_doc(extractor, "ومنذ بدء الهدنة قبل أسبوعين، شنت الطائرات غارات على بلدة حمورية. "
                              "وقتل 150 شخصا في القصف على البلدة.", DAY)
    assert not [e for e in doc.events if e.fatalities]
    assert 150 in [t["value"] for t in doc.totals]

