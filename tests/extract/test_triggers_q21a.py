"""Happenings told with words Marsad did not know (branch q21a), on sentences of our own: protesters who burn
something or cut a road."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"


def _run(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB)))


@pytest.mark.parametrize("text, rule", [
    ("وأحرق المئات من المتظاهرين علما كبيرا في مدينة البصرة مساء الأحد.", "tr-riot-3500"),
    ("وأقدم محتجون غاضبون على إحراق سيارة حكومية في مدينة الناصرية أمس.", "tr-riot-3501"),
    ("وهتف المتظاهرون خلال حرق لافتة كبيرة في مدينة العمارة يوم السبت.", "tr-riot-3502"),
])
def test_protesters_who_burn_riot(extractor, text, rule):
    doc = _run(extractor, text)
    riots = [e for e in doc.events if e.sub_event_type == "Violent demonstration"]
    assert riots and rule in riots[0].rule_ids, [(e.sub_event_type, e.rule_ids) for e in doc.events]


def test_burning_without_protesters_is_no_riot(extractor):
    doc = _run(extractor, "وأحرق المزارعون بقايا المحصول في حقولهم قرب مدينة البصرة أمس.")
    assert not [e for e in doc.events if e.event_type == "Riots"], [(e.sub_event_type, e.rule_ids) for e in doc.events]


def test_protesters_who_cut_a_road_protest(extractor):
    doc = _run(extractor, "وقطع محتجون الطريق الرئيسي في مدينة الناصرية صباح الثلاثاء.")
    assert [e.sub_event_type for e in doc.events] == ["Peaceful protest"], doc.dropped
    assert "tr-pro-3500" in doc.events[0].rule_ids


def test_cutting_a_road_without_protesters_is_no_protest(extractor):
    doc = _run(extractor, "وقطعت القوات الحكومية الطريق بين المدينتين قرب مدينة الناصرية أمس.")
    assert not [e for e in doc.events if e.event_type == "Protests"], [(e.sub_event_type, e.rule_ids) for e in doc.events]


@pytest.mark.parametrize("text", [
    "شنت فصائل مسلحة، فجر الأحد، هجوما مباغتا على مواقع الجيش في ريف حماة الشمالي.",
    "ونفذ مسلحو التنظيم ليلة الجمعة هجوما واسعا على قاعدة عسكرية في ريف دير الزور.",
])
def test_an_attack_launched_with_the_subject_between_is_a_clash(extractor, text):
    doc = _run(extractor, text)
    clash = [e for e in doc.events if e.sub_event_type == "Armed clash"]
    assert clash and "tr-clash-3500" in clash[0].rule_ids, ([(e.sub_event_type, e.rule_ids) for e in doc.events], doc.dropped)


@pytest.mark.parametrize("text", [
    "شن الوزير هجوما حادا على الحكومة في مدينة بغداد أمس.",
    "دعا القائد إلى هجوما على المدينة في ريف حماة.",
])
def test_a_verbal_attack_or_one_not_launched_is_no_clash(extractor, text):
    doc = _run(extractor, text)
    assert not [e for e in doc.events if e.event_type == "Battles"], [(e.sub_event_type, e.rule_ids) for e in doc.events]
