"""The first side (actor1) of a clash: the group that laid an ambush («كمين نصبه مسلحو تنظيم داعش») is its agent, not
the side killed in it; a clash between one named group and a side the tables do not name («بين ميليشيات عصائب أهل
الحق وأبناء العشائر») has the named group first, not a backer or the document's main actor (branch g94a; sentences
of our own)."""
from __future__ import annotations

from marsad_testdata import fields_of

PUB = "2018-03-05"
CLASH = "Armed clash"


def _clash_sides(extractor, text: str) -> list[tuple]:
    return [(a1, a2) for st, a1, a2 in fields_of(extractor, text, PUB, "sub_event_type", "actor1", "actor2")
            if st == CLASH]


def test_ambush_layer_is_agent(extractor):
    text = "قتل 12 عنصرا من قوات الحشد الشعبي في كمين نصبه مسلحو تنظيم داعش قرب مدينة كركوك يوم الأحد."
    assert _clash_sides(extractor, text) == [("Islamic State (Iraq and Syria)", "PMF: Popular Mobilization Forces")]


def test_ambush_layer_after_feminine_verb(extractor):
    text = "قتل ستة جنود من الجيش العراقي في كمين نصبته عناصر تنظيم داعش في صحراء الأنبار يوم الأحد."
    sides = _clash_sides(extractor, text)
    assert sides and sides[0][0] == "Islamic State (Iraq and Syria)"


def test_lone_named_side_of_clash_is_first(extractor):
    # the backer («الموالية لإيران») is not the first side; nor is it the clash's target's foe
    text = "اندلعت اشتباكات مساء الأحد بين ميليشيات عصائب أهل الحق الموالية لإيران وأبناء العشائر في قضاء الدجيل."
    assert _clash_sides(extractor, text) == [("Asaib Ahl al Haq", None)]
