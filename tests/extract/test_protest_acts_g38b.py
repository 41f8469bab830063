"""Happenings no rule read on unseen news, on sentences of our own (branch g38b): protesters who block a road or an
entrance protest, protesters who set fire riot, and a curfew told as «منع التجول»."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-09-07"  # a Friday


def _events(extractor, text: str) -> list[tuple[str, str, list[str]]]:
    doc = read_doc(extractor, text, PUB)
    return [(e.event_type, e.sub_event_type, e.rule_ids) for e in doc.events]


def _has(events: list[tuple[str, str, list[str]]], et: str, rule: str) -> bool:
    return any(t == et and rule in rules for t, _s, rules in events)


@pytest.mark.parametrize("text, rule", [
    ("وسد المتظاهرون مدخل ميناء أم قصر صباح الخميس.", "tr-pro-14200"),
    ("وأغلق المحتجون الطريق الرئيسي في مدينة الكوت يوم الخميس.", "tr-pro-14207"),
])
def test_protesters_who_block_a_road_protest(extractor, text, rule):
    assert _has(_events(extractor, text), "Protests", rule)


@pytest.mark.parametrize("text", [
    "وأغلقت قوات الأمن الطريق الرئيسي في مدينة الكوت يوم الخميس.",
    # the protesters named as those kept away, not as those who block
    "وأغلقت قوات الأمن الطرق المؤدية إلى ساحة التحرير في بغداد لمنع المتظاهرين من الوصول إليها يوم الخميس.",
])
def test_blocking_by_others_is_no_protest(extractor, text):
    assert not any(t == "Protests" and any(r.startswith("tr-pro-142") for r in rules)
                   for t, _s, rules in _events(extractor, text))


def test_protesters_who_set_fire_riot(extractor):
    text = "وأشعل المحتجون النيران في مبنى المجلس المحلي في قضاء القرنة يوم الخميس."
    assert _has(_events(extractor, text), "Riots", "tr-riot-14202")


def test_setting_fire_without_protesters_is_no_riot(extractor):
    text = "وأشعل الجنود النيران في الأعشاب قرب مدينة القرنة يوم الخميس."
    assert not _has(_events(extractor, text), "Riots", "tr-riot-14202")


def test_a_curfew_told_as_man_al_tajawwul(extractor):
    text = "أعلنت قوى الأمن في مدينة الرقة، الخميس، فرض حالة طوارئ ومنعا للتجول لمدة يومين."
    assert _has(_events(extractor, text), "Strategic developments", "tr-oth-14205")
