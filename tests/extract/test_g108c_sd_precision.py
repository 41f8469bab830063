"""g108c (strategic developments precision audit): a charge standing in the present and an obligation denied.

- A present-tense accusation («تتهمها إسرائيل بإقامة قاعدة»، «يتهم ... بنشر قوات») is a standing charge, not a base set up
  or a force moved on a day: md-bg-26801..26871 read Headquarters or base established and Change to group/activity too.
- A negated obligation («الاتفاق لا يفرض على النظام سحب سلاحه»: md-neg-113000..113005) tells an act nobody has to do,
  not one done.
- A deal's clauses named as such («اتفاقية أهم بنودها تسليم السلاح الثقيل»: md-terms-113010, 113011) are its terms.
- The feminine and plural present of the call verb («منشورات ... تدعو المقاتلين إلى إلقاء السلاح»: md-call-113020..113023)
  calls for the act; the leaflets dropped stay an event of their own."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-10-14"  # a Sunday
HQ = "Headquarters or base established"
CHG = "Change to group/activity"


def _of(doc, sub):
    return [e for e in doc.events if e.sub_event_type == sub]


@pytest.mark.parametrize("text", [
    "وتوترت العلاقات بين البلدين، إذ تتهمها واشنطن بإقامة قاعدة عسكرية قرب مدينة دير الزور.",
    "ويتهم المسؤولون الأتراك الحزب بإقامة قاعدة جديدة في جبال قنديل.",
])
def test_present_accusation_of_a_base_is_no_base(extractor, text):
    doc = read_doc(extractor, text, PUB)
    assert _of(doc, HQ) == []
    assert "modality:background" in {d["reason"] for d in doc.dropped}


def test_base_set_up_told_as_news_stays(extractor):
    doc = read_doc(extractor, "وأعلن الجيش التركي، السبت، إقامة قاعدة عسكرية جديدة قرب بلدة سيدكان.", PUB)
    assert len(_of(doc, HQ)) == 1


@pytest.mark.parametrize("text", [
    "وقال مصدر معارض إن الاتفاق لا يفرض على الفصائل سحب سلاحها الثقيل من محيط بلدة اللطامنة.",
    "وأوضح المرصد أن الاتفاق لا يلزم القوات الحكومية سحب أسلحتها الثقيلة من ريف بلدة مورك.",
])
def test_obligation_denied_is_no_withdrawal(extractor, text):
    doc = read_doc(extractor, text, PUB)
    assert _of(doc, CHG) == []
    assert "modality:negation" in {d["reason"] for d in doc.dropped}


def test_withdrawal_done_beside_a_deal_stays(extractor):
    doc = read_doc(extractor, "وقال المرصد إن الفصائل بدأت، السبت، سحب سلاحها الثقيل من محيط بلدة اللطامنة بموجب الاتفاق.", PUB)
    assert len(_of(doc, CHG)) == 1


@pytest.mark.parametrize("text", [
    "وتم التوصل إلى اتفاق في بلدة الضمير أهم بنوده تسليم السلاح الثقيل للقوات الحكومية.",
    "وأعلنت الفصائل التوصل إلى اتفاقية مع الجانب الروسي في بلدة جيرود أبرز بنودها تسليم السلاح الثقيل.",
])
def test_clauses_of_a_deal_are_terms(extractor, text):
    doc = read_doc(extractor, text, PUB)
    assert _of(doc, CHG) == []
    assert "modality:terms" in {d["reason"] for d in doc.dropped}


def test_leaflets_calling_to_lay_down_arms_tell_no_surrender(extractor):
    doc = read_doc(extractor, "وألقت مروحيات الجيش، السبت، منشورات فوق بلدة اللطامنة تدعو المسلحين إلى إلقاء السلاح.", PUB)
    assert _of(doc, CHG) == []
    assert "modality:call" in {d["reason"] for d in doc.dropped}
    assert len(_of(doc, "Other")) == 1
