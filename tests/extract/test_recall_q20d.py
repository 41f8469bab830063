"""Recall on unseen news, on sentences of our own (branch q20d): happenings told with words the tables missed."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _subs(doc):
    return [e.sub_event_type for e in doc.events]


@pytest.mark.parametrize("text", [
    # «دمر*» / «تدمير» of a missile or an aircraft with the air defences named (tr-dis-3000, 3001)
    "وقالت القيادة العامة إن الدفاعات الجوية دمرت ثلاثة صواريخ فوق مطار الضمير فجر اليوم.",
    "وأعلن الجيش أمس تدمير طائرة مسيرة أطلقها المسلحون نحو بلدة القرداحة، وفق وسائط الدفاع الجوي.",
])
def test_air_defences_that_destroyed_what_flies_intercepted_it(extractor, text):
    assert "Disrupted weapons use" in _subs(_run(extractor, text))


@pytest.mark.parametrize("text", [
    # no air defences named: a strike that destroyed aircraft on the ground or a rocket depot
    "ودمرت الغارات أمس ثلاث طائرات رابضة في مطار التيفور.",
    "وأعلن الجيش الإسرائيلي أمس تدمير مستودع صواريخ قرب بلدة الكسوة.",
])
def test_destroying_without_air_defences_is_no_interception(extractor, text):
    assert "Disrupted weapons use" not in _subs(_run(extractor, text))


@pytest.mark.parametrize("text", [
    # a day set off by commas between «تعرضت» and «لغارات» is a parenthesis (frames._subjected_before)
    "وكانت مدينة إدلب تعرضت، الجمعة، لغارات جوية روسية عنيفة.",
    # air defences that confronted strikes (function_words subjected: تصدت، تصدي)
    "وقالت الوكالة إن الدفاعات الجوية تصدت لغارات إسرائيلية على مطار الضمير أمس.",
    "وأفادت الوكالة بتصدي الدفاعات الجوية لغارات إسرائيلية على مطار الضمير أمس.",
])
def test_strikes_subjected_to_or_confronted_happened(extractor, text):
    assert "Air/drone strike" in _subs(_run(extractor, text))


def test_protests_renewed_happened(extractor):
    # «في تجدد للاحتجاجات» (function_words subjected: تجدد): the protests renewed, no aim
    assert "Violent demonstration" in _subs(_run(extractor, "وقتل متظاهر في تجدد للاحتجاجات العنيفة في مدينة الناصرية أمس."))


def test_confronting_as_an_aim_keeps_its_object_unreal(extractor):
    # «للتصدي لصواريخ»: a system made to confront missiles tells no strike
    doc = _run(extractor, "وصممت المنظومة الجديدة للتصدي لصواريخ يصل مداها إلى 200 كيلومتر فوق مدينة حلب.")
    assert doc.events == []
    assert any(d["reason"] == "modality:intention" for d in doc.dropped)


def test_an_indefinite_happening_told_by_its_own_verb_after_bad_is_reported(extractor):
    # «بعد اشتباكات اندلعت بين ...» (frames._told_after, function_words told_after, told_verb)
    doc = _run(extractor, "وفرضت الشرطة حظرا للتجول في مدينة سامراء مساء الأربعاء بعد اشتباكات اندلعت بين عشيرتين.")
    assert "Armed clash" in _subs(doc)


@pytest.mark.parametrize("text", [
    # definite: a happening told before, recalled as the frame
    "وفرضت الشرطة حظرا للتجول في مدينة سامراء مساء الأربعاء بعد الاشتباكات التي شهدتها المدينة.",
    # a reaction answers a reference: «ردا على» is no telling of the attack
    "وأعلنت الحكومة مساء الأربعاء قطع العلاقات ردا على هجوم استهدف سفارتها في مدينة سامراء.",
])
def test_recalled_or_answered_happenings_stay_background(extractor, text):
    doc = _run(extractor, text)
    assert not [e for e in doc.events if e.event_type in ("Battles", "Violence against civilians")]


def test_the_number_after_laqiya_counts_the_dead_of_its_masra(extractor):
    # «لقي سبعة من عناصر التنظيم الإرهابي مصرعهم»: a long subject between the number and «مصرعهم»
    # (frames._death_verb_subject, function_words death_lead)
    doc = _run(extractor, "ولقي سبعة من عناصر التنظيم الإرهابي مصرعهم في اشتباكات مع قوة عراقية في قضاء الحويجة أمس.")
    clashes = [e for e in doc.events if e.sub_event_type == "Armed clash"]
    assert clashes and clashes[0].fatalities == 7
