"""What did not happen, on sentences of our own (branch q26d): what is "coming" has not come; a possibility reaches
the act it names further than four words; a strike the article itself calls a false alarm is withdrawn."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday
VIOLENT = ("Explosions/Remote violence", "Battles", "Strategic developments")


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _violent(doc):
    return [e for e in doc.events if e.event_type in VIOLENT]


@pytest.mark.parametrize("text", [
    # coming (md-fut-5800), set off by quotes
    'وقصفت طائرات حربية بلدة كفرنبل الأربعاء. وقال الرئيس الأمريكي الخميس إن الصواريخ "قادمة" لضرب مطار حماة العسكري.',
    # coming, with an adjective between (md-fut-5800)
    "وقصفت طائرات حربية بلدة كفرنبل الأربعاء. وأكد الوزير الخميس أن صواريخ جديدة قادمة حتما إلى مطار حماة العسكري.",
])
def test_what_is_coming_has_not_come(extractor, text):
    doc = _run(extractor, text)
    assert [e.location for e in _violent(doc)] == ["Kafranbel"], [(e.location, e.rule_ids) for e in doc.events]
    assert "modality:future" in {d["reason"] for d in doc.dropped}


def test_a_drone_coming_from_a_country_is_a_movement_told(extractor):
    # "قادمة من" is a shield (md-shd-5800): the drone brought down is a happening
    doc = _run(extractor, "وأسقطت الدفاعات الجوية الإسرائيلية الخميس طائرة مسيرة قادمة من سوريا فوق الجولان.")
    assert _violent(doc), doc.dropped


def test_a_possibility_reaches_the_act_it_names_over_its_subject(extractor):
    # "احتمال شن القوات ... هجوما": the act is 7 words after the cue (md-exp-9 reaches 8)
    doc = _run(extractor, "ويتزايد الحديث الخميس عن احتمال شن القوات الحكومية والفصائل الموالية لها هجوما على مدينة إدلب.")
    assert not _violent(doc), [(e.sub_event_type, e.rule_ids) for e in doc.events]


ALARM = ("أعلن التلفزيون الرسمي أن الدفاعات الجوية تصدت لصواريخ استهدفت مطار حماة العسكري ليل الأربعاء. "
         "وقال مصدر عسكري لاحقا إن إنذارا خاطئا أدى إلى إطلاق صواريخ الدفاع الجوي ولم يقع أي هجوم.")


def test_a_strike_the_article_calls_a_false_alarm_is_withdrawn(extractor):
    doc = _run(extractor, ALARM)
    assert not _violent(doc), [(e.sub_event_type, e.rule_ids) for e in doc.events]
    assert any(d["reason"].startswith("false alarm") for d in doc.dropped), doc.dropped


def test_without_the_alarm_the_interception_stands(extractor):
    doc = _run(extractor, ALARM.split(". ")[0] + ".")
    assert _violent(doc)


def test_a_strike_of_days_before_recalled_beside_a_false_alarm_stays(extractor):
    # the alarm withdraws the night's reports, not the strike of Saturday it came after
    doc = _run(extractor, "وقال مصدر عسكري إن إنذارا خاطئا أدى الليلة الماضية إلى إطلاق صفارات الدفاع الجوي. "
                          "وكانت طائرات حربية أمريكية قد قصفت مطار الشعيرات العسكري فجر السبت الماضي.")
    assert [e.date_start for e in _violent(doc)] == ["2018-05-05"], [(e.date_start, e.rule_ids) for e in doc.events]


@pytest.mark.parametrize("text", [
    # the subject between the verb and "على" (md-terms-5800)
    "ووافقت الفصائل المسلحة في بلدة الرستن الخميس على الانسحاب من البلدة إلى الشمال.",
    # the verbal noun of agreeing (md-terms-5801)
    "ومنحت روسيا الفصائل مهلة يومين للموافقة على خروج عناصرها من بلدة الرستن.",
])
def test_agreeing_to_a_departure_is_a_term_not_a_handover(extractor, text):
    doc = _run(extractor, text)
    assert "Non-violent transfer of territory" not in {e.sub_event_type for e in doc.events}, \
        [(e.sub_event_type, e.rule_ids) for e in doc.events]


def test_an_agreement_with_a_side_on_leaving_has_it_as_a_term(extractor):
    # "اتفاق مع X ... على الانسحاب" (md-terms-5803): the agreement stands, the departure is its term
    doc = _run(extractor, "وأعلنت وسائل الإعلام الرسمية التوصل إلى اتفاق مع جماعة مسلحة في بلدة الرستن على الانسحاب من البلدة.")
    assert [e.sub_event_type for e in doc.events] == ["Agreement"], [(e.sub_event_type, e.rule_ids) for e in doc.events]
