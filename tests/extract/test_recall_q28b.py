"""Recall on unseen news, on sentences of our own (branch q28b): a side's dead soldiers told without the act, and
trigger words their sentence does not license."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-03-02"  # a Friday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _clashes(doc):
    return [e for e in doc.events if e.sub_event_type == "Armed clash"]


@pytest.mark.parametrize("text", [
    # «مقتل» with soldiers or fighters counted (tr-clash-7400, trigger_cues troops_counted)
    "وأعلن الجيش الخميس مقتل خمسة من جنوده وإصابة تسعة آخرين في منطقة عفرين.",
    "وأعلنت الوحدات الكردية الخميس مقتل 12 جنديا تركيا قرب بلدة راجو.",
    # «بمقتل» (tr-clash-7401)
    "وأفاد المرصد الخميس بمقتل 19 عنصرا من قوات النظام في حي الحجر الأسود جنوبي دمشق.",
])
def test_a_sides_dead_soldiers_tell_the_fighting(extractor, text):
    clashes = _clashes(_run(extractor, text))
    assert clashes and {"tr-clash-7400", "tr-clash-7401"} & set(clashes[0].rule_ids)


@pytest.mark.parametrize("text", [
    # the dead of a strike, a bombing, a crash or a tally (needs !air, !explosive, !projectile, !toll_cause)
    "وأسفرت الضربات الإسرائيلية على مواقع في ريف حمص الخميس عن مقتل 23 عنصرا.",
    "وأعلن الجيش الخميس مقتل ثلاثة من جنوده في انفجار عبوة ناسفة قرب بلدة راجو.",
    "وقال المتحدث إن تحطم المروحية الخميس أسفر عن مقتل جنديين قرب بلدة راجو.",
    "وأحصى المرصد الخميس مقتل 52 شخصا بينهم 30 مقاتلا في بلدة الهري.",
    # dead civilians are no soldiers (!civilian)
    "وأعلن الجيش الخميس مقتل جنديين وثلاثة مدنيين في منطقة عفرين.",
    # no soldiers counted: a bare «مقتل» is no clash
    "وأعلنت الشرطة الخميس مقتل رجل في مدينة عفرين.",
])
def test_dead_of_another_cause_are_no_clash(extractor, text):
    assert not any("tr-clash-7400" in e.rule_ids for e in _run(extractor, text).events)


def test_a_toll_since_a_start_stays_a_total(extractor):
    doc = _run(extractor, "وأحصت تركيا مقتل 42 من جنودها على الأقل منذ بدء هجومها على عفرين.")
    assert _clashes(doc) == []


def test_a_trigger_its_sentence_does_not_license_stops_no_name(extractor):
    # «قتل» without civilians is no trigger (tr-vac-15 needs civilian): it neither makes a frame nor keeps the
    # chemical attack from naming Douma, so the attack told again is the known one (campaigns cp-700), not the
    # happening of the pledge's day
    doc = _run(extractor, "وتعهد الرئيسان الأحد برد قوي مشترك على هجوم كيميائي مفترض قتل العشرات في دوما.",
               published="2018-04-09")
    chem = [e for e in doc.events if e.sub_event_type == "Chemical weapon"]
    assert chem and "cp-700" in chem[0].rule_ids
    assert any(d["rule_id"] == "tr-vac-15" and d["reason"].startswith("needs:") for d in doc.dropped)
