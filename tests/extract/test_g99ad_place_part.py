"""A toll told with one place's part gives that place's event the part, not the whole (branch g99ad), on sentences
of our own.

«قصفت القوات ريف حمص فقتلت 25 شخصا، بينهم 9 في بلدة تلبيسة»: the 25 are the region's dead over several places; the
event placed at the town takes the town's 9 (ACLED gives each event its own place's dead). A part that is a kind of
people («بينهم 6 أطفال في قصف ...»، «بينهم 30 مدنيا في بلدة ...») is no place's share and leaves the whole.
"""
from __future__ import annotations

import pytest
from marsad_testdata import dead_of

PUB = "2018-06-26"  # a Tuesday
VIOLENT = ("Explosions/Remote violence", "Battles")


PART = [
    # the part with a word for anyone between it and «في»
    ("قال المرصد إن القصف الصاروخي قتل 25 شخصا الثلاثاء، بينهم 9 أشخاص في مدينة تلبيسة.\n", [9]),
    # the part alone, «من بينهم», the whole a kind of people
    ("أفاد ناشطون بأن 31 مدنيا قتلوا في غارات جوية يوم الثلاثاء، من بينهم 13 في بلدة كفرنبل.\n", [13]),
]

WHOLE = [
    # a kind of people with the place after it: the town may hold all the dead
    ("قتل 44 شخصا على الأقل بينهم 30 مدنيا في بلدة كفرنبل في غارات جوية الثلاثاء.\n", [44]),
    # a kind of people, then the act: no place's part
    ("قتل 18 مدنيا، بينهم 6 أطفال في قصف مدفعي على بلدة تلبيسة الثلاثاء.\n", [18]),
]


@pytest.mark.parametrize("text, dead", PART)
def test_place_part_goes_to_its_town(extractor, text, dead):
    assert dead_of(extractor, text, PUB, VIOLENT) == dead


@pytest.mark.parametrize("text, dead", WHOLE)
def test_kind_part_keeps_whole(extractor, text, dead):
    assert dead_of(extractor, text, PUB, VIOLENT) == dead
