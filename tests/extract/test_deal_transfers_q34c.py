"""Transfers of territory under a deal, on sentences of our own (branch q34c): a taking told with the deal it was
made under, or after the fighters' evacuation ended, is a non-violent transfer (trigger_cues agreement, rf-nvt-1/2),
and a leaving told under a deal is supported by it (step.py DEAL)."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-05-10"  # a Thursday
NVT = "Non-violent transfer of territory"


def _run(extractor, text, published=PUB):
    return read_doc(extractor, text, published)


def _subs(doc) -> list[str]:
    # the deal behind a transfer told under one is an Agreement of its own (g101f, test_g101f_deal_behind.py)
    return [e.sub_event_type for e in doc.events if "deal-behind-72000" not in e.rule_ids]


@pytest.mark.parametrize("text", [
    # the deal with its article (the old cue read only "بموجب اتفاق")
    "استعاد الجيش السوري السيطرة على بلدة الرحيبة الأربعاء بموجب الاتفاق المبرم مع روسيا.",
    # another frame of the deal
    "سيطر الجيش السوري على بلدة الرحيبة الأربعاء في إطار الاتفاق مع الفصائل.",
    # the fighters' evacuation ended before the taking
    "سيطر الجيش السوري على بلدة الرحيبة الأربعاء بعد انتهاء عملية إجلاء المسلحين منها.",
])
def test_a_taking_under_a_deal_is_a_transfer(extractor, text):
    doc = _run(extractor, text)
    assert _subs(doc) == [NVT]
    assert "rf-nvt-1" in doc.events[0].rule_ids


def test_a_taking_without_a_deal_stays_a_battle(extractor):
    doc = _run(extractor, "سيطر الجيش السوري على بلدة الرحيبة الأربعاء بعد معارك عنيفة مع الفصائل.")
    assert _subs(doc) == ["Government regains territory"]


def test_fighters_leaving_under_a_deal_in_the_present(extractor):
    # "يغادر" (tr-nvt-12100) is the present of the leaving; the deal supports it (credible:agreement)
    doc = _run(extractor, "ويغادر مسلحو المعارضة بلدة الرحيبة حاليا بموجب اتفاق شاركت روسيا في التوصل إليه.")
    assert _subs(doc) == [NVT]
    assert {"tr-nvt-12100", "credible:agreement"} <= set(doc.events[0].rule_ids)


def test_a_deal_supports_a_leaving_told_with_no_day(extractor):
    text = "بدأ مسلحو الفصائل الخروج من بلدة الرحيبة بموجب اتفاق إجلاء يسلم البلدة إلى الحكومة."
    doc = _run(extractor, text)
    ev = next(e for e in doc.events if e.sub_event_type == NVT)
    assert "credible:agreement" in ev.rule_ids
