"""History told without a date (branch q11b), on sentences of our own.

A campaign recalled by its name ("إبان معركة الرقة"، "بعد طرد التنظيم من تلعفر") months after it ended, or a
happening told as done "previously" (في السابق), is background to the news, not a happening of its day.
"""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-12"  # a Thursday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _subs(doc):
    return [(e.sub_event_type, e.actor1) for e in doc.events]


def _background(doc):
    return [d for d in doc.dropped if d["reason"] == "modality:background"]


@pytest.mark.parametrize("text", [
    "واستخدم التنظيم المدنيين دروعا بشرية خلال المعارك الضارية في مدينة الموصل.",
    "واستسلم مئات المسلحين للقوات الكردية بعد اشتداد المعارك في بلدة تلعفر.",
    "وعندما سيطر الجيش العراقي على مدينة الفلوجة سلم مئات المسلحين أنفسهم.",
    "وساعدت الطائرات الروسية قوات النظام في استعادة حلب بأكملها.",
    "وقتل متطوع أمريكي أثناء معارك مدينة الرقة مع التنظيم.",
])
def test_a_campaign_recalled_by_its_name_months_after_it_ended_is_history(extractor, text):
    doc = _run(extractor, text)
    assert not any(e.event_type == "Battles" or "territory" in e.sub_event_type for e in doc.events), _subs(doc)
    assert _background(doc), doc.dropped


@pytest.mark.parametrize("text, published", [
    # told within a month of the campaign's end, it is the news
    ("وسيطرت قوات سوريا الديمقراطية على مدينة الرقة بالكامل.", "2017-10-25"),
    # a recent day of its own: a clash of now in a city once fought over
    ("واندلعت اشتباكات بين قوات سوريا الديمقراطية وخلايا التنظيم في مدينة الرقة يوم الأربعاء.", PUB),
    # the region around the city, where fighting went on
    ("وسيطرت قوات النظام على قرى في ريف حلب الجنوبي.", PUB),
])
def test_a_campaign_place_in_news_of_its_day_or_its_region_stays(extractor, text, published):
    doc = _run(extractor, text, published)
    assert any(e.event_type == "Battles" or "territory" in e.sub_event_type for e in doc.events), doc.dropped
    assert not _background(doc), doc.dropped


@pytest.mark.parametrize("text", [
    "وكانت الجماعة قد شنت في السابق غارات على مواقع للجيش في ريف حماة.",
    "وشهدت المدينة دمارا واسعا إبان المعارك بين الجيش والتنظيم.",
])
def test_a_happening_told_as_done_previously_or_in_the_days_of_is_history(extractor, text):
    doc = _run(extractor, text)
    assert doc.events == [], _subs(doc)
    assert _background(doc), doc.dropped


@pytest.mark.parametrize("text", [
    "وسيطرت الفصائل على أحياء المدينة لسنوات.",
    "وسيطر المعارضون على معبر نصيب الحدودي لمدة ثلاث سنوات.",
])
def test_a_taking_held_for_years_tells_a_standing_control(extractor, text):
    doc = _run(extractor, text)
    assert not any("territory" in e.sub_event_type for e in doc.events), _subs(doc)
    assert any(d["reason"] == "modality:state" for d in doc.dropped), doc.dropped


def test_a_taking_of_its_day_after_a_long_battle_stays(extractor):
    doc = _run(extractor, "وسيطرت الفصائل على أحياء المدينة يوم الأربعاء بعد معارك استمرت لأكثر من أسبوع.")
    assert any("territory" in e.sub_event_type for e in doc.events), doc.dropped


def test_a_campaign_city_named_as_where_a_move_goes_is_no_recollection(extractor):
    doc = _run(extractor, "وغادر مقاتلو المعارضة بلدة حرستا إلى جرابلس.")
    assert [e.sub_event_type for e in doc.events] == ["Non-violent transfer of territory"], doc.dropped


def test_a_killing_of_a_named_person_long_dead_is_history(extractor):
    doc = _run(extractor, "ونشر التنظيم شريطا يظهر إعدام الكساسبة حرقا.")
    assert not any(e.event_type == "Violence against civilians" for e in doc.events), _subs(doc)
    assert _background(doc), doc.dropped


def test_an_arrest_over_a_past_killing_is_news(extractor):
    doc = _run(extractor, "واعتقلت الشرطة الأردنية في مدينة الزرقاء أحد المتورطين في إعدام الكساسبة.")  # a town: q30b drops placeless arrests
    assert "Arrests" in [e.sub_event_type for e in doc.events], doc.dropped


def test_a_name_belongs_to_the_nearer_trigger_of_another_type(extractor):
    doc = _run(extractor, "وقصفت طائرات مجهولة موكبا يحيي ذكرى اغتيال عماد مغنية في ريف دمشق.")
    assert any(e.event_type == "Explosions/Remote violence" for e in doc.events), doc.dropped
