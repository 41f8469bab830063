"""g108c (strategic developments precision audit): a charge standing in the present, an obligation denied, a deal's
clauses and a call in the feminine present.

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


@pytest.mark.parametrize("text, sub, reason", [
    # a present-tense accusation
    ("وتوترت العلاقات بين البلدين، إذ تتهمها واشنطن بإقامة قاعدة عسكرية قرب مدينة دير الزور.", HQ, "background"),
    ("ويتهم المسؤولون الأتراك الحزب بإقامة قاعدة جديدة في جبال قنديل.", HQ, "background"),
    # an obligation denied
    ("وقال مصدر معارض إن الاتفاق لا يفرض على الفصائل سحب سلاحها الثقيل من محيط بلدة اللطامنة.", CHG, "negation"),
    ("وأوضح المرصد أن الاتفاق لا يلزم القوات الحكومية سحب أسلحتها الثقيلة من ريف بلدة مورك.", CHG, "negation"),
    # a deal's clauses
    ("وتم التوصل إلى اتفاق في بلدة الضمير أهم بنوده تسليم السلاح الثقيل للقوات الحكومية.", CHG, "terms"),
    ("وأعلنت الفصائل التوصل إلى اتفاقية مع الجانب الروسي في بلدة جيرود أبرز بنودها تسليم السلاح الثقيل.", CHG, "terms"),
])
def test_act_told_as_no_happening(extractor, text, sub, reason):
    doc = read_doc(extractor, text, PUB)
    assert _of(doc, sub) == []
    assert f"modality:{reason}" in {d["reason"] for d in doc.dropped}


def test_leaflets_calling_to_lay_down_arms_tell_no_surrender(extractor):
    doc = read_doc(extractor, "وألقت مروحيات الجيش، السبت، منشورات فوق بلدة اللطامنة تدعو المسلحين إلى إلقاء السلاح.", PUB)
    assert _of(doc, CHG) == []
    assert "modality:call" in {d["reason"] for d in doc.dropped}
    assert len(_of(doc, "Other")) == 1


@pytest.mark.parametrize("text, sub", [
    ("وأعلن الجيش التركي، السبت، إقامة قاعدة عسكرية جديدة قرب بلدة سيدكان.", HQ),
    ("وقال المرصد إن الفصائل بدأت، السبت، سحب سلاحها الثقيل من محيط بلدة اللطامنة بموجب الاتفاق.", CHG),
])
def test_act_told_as_news_stays(extractor, text, sub):
    doc = read_doc(extractor, text, PUB)
    assert len(_of(doc, sub)) == 1
