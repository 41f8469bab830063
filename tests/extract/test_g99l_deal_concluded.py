"""g99l: a deal concluded told by «عقد» («عقدت الحكومة اتفاقا مع الفصائل»، «تحدثت عن عقد اتفاق») was no event: «عقد»
is no agreement_made cue (it holds meetings and summits too), so the bare «اتفاق» fell as needs:agreement_made.
triggers.tsv tr-agr-65200 «عقد* اتفاق*» reads the verb with the deal as its object, as «أبرم» is read.
Sentences composed for the tests."""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc, subs_and_rules

PUB = "2018-05-14"


def _agreements(extractor, text: str) -> list[list[str]]:
    return [rules for sub, rules in subs_and_rules(extractor, text, PUB) if sub == "Agreement"]


@pytest.mark.parametrize("text", [
    "وقالت مصادر محلية إن القوات الحكومية عقدت اتفاقا مع فصائل المعارضة في بلدة الرستن يوم الأحد يقضي بخروج المقاتلين.",
    "وأشار التلفزيون الرسمي إلى عقد اتفاق مع فصيل فيلق الرحمن السبت يسمح لمقاتليه بالمغادرة إلى إدلب خلال يومين.",
])
def test_a_deal_concluded_with_aqad_is_an_agreement(extractor, text):
    got = _agreements(extractor, text)
    assert len(got) == 1 and "tr-agr-65200" in got[0]


@pytest.mark.parametrize("text", [
    # a condition: a threat over a deal that may be made
    "وحذرت أنقرة من أن دمشق ستدفع الثمن إذا عقدت اتفاقا مع المقاتلين الأكراد في منبج.",
    # a purpose: talks held in order to conclude one
    "واجتمع الوفد الروسي مع ممثلي الفصائل في بصرى الشام الاثنين من أجل عقد اتفاق جديد حول المدينة.",
])
def test_a_deal_not_concluded_stays_no_agreement(extractor, text):
    assert _agreements(extractor, text) == []


def test_a_meeting_held_is_no_agreement(extractor):
    """Guard: «عقد» with a meeting, beside a deal named as its subject, concludes nothing."""
    doc = read_doc(extractor, "وعقد وفد المعارضة اجتماعا مع الضباط الروس الثلاثاء لبحث الاتفاق المقترح حول درعا.", PUB)
    assert [e for e in doc.events if e.sub_event_type == "Agreement"] == []
