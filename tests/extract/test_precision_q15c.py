"""Precision on unseen news, on sentences of our own (branch q15c): agreements that are diplomacy or only sought,
and aid or inspection teams entering a town read as a transfer of territory."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-12"  # a Thursday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


@pytest.mark.parametrize("kind, text", [
    # agreeing in a phone call is diplomacy (md-op-1100)
    ("opinion", "واتفقت روسيا وتركيا أمس على إقامة منطقة عازلة في إدلب خلال مكالمة هاتفية بين الرئيسين."),
    ("opinion", "واتفقت فرنسا وبريطانيا أمس على خارطة طريق لسوريا خلال اتصال عبر الهاتف."),
    # a nuclear deal (md-sense-1100)
    ("sense", "وتوصلت الولايات المتحدة إلى اتفاق نووي مع إيران في فيينا."),
    # a settlement sought (md-int-1100)
    ("intention", "وتجري مفاوضات بين الفصائل والجانب الروسي للتوصل إلى تسوية في بلدة جاسم أمس."),
    # aid and inspectors entering (md-sense-1101..1103; told with «دخول»: «دخل» needs armed_entrants since q16b)
    ("sense", "وأعلن الصليب الأحمر أمس دخول قافلة مساعدات إلى الغوطة الشرقية."),
    ("sense", "وقال الهلال الأحمر إن قافلة المساعدات بدأت أمس دخول مدينة دوما."),
    ("sense", "وذكرت الوكالة أن فريق المحققين بدأ أمس دخول مدينة دوما."),
    # fleeing from fighting names a cause of flight (md-gen-1100..1104)
    ("general", "ونزح آلاف المدنيين إلى الحدود الأردنية هربا من القصف المدفعي على ريف درعا."),
    ("general", "ويعيش في البلدة عشرات آلاف النازحين الفارين من المعارك في ريف درعا."),
    # what is to be ensured (md-int-1102)
    ("intention", "وتتولى تركيا ضمان انسحاب المقاتلين من المنطقة العازلة في إدلب."),
])
def test_cues_of_what_is_no_event(extractor, kind, text):
    doc = _run(extractor, text)
    assert not doc.events, doc.events
    assert any(d["reason"] == f"modality:{kind}" for d in doc.dropped), doc.dropped


def test_efforts_towards_a_settlement_are_no_agreement(extractor):
    # md-int-1101: "جهود التسوية" is sought; the agreement verb of the same sentence stays
    doc = _run(extractor, "واتفقت الحكومة السورية والفصائل أمس على دعم جهود التسوية في درعا.")
    assert any(d["reason"] == "modality:intention" for d in doc.dropped), doc.dropped
    assert [e.sub_event_type for e in doc.events] == ["Agreement"]


def test_fighters_entering_a_town_stay_a_transfer(extractor):
    doc = _run(extractor, "ودخل مقاتلو الفصائل إلى بلدة جاسم أمس بعد انسحاب قوات النظام منها.")
    assert "Non-violent transfer of territory" in [e.sub_event_type for e in doc.events], doc.dropped


def test_a_happening_of_two_past_years_is_history(extractor):
    # rd-yw-1100 and dates._second_year: "بين عامي 2010 و2012" dates the killing years back
    # told without an accusing verb: since q23b "اتهمت X باغتيال" is dropped as an accusation before its date is read
    doc = _run(extractor, "وتقول طهران إن إسرائيل اغتالت أربعة من العلماء بين عامي 2010 و 2012 في العاصمة.")
    assert not doc.events, doc.events
    assert any(d["reason"].startswith("background") for d in doc.dropped), doc.dropped


def test_two_years_counted_back_stay_a_count(extractor):
    doc = _run(extractor, "واعتقلت الشرطة العراقية عشرة مسلحين في الموصل قبل عامين.")
    assert not doc.events, doc.events


@pytest.mark.parametrize("text", [
    # the start point in another clause than the toll (the clause's own "since" total was read before)
    "وتشن قوات النظام منذ 18 شباط حملة على الغوطة الشرقية، وأدى القصف الجوي إلى مقتل أكثر من 400 مدني.",
    "وتشن قوات النظام منذ بدء الشهر حملة على ريف درعا، وأدى القصف الجوي إلى مقتل أكثر من 150 مدنيا.",
])
def test_hundreds_dead_since_a_start_days_back_are_a_running_total(extractor, text):
    # TALLY_SINCE_DEAD, EventExtractor._long_since: a campaign's toll, not one strike's dead
    doc = _run(extractor, text, published="2018-03-10")
    assert not [e for e in doc.events if e.fatalities], doc.events


@pytest.mark.parametrize("text", [
    # a superlative's "since" tells how rare the attack is (first_since, 8 words back)
    "وقتل 120 شخصا في تفجيرين انتحاريين استهدفا سوق مدينة السويداء الأربعاء، في أعنف موجة هجمات على المدينة منذ سنوات.",
    # a start point a day back: the day's toll
    "وقتل 110 مدنيين في الغارات الجوية على مدينة دوما منذ صباح أمس.",
])
def test_hundreds_dead_of_a_day_are_kept(extractor, text):
    doc = _run(extractor, text, published="2018-03-10")
    assert any((e.fatalities or 0) >= 100 for e in doc.events), (doc.events, doc.dropped)
