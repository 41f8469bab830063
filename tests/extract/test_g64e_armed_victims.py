"""Soldiers, police and checkpoints attacked (branch g64e), on sentences of our own.

ACLED: an armed group's attack on soldiers, police or a checkpoint is Battles/Armed clash even when told one-sided
(a sniper, a raid on a checkpoint or patrol); Violence against civilians is for unarmed victims. Soldiers shot by a
sniper were an attack on civilians (tr-vac-8), and «هجوم على حاجز» triggered nothing. Executions of captives stay
violence against civilians (the unarmed_or_captive cues keep rf-vac-44000 from acting).
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-04-05"  # a Thursday
CLASH = ("Battles", "Armed clash")
VAC = ("Violence against civilians", "Attack")


def _events(extractor, text):
    doc = read_doc(extractor, text, PUB, title="خبر")
    return [(e.event_type, e.sub_event_type) for e in doc.events]


def test_soldiers_shot_by_a_sniper_are_a_clash(extractor):
    text = "قتل جنديان برصاص قناص عند أطراف مدينة درعا يوم الأربعاء.\n"
    events = _events(extractor, text)
    assert CLASH in events and VAC not in events


def test_civilians_shot_by_a_sniper_stay_an_attack_on_civilians(extractor):
    text = "قتل ثلاثة مدنيين برصاص قناص عند أطراف مدينة درعا يوم الأربعاء.\n"
    assert VAC in _events(extractor, text)


def test_soldiers_executed_stay_an_attack_on_civilians(extractor):
    text = "أعدم مسلحو التنظيم خمسة جنود أسرى في مدينة الرقة يوم الأربعاء.\n"
    assert CLASH not in _events(extractor, text)


def test_police_killed_in_an_attack_on_a_checkpoint_make_a_clash(extractor):
    text = "قتل ثلاثة عناصر من الشرطة في هجوم مسلح على حاجز في مدينة الموصل يوم الأربعاء.\n"
    assert CLASH in _events(extractor, text)


def test_soldier_killed_in_an_attack_on_a_patrol_makes_a_clash(extractor):
    text = "قتل جندي في هجوم على دورية للجيش قرب مدينة الموصل يوم الأربعاء.\n"
    assert CLASH in _events(extractor, text)


def test_condemning_the_attack_on_the_checkpoint_is_no_event(extractor):
    text = "دان الوزير الهجوم على الحاجز في مدينة الموصل يوم الأربعاء.\n"
    assert CLASH not in _events(extractor, text)
