"""g108s (fatalities audit, second sample): a sentence read twice undid the sum of a clash's two sides.

The dead of each side told in its own sentence are added (merge._sides_added). When the second side's sentence holds
two triggers («خلال الكمين والاشتباكات»), its second mention was folded in after the sum and the lowest-figure rule
took the one side's dead back (21 + 8 -> 8). A mention all of whose sentences the merged event holds already adds no
toll of its own (merge._toll_read_again).
"""
from __future__ import annotations
import pytest
from marsad_testdata import events_of


PUB = "2018-09-11"
CLASH = "Armed clash"


def _dead(extractor, text):
    return [ev.fatalities for ev in events_of(extractor, text, CLASH, PUB)]


@pytest.mark.parametrize("acts", ["خلال الكمين والاشتباكات التي تلته", "في الكمين والمعارك اللاحقة"])
def test_second_side_told_with_two_triggers_is_added(extractor, acts):
    text = ("وقال المرصد، الثلاثاء، إن 16 عنصرا على الأقل من قوات النظام قتلوا في كمين نصبه تنظيم داعش ليل الاثنين "
            "في بادية تدمر. وأضاف أن 5 على الأقل من مسلحي التنظيم قتلوا، فضلا عن إصابة آخرين "
            f"{acts}.")
    assert _dead(extractor, text) == [21]


def test_one_side_told_with_two_triggers_keeps_its_count(extractor):
    # guard: one side's dead told once, by a sentence with two triggers, stay that count
    text = ("وقال المرصد، الثلاثاء، إن 16 عنصرا على الأقل من قوات النظام قتلوا خلال الكمين والاشتباكات التي "
            "شهدتها بادية تدمر ليل الاثنين مع تنظيم داعش.")
    assert _dead(extractor, text) == [16]
