"""Battles recall (branch g104g), on sentences of our own: offensives pressed on or begun on a day.

An offensive's operations pressed on («استأنفت القوات الاثنين عملياتها»، «كثف الجيش عملياته») are a clash, as «هجومها»
pressed on is (triggers.tsv tr-clash-82000..82002, needs offensive_pressed). An offensive begun on a day told right
before its noun («بدأت قوات ... الاثنين عملياتها لطرد ...»، «أطلقت القوات فجر الأحد هجوما») is a clash of that day
(tr-clash-82010..82013, needs offensive_begun+begun_day_object): the aim «لطرد» no longer leaves the sentence empty.
A verb of beginning with no day so told recalls an offensive's start and makes nothing.
"""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc

PUB = "2018-06-27"  # a Wednesday
BATTLES = "Battles"


def _clashes(extractor, text):
    doc = read_doc(extractor, text, PUB, title="تطورات")
    return [e for e in doc.events if e.event_type == BATTLES and e.sub_event_type == "Armed clash"], doc


@pytest.mark.parametrize("text, rule, day", [
    # pressed on
    ("استأنفت القوات النظامية الاثنين عملياتها العسكرية ضد تنظيم داعش في حي الحجر الأسود جنوب دمشق.",
     "tr-clash-82000", "2018-06-25"),
    ("وكثف الجيش السوري عملياته، الثلاثاء، في الجزء الأوسط من الغوطة الشرقية.", "tr-clash-82001", "2018-06-26"),
    # begun on a day told right before the noun
    ("بدأت قوات سوريا الديمقراطية الاثنين عملياتها لطرد مسلحي تنظيم داعش من بلدة هجين في ريف دير الزور.",
     "tr-clash-82010", "2018-06-25"),
    ("أطلقت القوات العراقية فجر الأحد هجوما واسعا على مواقع التنظيم في صحراء الأنبار.", "tr-clash-82013", "2018-06-24"),
])
def test_operations_pressed_on_or_begun_on_a_day_are_a_clash_of_that_day(extractor, text, rule, day):
    clashes, doc = _clashes(extractor, text)
    assert [e.date_start for e in clashes] == [day], (clashes, doc.dropped)
    assert rule in clashes[0].rule_ids


@pytest.mark.parametrize("told, untold", [
    # operations pressed on, and a group's operations in general
    ("واصلت القوات العراقية الثلاثاء عملياتها العسكرية ضد مسلحي التنظيم في قضاء القائم.",
     "تمول الجماعة المتشددة عملياتها من تهريب النفط عبر الحدود."),
    # an offensive begun on a day, and the same verb with no day before the noun: a recalled start
    ("بدأت القوات الحكومية الأحد هجوما واسعا على الريف الشرقي لمحافظة درعا.",
     "فر آلاف المدنيين من ريف درعا منذ بدأت القوات الحكومية هجوما لاستعادة السيطرة على المنطقة."),
    ("بدأت القوات الحكومية الأحد هجوما واسعا على الريف الشرقي لمحافظة درعا.",
     "وبدأت القوات الحكومية هجوما واسعا على الريف الشرقي لمحافظة درعا قبل نحو شهرين."),
])
def test_only_operations_pressed_on_or_begun_on_a_day_make_a_clash(extractor, told, untold):
    clashes, doc = _clashes(extractor, told)
    assert len(clashes) == 1, (clashes, doc.dropped)
    clashes, doc = _clashes(extractor, untold)
    assert clashes == [], clashes
