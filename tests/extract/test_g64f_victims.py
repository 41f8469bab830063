"""Happenings named only by their victims, branch g64f, on sentences of our own: a definite strike after «ضحايا»
(its victims), with no day of its own, is a happening told before (reference_head),
not news; the same strike told with its day and toll stays."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-05-10"  # a Thursday
EXPLOSIONS = "Explosions/Remote violence"


def _events(extractor, text):
    return read_doc(extractor, text, PUB).events


@pytest.mark.parametrize("text", [
    "وأظهرت الصور ضحايا الغارات الجوية على بلدة كفرزيتا وهم يتلقون العلاج.",
])
def test_marks_and_victims_not_news(extractor, text):
    assert not [e for e in _events(extractor, text) if e.event_type == EXPLOSIONS]


def test_victims_of_a_chemical_attack_at_its_town_tell_the_attack(extractor):
    # moved out of the list above by g102l: a weapon's attack with its own town is coded, dated by the week
    text = "ونشر ناشطون صورا تظهر ضحايا الهجوم الكيماوي على بلدة كفرزيتا في ريف حماة."
    assert [(e.sub_event_type, str(e.date_start)) for e in _events(extractor, text) if e.event_type == EXPLOSIONS] \
        == [("Chemical weapon", "2018-05-03")]


def test_told_strike_stays(extractor):
    text = "وقتل عشرة مدنيين الأربعاء في قصف جوي استهدف بلدة كفرزيتا في ريف حماة."
    assert [e for e in _events(extractor, text) if e.event_type == EXPLOSIONS]
