"""Evacuations told by their buses (branch g39d): a past-tense departure of counted buses from a town is an evacuation
that took place even when the sentence names no fighters ("خرجت 40 حافلة من بلدة ..."); the deal's terms and a
departure planned stay dropped, and people fleeing on buses are no transfer."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-05-10"  # a Thursday
SD = "Strategic developments"
NVT = "Non-violent transfer of territory"


def _nvt(extractor, text):
    doc = read_doc(extractor, text, PUB)
    return [e for e in doc.events if e.event_type == SD and e.sub_event_type == NVT], doc


@pytest.mark.parametrize("text", [
    "خرجت مساء الأربعاء نحو أربعين حافلة من بلدة طفس في ريف درعا متوجهة إلى الشمال السوري.",
    "وقالت الوكالة الرسمية إن قافلة مكونة من 12 حافلة تقل 600 شخص غادرت بلدة طفس الأربعاء.",
    "وأعلنت الوكالة الرسمية الأربعاء إخراج 25 حافلة تقل المئات من بلدة طفس باتجاه الشمال.",
])
def test_buses_that_left_a_town_are_an_evacuation(extractor, text):
    events, doc = _nvt(extractor, text)
    assert events, [(e.sub_event_type, e.rule_ids) for e in doc.events]
    assert any(r.startswith("tr-nvt-170") for e in events for r in e.rule_ids)


@pytest.mark.parametrize("text", [
    # the terms of the deal
    "وينص الاتفاق الموقع الأربعاء على خروج الحافلات من بلدة طفس إلى الشمال السوري خلال يومين.",
    # planned
    "ومن المقرر أن تغادر الحافلات بلدة طفس غدا الجمعة باتجاه الشمال.",
    # people fleeing on buses
    "وفر آلاف المدنيين من بلدة طفس الأربعاء وغادروا في حافلات وسيارات هربا من القصف.",
])
def test_buses_in_terms_plans_or_flight_make_no_transfer(extractor, text):
    events, doc = _nvt(extractor, text)
    assert not events, [(e.sub_event_type, e.rule_ids) for e in doc.events]
