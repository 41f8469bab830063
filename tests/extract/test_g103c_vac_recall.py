"""Violence against civilians recall (branch g103c), on sentences of our own.

An attack told by its launching («هجوم شنه»، «هاجم») with the civilians or unarmed people it killed, by an armed
non-state group or unknown gunmen, is that attack on civilians, not an armed clash (filters.attacks_on_people, 75700);
an armed side hit, a battle or a state's attack keep the clash. «على يد عناصر من X» names X as the killer; men and
villagers counted are unarmed people; an officer who reports a killing is no armed victim of it.
"""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc

PUB = "2018-05-04"
VAC = "Violence against civilians"
IS = "Islamic State (Iraq and Syria)"


def _read(extractor, text):
    return read_doc(extractor, text, PUB, title="تطورات")


def _types(doc):
    return [(e.event_type, e.actor1) for e in doc.events]


@pytest.mark.parametrize("text, dead", [
    ("قتل ستة أشخاص في هجوم شنه مسلحو داعش على قرية البوعيثة جنوب كركوك ليل الخميس.", 6),
    ("هاجم مسلحو داعش قرية البوعيثة جنوب كركوك يوم الخميس وقتلوا سبعة مدنيين.", 7),
    ("هاجم مسلحون من تنظيم داعش قرية البوعيثة جنوب كركوك يوم الخميس وقتلوا أربعة من سكانها.", 4),
])
def test_attack_on_a_village_that_killed_people_is_an_attack_on_civilians(extractor, text, dead):
    doc = _read(extractor, text)
    assert _types(doc) == [(VAC, IS)], (_types(doc), doc.dropped)
    assert doc.events[0].fatalities == dead
    assert "attack-on-people-75700" in doc.events[0].rule_ids


@pytest.mark.parametrize("text", [
    # an armed side among the dead: the attack was fought
    "قتل ثلاثة مدنيين وعنصران من الحشد الشعبي في هجوم شنه مسلحو داعش على قرية قرب كركوك يوم الخميس.",
    # a state force's attack on a town: no one-sided attack on civilians by this rule
    "قتل خمسة أشخاص في هجوم شنته قوات النظام على بلدة كفرنبل يوم الخميس.",
])
def test_fought_or_state_attacks_stay_clashes(extractor, text):
    doc = _read(extractor, text)
    assert all(e.event_type != VAC for e in doc.events), _types(doc)
    assert any(e.event_type == "Battles" for e in doc.events), _types(doc)


def test_killers_named_by_their_members_after_by_phrase(extractor):
    doc = _read(extractor, "قتل ثلاثة مدنيين على يد عناصر من تنظيم داعش قرب بلدة هجين يوم الخميس.")
    assert _types(doc) == [(VAC, IS)], (_types(doc), doc.dropped)


def test_a_man_and_his_wife_killed_by_unknown_men(extractor):
    doc = _read(extractor, "قتل مجهولون رجلا وزوجته داخل منزلهما في مدينة الموصل يوم الخميس.")
    assert _types(doc) == [(VAC, "Unidentified Armed Group (Iraq)")], (_types(doc), doc.dropped)


def test_reporting_officer_is_no_armed_victim(extractor):
    doc = _read(extractor, 'وقال ضابط في الشرطة: "قامت عصابات داعش بقتل 12 شخصا عند حاجز وهمي على طريق تكريت" يوم الخميس.')
    assert _types(doc) == [(VAC, IS)], (_types(doc), doc.dropped)
    assert doc.events[0].fatalities == 12


@pytest.mark.parametrize("text, dead", [
    ("عثرت الشرطة على جثة رجل مقتول بالرصاص في قضاء المقدادية يوم الخميس.", 1),
    ("عثرت قوات الأمن على جثث ثلاثة أشخاص مكبلي الأيدي وعليها آثار إطلاق نار في منطقة الطارمية يوم الخميس.", 3),
])
def test_body_found_with_the_marks_of_its_killing_is_an_attack(extractor, text, dead):
    doc = _read(extractor, text)
    assert _types(doc) == [(VAC, "Unidentified Armed Group (Iraq)")], (_types(doc), doc.dropped)
    assert doc.events[0].fatalities == dead
    assert "tr-vac-75701" in doc.events[0].rule_ids or "tr-vac-75702" in doc.events[0].rule_ids


def test_bodies_under_rubble_of_a_strike_are_no_attack_of_gunmen(extractor):
    doc = _read(extractor, "عثرت فرق الدفاع المدني على جثث 20 شخصا تحت أنقاض مبنى دمرته الغارات في دوما يوم الخميس.")
    assert all(e.event_type != VAC for e in doc.events), _types(doc)
