"""Violence against civilians and protests on unseen news, on sentences of our own (branch q20g): a threat reaches the
act it names as its object past the subject and a time; clashes told with protesters or protests are riots."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"


def _run(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB)))


@pytest.mark.parametrize("text", [
    "هدد قائد الجماعة المسلحة في خطاب بثه التلفزيون مساء أمس بإعدام الرهائن المحتجزين لديه في مدينة الرقة.",
    "توعد زعيم التنظيم، في تسجيل صوتي نشر الأسبوع الماضي، باغتيال الصحفيين في مدينة الموصل.",
    "وطالبت العائلات أمس الحكومة بالتفاوض مع الخاطفين، محذرة من إقدام التنظيم على إعدام الرهائن في مدينة الرقة.",
])
def test_a_threat_reaches_its_object_past_the_subject(extractor, text):
    doc = _run(extractor, text)
    assert not [e for e in doc.events if e.event_type == "Violence against civilians"], \
        [(e.sub_event_type, e.rule_ids) for e in doc.events]
    assert any(d["reason"] == "modality:threat" for d in doc.dropped), doc.dropped


def test_an_execution_reported_is_kept(extractor):
    doc = _run(extractor, "أعدم التنظيم رهينة في مدينة الرقة أمس.")
    assert [e.sub_event_type for e in doc.events] == ["Attack"], doc.dropped


@pytest.mark.parametrize("text, rule", [
    ("قتل متظاهر وأصيب خمسة آخرون في اشتباكات مع قوات الأمن في مدينة البصرة مساء الاثنين.", "rf-riot-3400"),
    ("تشهد مدن الجنوب احتجاجات على نقص الكهرباء منذ أسابيع، لكنها تحولت يوم الجمعة إلى اشتباكات في مدينة الناصرية.",
     "rf-riot-3401"),
])
def test_clashes_of_protesters_are_riots(extractor, text, rule):
    doc = _run(extractor, text)
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [("Riots", "Violent demonstration")], \
        [(e.sub_event_type, e.rule_ids) for e in doc.events]
    assert rule in doc.events[0].rule_ids


def test_clashes_without_protesters_stay_armed_clashes(extractor):
    doc = _run(extractor, "اندلعت اشتباكات بين الجيش ومسلحي التنظيم في مدينة الموصل أمس.")
    assert [e.sub_event_type for e in doc.events] == ["Armed clash"], doc.dropped


@pytest.mark.parametrize("text", [
    "وفي مثل هذا اليوم، خرج متظاهرون في مدينة درعا وبعض المدن الأخرى في احتجاجات للمطالبة بالحرية.",
    "دخل النزاع عامه الثامن بعد أن تحول من احتجاجات سلمية في مدينة درعا إلى حرب.",
])
def test_protests_of_an_anniversary_or_a_former_state_are_history(extractor, text):
    doc = _run(extractor, text)
    assert not doc.events, [(e.sub_event_type, e.rule_ids) for e in doc.events]
    assert any(d["reason"] == "modality:background" for d in doc.dropped), doc.dropped


def test_an_execution_ordered_is_no_execution(extractor):
    doc = _run(extractor, "أمر زعيم التنظيم، أبو محمد، أمس بإعدام عشرين رهينة في مدينة الرقة.")
    assert not doc.events, [(e.sub_event_type, e.rule_ids) for e in doc.events]
    assert any(d["reason"] == "modality:call" for d in doc.dropped), doc.dropped


def test_a_suspect_of_a_rape_reports_no_rape(extractor):
    doc = _run(extractor, "قال مسؤولون إن رجلا يشتبه بأنه اغتصب فتاة في مدينة أربيل فر إلى تركيا.")
    assert not doc.events, [(e.sub_event_type, e.rule_ids) for e in doc.events]
    assert any(d["reason"] == "modality:possibility" for d in doc.dropped), doc.dropped


def test_people_killed_in_a_battle_are_its_toll(extractor):
    doc = _run(extractor, "أكدت وزارة الخارجية الروسية أن عشرات من المواطنين الروس قتلوا وجرحوا في معركة وقعت مؤخرا في "
                          "مدينة دير الزور.")
    assert [e.sub_event_type for e in doc.events] == ["Armed clash"], [(e.sub_event_type, e.rule_ids) for e in doc.events]
    assert "rf-vac-3402" in doc.events[0].rule_ids


@pytest.mark.parametrize("text", [
    "وشهدت مدينة الناصرية أمس تظاهرة فرقتها قوات الأمن.",
    "وفي مدينة الحلة، سارت تظاهرة صباح الجمعة لكن قوات الأمن عملت على تفريقها.",
])
def test_a_protest_dispersed_is_a_protest_with_intervention(extractor, text):
    doc = _run(extractor, text)
    assert [e.sub_event_type for e in doc.events] == ["Protest with intervention"], \
        [(e.sub_event_type, e.rule_ids) for e in doc.events]
    assert "rf-proi-3100" in doc.events[0].rule_ids  # q20g's rf-proi-3400 was the same rule as q20e's


def test_a_province_that_sees_protests_is_described_not_reported(extractor):
    doc = _run(extractor, "ووجه الوزير أمس نداء إلى سكان محافظة ميسان التي تشهد موجة احتجاجات واسعة يطالب فيها بالتهدئة.")
    assert not doc.events, [(e.sub_event_type, e.rule_ids) for e in doc.events]
    assert any(d["reason"] == "modality:state" for d in doc.dropped), doc.dropped


def test_abducted_people_found_dead_were_attacked(extractor):
    doc = _run(extractor, "وعثرت الشرطة أمس على خمس جثث قرب مدينة تكريت، بينهم ثلاثة أشخاص خطفهم مسلحو التنظيم الشهر الماضي.")
    assert [e.sub_event_type for e in doc.events] == ["Attack"], [(e.sub_event_type, e.rule_ids) for e in doc.events]
    assert "rf-vac-3403" in doc.events[0].rule_ids
