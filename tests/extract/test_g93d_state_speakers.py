"""g93d: a country or capital that is no actors.tsv alias («الأردن»، «بغداد») stands for its state when it speaks
of its own act («أكد الأردن أنه وافق»، «أعلنت بغداد أنها استهدفت»); elsewhere it stays a place («الحدود مع
الأردن»). Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import read_doc

JOR = "Military Forces of Jordan (1999-)"
IRQ = "Military Forces of Iraq (2014-2018)"


def _events(extractor, text):
    return read_doc(extractor, text, "2018-07-22").events


def test_jordan_speaking_of_its_consent_is_the_side(extractor):
    evs = [e for e in _events(extractor, "من جهته، أكد الأردن الأحد أنه وافق على فتح ممر لعبور مئتي لاجئ سوري أراضيه.")
           if e.sub_event_type == "Agreement"]
    assert evs and evs[0].actor1 == JOR


def test_capital_speaking_of_its_strike_is_the_state(extractor):
    evs = _events(extractor, "أعلنت بغداد أنها استهدفت بغارات جوية مقرا لتنظيم داعش قرب البوكمال داخل سوريا.")
    assert evs and evs[0].actor1 == IRQ


def test_country_after_a_border_word_is_no_side(extractor):
    # guard (passes before and after): «مع الأردن» is where the crossing lies
    evs = _events(extractor, "قصفت قوات النظام السوري بلدة نصيب قرب الحدود مع الأردن يوم السبت.")
    assert evs and all(JOR not in (e.actor1, e.actor2) for e in evs)


def test_claim_without_own_act_is_no_side(extractor):
    # guard: «أكدت بغداد على ...» claims a power, it tells no act of the state
    evs = _events(extractor, "وأكدت بغداد على استعادة سيطرتها على المنافذ الحدودية في الإقليم.")
    assert all(IRQ not in (e.actor1, e.actor2) for e in evs)
