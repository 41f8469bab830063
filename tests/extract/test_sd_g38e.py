"""Strategic developments on sentences of our own (branch g38e): a withdrawal asked of someone or given a deadline,
what something prevented or went without being carried out, and a detention centre are no happenings; a non-state
armed group named right after a departure noun is the fighters who left."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-05-10"  # a Thursday
SD = "Strategic developments"
NVT = "Non-violent transfer of territory"


def _run(extractor, text, published=PUB):
    return read_doc(extractor, text, published)


def _sd(doc, sub=None):
    return [e for e in doc.events if e.event_type == SD and (sub is None or e.sub_event_type == sub)]


@pytest.mark.parametrize("text", [
    # asked of the factions (md-call-14800), the one asked between the verb and the withdrawal
    "وقالت مصادر محلية الأربعاء إن الضباط الروس طلبوا من فصائل المعارضة الانسحاب من بلدة طفس وتسليم سلاحها الثقيل.",
    # a deadline for the withdrawal (md-int-14801): the deadline ended, not the withdrawal told
    "وانتهت الأربعاء مهلة انسحاب المسلحين من بلدة طفس بموجب الاتفاق.",
])
def test_a_withdrawal_asked_or_given_a_deadline_did_not_happen(extractor, text):
    doc = _run(extractor, text)
    assert not _sd(doc, NVT), [(e.sub_event_type, e.rule_ids) for e in doc.events]


@pytest.mark.parametrize("text", [
    # the subject between «حالت» and «دون»: «دون تنفيذ» (md-neg-14804)
    "وعادت الحافلات فارغة من بلدة طفس الأربعاء بعد أن حالت خلافات بين قادة المسلحين دون تنفيذ عمليات إجلاء "
    "المقاتلين وعائلاتهم.",
    # «حالت دون» side by side (md-neg-14802), two words before the evacuation
    "وقال المرصد الأربعاء إن الخلافات حالت دون استئناف عمليات إجلاء المقاتلين وعائلاتهم من بلدة طفس.",
])
def test_an_evacuation_prevented_did_not_happen(extractor, text):
    doc = _run(extractor, text)
    assert not _sd(doc, NVT), [(e.sub_event_type, e.rule_ids) for e in doc.events]
    assert "modality:negation" in {d["reason"] for d in doc.dropped}, doc.dropped


def test_an_evacuation_told_plainly_stands(extractor):
    doc = _run(extractor, "وبدأت الأربعاء عملية إجلاء المقاتلين وعائلاتهم من بلدة طفس بموجب اتفاق مع الجانب الروسي.")
    assert _sd(doc, NVT), doc.dropped


def test_a_detention_centre_is_no_arrest(extractor):
    # «مراكز احتجاز» names where people are held (md-sense-14807)
    doc = _run(extractor, "ونقل العشرات الأربعاء من مراكز احتجاز تديرها قوات سوريا الديمقراطية في ريف الحسكة إلى "
                          "مدينة القامشلي.")
    assert not _sd(doc, "Arrests"), [(e.sub_event_type, e.rule_ids) for e in doc.events]


def test_an_arrest_still_stands(extractor):
    doc = _run(extractor, "واعتقلت قوات سوريا الديمقراطية الأربعاء عشرة أشخاص في مدينة القامشلي.")
    assert _sd(doc, "Arrests"), doc.dropped


@pytest.mark.parametrize("text", [
    # the group right after the verbal noun is who left (step._group_named_after), no «مقاتلين» in the sentence
    "وانتهت الأربعاء عملية إجلاء فيلق الرحمن من بلدة عين ترما، بخروج آلاف الأشخاص خلال ثلاثة أيام.",
    "وأعلنت وسائل إعلام رسمية الأربعاء خروج جيش الإسلام من مدينة دوما.",
])
def test_a_group_named_after_a_departure_left(extractor, text):
    doc = _run(extractor, text)
    assert _sd(doc, NVT), doc.dropped


def test_a_group_that_is_only_party_to_the_deal_is_not_who_left(extractor):
    # the sick left; the group is only a party to the deal, further off
    doc = _run(extractor, "وتواصلت الأربعاء عملية إجلاء حالات طبية مع أفراد من عائلاتهم من مدينة دوما بموجب اتفاق "
                          "بين جيش الإسلام والجانب الروسي.")
    assert not _sd(doc, NVT), [(e.sub_event_type, e.rule_ids) for e in doc.events]
