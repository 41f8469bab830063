"""Attacks on civilians told without the word civilians (branch g102f), on sentences of our own.

People counted or named by a trade («أشخاص»، «رعاة»، «صيادين») killed by a named armed group or unknown gunmen are that
group's attack on civilians (tr-vac-74000); bodies found of people an armed group held are its killing (tr-vac-74002..
74005). A state force killing «أشخاص», a killing only said by a speaker, fighters' bodies and tallies stay out; a member
of an armed group killed is no civilian, and a court's execution no attack.
"""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc

PUB = "2018-05-04"
VAC = "Violence against civilians"
IS = "Islamic State (Iraq and Syria)"
UNID = "Unidentified Armed Group (Iraq)"


def _read(extractor, text):
    return read_doc(extractor, text, PUB, title="تطورات")


def _vac(doc):
    return [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events if e.event_type == VAC]


@pytest.mark.parametrize("text, agent", [
    ("قتل مسلحون مجهولون أربعة صيادين قرب البصرة يوم الخميس.", UNID),
    ("أقدم مسلحون من داعش على قتل ثلاثة رعاة في صحراء الأنبار يوم الخميس.", IS),
    ("قتل مسلحون ينتمون لتنظيم داعش ستة أشخاص عند حاجز وهمي على طريق كركوك يوم الخميس.", IS),
])
def test_unarmed_people_killed_by_armed_group_are_an_attack(extractor, text, agent):
    doc = _read(extractor, text)
    assert _vac(doc) == [("Attack", agent, "Civilians (Iraq)")], (_vac(doc), doc.dropped)
    assert "tr-vac-74000" in doc.events[0].rule_ids


def test_civilians_killed_by_gunmen_of_a_named_group_are_that_groups_attack(extractor):
    # the group named beside the gunmen is theirs, not the attack's target
    doc = _read(extractor, "قتل مسلحون ينتمون لتنظيم داعش ستة مدنيين في قرية قرب كركوك يوم الخميس.")
    assert _vac(doc) == [("Attack", IS, "Civilians (Iraq)")], (_vac(doc), doc.dropped)


def test_bodies_of_people_held_by_a_group_are_its_killing(extractor):
    doc = _read(extractor, "عثرت القوات الأمنية يوم الخميس على جثث سبعة مخطوفين لدى تنظيم داعش قرب مدينة تكريت.")
    assert _vac(doc) == [("Attack", IS, "Civilians (Iraq)")], (_vac(doc), doc.dropped)
    assert doc.events[0].fatalities == 7


def test_court_execution_is_no_attack(extractor):
    doc = _read(extractor, "أعدمت السلطات العراقية يوم الخميس 12 مدانا بالإرهاب في سجن الناصرية.")
    assert not _vac(doc), _vac(doc)


def test_member_of_a_militia_shot_is_no_civilian(extractor):
    doc = _read(extractor, "قتل عنصر في الحشد الشعبي برصاص مسلحين مجهولين في مدينة كركوك يوم الخميس.")
    assert not _vac(doc), _vac(doc)


@pytest.mark.parametrize("text", [
    # a state force: the people it killed are suspects as often as bystanders
    "قتلت القوات الأمنية خمسة أشخاص يشتبه بانتمائهم لتنظيم داعش في مدينة كركوك يوم الخميس.",
    # the speaker before «إن» is no killer
    "وقال ناشطون معارضون إنه قتل أكثر من 40 شخصا في مدينة دوما يوم الخميس.",
    # fighters' bodies, no captives
    "عثرت القوات العراقية يوم الخميس على جثث عشرين عنصرا من داعش قرب الموصل.",
    # a tally since a campaign began
    "وقتل مئات الأشخاص منذ بدء هجوم التنظيم على المنطقة قبل أشهر.",
])
def test_guards_keep_other_killings_out(extractor, text):
    doc = _read(extractor, text)
    assert not _vac(doc), (_vac(doc), doc.dropped)
