"""g108s (fatalities audit, second sample): two ways a told toll was lost.

1. A count followed by the wounded joined by «و» («قتل 5 وجرح 4»، «مقتل 9 وإصابة 50»، «قتل ليلة أمس 5 أشخاص، وأصيب
4») was tied to the wounded word after it (the noun after a number wins a tie) and counted no dead. The wounded
joined by «و» open their own clause (frames.pick_fatalities).

2. A sentence read twice undid the sum of a clash's two sides.

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


VAC = "Attack"
AIR = "Air/drone strike"


@pytest.mark.parametrize("told,sub", [
    ("قتل 6 وجرح 3", CLASH),  # no word of civilians: the attack is read as a clash
    ("قتل ليلة أمس 6 أشخاص، وجرح 3 آخرون", VAC),
    ("قتل مساء الأربعاء 6 أشخاص، وأصيب 3 آخرون", VAC),
])
def test_count_before_the_wounded_joined_by_wa(extractor, told, sub):
    text = f"وقال مصدر في الشرطة إنه {told} إثر هجوم شنه مسلحون من تنظيم داعش على قرية في محافظة كركوك."
    assert [ev.fatalities for ev in events_of(extractor, text, sub, PUB)] == [6]


def test_death_noun_then_wounded_joined_by_wa(extractor):
    text = "قصفت طائرات حربية مقرا لحزب معارض في بلدة كويسنجق الأحد، وأسفر القصف عن مقتل 11 وإصابة نحو 30 آخرين."
    assert [ev.fatalities for ev in events_of(extractor, text, AIR, PUB)] == [11]


def test_wounded_only_stays_without_dead(extractor):
    # guard: a count of the wounded alone is still no toll
    text = "قصفت طائرات حربية مقرا لحزب معارض في بلدة كويسنجق الأحد، وأسفر القصف عن إصابة 30 شخصا وجرح 4 آخرين."
    assert [ev.fatalities for ev in events_of(extractor, text, AIR, PUB)] in ([0], [None])
