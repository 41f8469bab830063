"""Terms of a plan, a demand or a proposal are no happening (g56c, Strategic developments precision): what an
agreement "will allow", what a government demands, what a proposal "includes" after a long aside, and an accepted
hypothesis («لا مشكلة ... بدخول الجيش»). Composed sentences, not article text."""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-06-20"


def _events(extractor, text):
    return read_doc(extractor, text, PUB).events


def _sd(extractor, text):
    return [e for e in _events(extractor, text) if e.event_type == "Strategic developments"]


def test_what_an_agreement_will_allow_is_no_deployment(extractor):
    text = "وسيسمح الاتفاق الجديد في محيط يلدا للنظام بنشر قواته على الأطراف الشرقية لمخيم اليرموك."
    assert _sd(extractor, text) == []


def test_terms_demanded_are_no_handover(extractor):
    text = ("وقال القيادي الثلاثاء إن الحشود تهدف إلى دفع الفصائل للرضوخ لمطالب الحكومة ومنها قبول التسوية أو تسليم "
            "مواقع مهمة منها معبر نصيب.")
    assert _sd(extractor, text) == []


def test_a_proposal_after_a_long_aside_is_no_takeover(extractor):
    text = ("ويتضمن الاقتراح الذي قدمه الوفد الروسي إلى ممثلي الفصائل، وفق ما قال ناشطون من المنطقة ومصادر مقربة من "
            "المفاوضين، تسليم السلاح الثقيل، مع عودة الدوائر الرسمية ورفع العلم وسيطرة الجيش على معبر نصيب.")
    assert _sd(extractor, text) == []


def test_an_accepted_hypothesis_is_no_entry(extractor):
    text = "وقال قائد الوحدات الكردية الأحد إن لا مشكلة لدى مقاتليه بدخول الجيش السوري إلى منطقة عفرين."
    assert _sd(extractor, text) == []


def test_a_deployment_told_as_news_stays(extractor):
    text = "وقام النظام يوم الاثنين بنشر قواته على الأطراف الشرقية لمخيم اليرموك في جنوب دمشق."
    assert [e.sub_event_type for e in _sd(extractor, text)] == ["Change to group/activity"]
