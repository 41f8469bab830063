"""Attacks on civilians told by their gunfire (branch q33d), on sentences of our own.

A civilian killed "by gunfire" with no agent named was shot by someone: an unidentified armed group's attack, not a
bare count of the dead. Protesters killed by a militia's gunfire are that armed group's attack on civilians, not the
state's excessive force, and the protesters are its victims. A day of the month is no count of the dead.
"""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc

PUB = "2018-05-04"


def _read(extractor, text):
    return read_doc(extractor, text, PUB, title="تطورات")


def _kept(doc):
    return [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events]


@pytest.mark.parametrize("text", [
    "قتل طبيب بإطلاق نار أمام عيادته في مدينة الموصل يوم الخميس.",
    "قتل صحفي برصاص في مدينة كركوك يوم الخميس أثناء عودته إلى منزله.",
])
def test_civilian_killed_by_gunfire_is_an_attack_by_gunmen(extractor, text):
    doc = _read(extractor, text)
    assert [(e.sub_event_type, e.actor1) for e in doc.events] == [("Attack", "Unidentified Armed Group (Iraq)")], \
        (_kept(doc), doc.dropped)
    assert "agent-gunmen" in doc.events[0].rule_ids


def test_civilian_killed_without_gunfire_stays_a_count(extractor):
    # no agent and no gunfire: the dead of something told elsewhere
    doc = _read(extractor, "قتل طبيب أمام عيادته في مدينة الموصل يوم الخميس.")
    assert not doc.events, _kept(doc)


def test_protester_killed_by_a_militia_is_an_attack_on_civilians(extractor):
    doc = _read(extractor, "وقتل أحد المتظاهرين، الخميس، برصاص ميليشيا مسلحة في مدينة البصرة جنوبي العراق.")
    assert [(e.event_type, e.actor2) for e in doc.events] == [("Violence against civilians", "Protesters (Iraq)")], \
        (_kept(doc), doc.dropped)
    assert doc.events[0].actor1 == "Unidentified Armed Group (Iraq)"


def test_protester_killed_by_the_police_stays_excessive_force(extractor):
    doc = _read(extractor, "وقتل أحد المتظاهرين، الخميس، برصاص قوات الشرطة في مدينة البصرة جنوبي العراق.")
    assert [e.sub_event_type for e in doc.events] == ["Excessive force against protesters"], (_kept(doc), doc.dropped)


def test_day_of_the_month_is_no_count_of_the_dead(extractor):
    doc = _read(extractor, "وقتل مسلحون مجهولون في 25 من الشهر الماضي، طبيبا في مدينة الموصل.")
    assert [e.sub_event_type for e in doc.events] == ["Attack"], (_kept(doc), doc.dropped)
    assert not doc.events[0].fatalities
