"""Strategic developments, on sentences of our own (branch q26f): the act an agreement or a consent is reached "on"
("على" + a verbal noun) past the counterpart or the subject between is a term of the deal, not a transfer."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _subs(doc) -> list[str]:
    return [e.sub_event_type for e in doc.events]


def test_an_agreement_with_a_counterpart_on_a_withdrawal_is_the_agreement(extractor):
    # the counterpart stands between "اتفاق" and "على الانسحاب" (md-terms-8 reaches one token)
    doc = _run(extractor, "وأعلن الجيش الخميس التوصل إلى اتفاق مع فصيل مسلح في بلدة الرستن على الانسحاب من المدينة.")
    assert _subs(doc) == ["Agreement"]
    assert "modality:terms" in {d["reason"] for d in doc.dropped}


@pytest.mark.parametrize("text", [
    # the subject between the consent and what it consents to (q26d's md-terms-5800, read with agreed_on too)
    "ووافقت جماعة فيلق الرحمن الخميس على إجلاء ألفين من مقاتليها من بلدة حمورية.",
    # agreeing verb (md-terms-6201)
    "واتفق وجهاء البلدة مع الوفد الروسي الخميس على خروج المسلحين من بلدة تلبيسة.",
])
def test_a_consent_to_leave_is_no_transfer(extractor, text):
    doc = _run(extractor, text)
    assert "Non-violent transfer of territory" not in _subs(doc)
    assert "modality:terms" in {d["reason"] for d in doc.dropped}


def test_a_withdrawal_forced_is_still_told(extractor):
    # "على" after a verb of forcing is no agreement: no terms cue heads it
    doc = _run(extractor, "وأجبر القصف المسلحين الخميس على الانسحاب من بلدة تلبيسة.")
    assert "modality:terms" not in {d["reason"] for d in doc.dropped}


def test_a_disengagement_agreement_is_no_clash(extractor):
    # "اتفاقية فك الاشتباك" names a deal (md-terms-6202), no clash
    doc = _run(extractor, "وقال الجيش إن الطائرة خرقت اتفاقية فك الاشتباك في الجولان الخميس.")
    assert "Armed clash" not in _subs(doc)


@pytest.mark.parametrize("text", [
    # forces leaving a country (event_types.tsv needs_place)
    "وأعلن السفير الخميس بدء انسحاب القوات الإيرانية الموجودة في سوريا.",
    # an aircraft entering a country
    "وقال الجيش الإسرائيلي إن طائرة مسيرة انطلقت من سوريا ودخلت أراضي إسرائيل الخميس.",
])
def test_a_transfer_placed_only_at_a_country_is_no_transfer(extractor, text):
    doc = _run(extractor, text)
    assert "Non-violent transfer of territory" not in _subs(doc)


def test_a_transfer_from_a_town_stays(extractor):
    doc = _run(extractor, "وبدأ مسلحو المعارضة الخميس الخروج من بلدة تلبيسة إلى إدلب.")
    assert "Non-violent transfer of territory" in _subs(doc)
