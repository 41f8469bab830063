"""Takings of territory with the wrong taker or no ground at all (branch g91a), on sentences of our own.

- An agentless regaining («استعادة السيطرة على ...») whose sentence names a state force as its other side is that
  state's regaining: borrowing another agent of the report gave it to the side that lost (step._state_regainer).
  A force named right after a word of "from" («من قوات النظام») is the side that lost, and stays so.
- «استعاد» of a thing that is no ground (activity, a role, comments) is another sense of the word
  (modality.tsv md-sense-56800..56822).
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-10"  # a Thursday
TAKINGS = ("Government regains territory", "Non-state actor overtakes territory")
ARMY = "Military Forces of Syria (2000-)"


def _takings(extractor, text):
    doc = read_doc(extractor, text, PUB, title="خبر")
    return [(e.sub_event_type, e.actor1, e.location) for e in doc.events if e.sub_event_type in TAKINGS]


def test_agentless_regaining_with_the_army_named_is_the_armys(extractor):
    text = ("وقالت الفصائل المعارضة إنها صدت هجوما في ريف حماة الشمالي.\n"
            "ويأتي الإعلان عن استعادة السيطرة على مدينة الرستن يوم الأربعاء، في وقت تشن قوات النظام السوري "
            "حملة قصف على ريف حماة.\n")
    found = _takings(extractor, text)
    assert found and all(st == "Government regains territory" and a1 == ARMY for st, a1, _ in found)


def test_army_named_after_from_is_not_the_regainer(extractor):
    text = ("وقالت الفصائل المعارضة إنها صدت هجوما في ريف حماة الشمالي.\n"
            "وتحدث ناشطون عن استعادة السيطرة على مدينة الرستن يوم الأربعاء من قوات النظام السوري بعد معارك.\n")
    assert all(a1 != ARMY for _, a1, _ in _takings(extractor, text))


def test_regaining_activity_is_no_taking(extractor):
    text = "واستعادت الفصائل المعارضة يوم الأربعاء نشاطها في ريف إدلب الجنوبي بعد أشهر من الهدوء.\n"
    assert _takings(extractor, text) == []


def test_regaining_a_role_is_no_taking(extractor):
    text = "وقال المسؤول يوم الأربعاء إن الحكومة تستعيد دور الدولة في مدينة حماة.\n"
    assert _takings(extractor, text) == []
