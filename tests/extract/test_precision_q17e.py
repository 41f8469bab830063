"""Precision of strategic developments on unseen news, on sentences of our own (branch q17e)."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-12"  # a Thursday
STRIKE = "قصف الجيش الإسرائيلي فجر أمس مواقع عسكرية في ريف حمص. "


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _subs(doc):
    return [e.sub_event_type for e in doc.events]


def test_missiles_shot_down_on_the_day_of_a_named_strike_are_that_strike(extractor):
    doc = _run(extractor, STRIKE + "وقالت وكالة الأنباء الرسمية إن الدفاعات الجوية السورية أسقطت عددا من الصواريخ فوق ريف حمص.")
    assert "Disrupted weapons use" not in _subs(doc) and "Air/drone strike" in _subs(doc)
    # dropped, or folded into the strike as its other face (q20f: the interception's span is kept)
    assert any(d["reason"].startswith("interception:") for d in doc.dropped) or "face-of" in doc.events[0].rule_ids


@pytest.mark.parametrize("text", [
    # an aircraft or a drone brought down is an event of its own
    STRIKE + "وقالت وكالة الأنباء الرسمية إن الدفاعات الجوية السورية أسقطت طائرة مسيرة فوق ريف حمص.",
    # an attack nobody claimed is known by its interception only
    "دوت انفجارات قوية قرب مطار الشعيرات العسكري في ريف حمص فجر أمس. "
    "وقالت وكالة الأنباء الرسمية إن الدفاعات الجوية السورية أسقطت عددا من الصواريخ فوق ريف حمص.",
])
def test_other_interceptions_stay(extractor, text):
    assert "Disrupted weapons use" in _subs(_run(extractor, text))


@pytest.mark.parametrize("text, sub", [
    # a strategic development told only by its week or month is background or a build-up (event_types.tsv day_span)
    ("وأرسلت قوات النظام السوري تعزيزات عسكرية إلى بلدة الصنمين في ريف درعا خلال الأسابيع الماضية.",
     "Change to group/activity"),
    ("واعتقلت قوات الأمن العراقية الشهر الماضي عشرة أشخاص في مدينة الموصل.", "Arrests"),
])
def test_told_by_its_week_or_month_only_is_no_happening(extractor, text, sub):
    doc = _run(extractor, text)
    assert sub not in _subs(doc)
    assert any("week or month" in d["reason"] for d in doc.dropped)


@pytest.mark.parametrize("text, sub", [
    ("وأرسلت قوات النظام السوري أمس تعزيزات عسكرية إلى بلدة الصنمين في ريف درعا.", "Change to group/activity"),
    ("واعتقلت قوات الأمن العراقية يوم الثلاثاء عشرة أشخاص في مدينة الموصل.", "Arrests"),
    # agreements joined "during the past week" are coded; one recalled by its month is not (below)
    ("وانضمت خلال الأسبوع الماضي عشر بلدات في ريف درعا إلى اتفاقات المصالحة مع الحكومة.", "Agreement"),
])
def test_told_by_its_day_stays(extractor, text, sub):
    assert sub in _subs(_run(extractor, text))


@pytest.mark.parametrize("text", [
    # reinforcements or an alert with no verb of sending or arriving tell no side's move (tr-chg-9, 11 need troops_sent)
    "وقصفت قوات النظام أمس بلدة الصنمين في ريف درعا، بالتزامن مع تعزيزات عسكرية تنذر بهجوم وشيك.",
    "وتشهد قواعد الجيش السوري في مدينة حمص منذ أمس حالة استنفار شديد.",
])
def test_reinforcements_not_sent_are_no_change(extractor, text):
    assert "Change to group/activity" not in _subs(_run(extractor, text))


def test_reinforcements_arrived_stay(extractor):
    doc = _run(extractor, "ووصلت أمس تعزيزات عسكرية لقوات النظام إلى بلدة الصنمين في ريف درعا.")
    assert "Change to group/activity" in _subs(doc)


def test_an_agreement_recalled_by_its_month_is_background(extractor):
    doc = _run(extractor, "وكانت روسيا وتركيا توصلتا الشهر الماضي إلى اتفاق على إقامة منطقة منزوعة السلاح في محافظة إدلب.",
               published="2018-10-10")
    assert "Agreement" not in _subs(doc)


SHELLING = "قصفت قوات النظام أمس مدينة دوما في الغوطة الشرقية. "


def test_an_arrest_abroad_is_not_placed_at_a_town_of_another_sentence(extractor):
    doc = _run(extractor, SHELLING + "وأعلنت السلطات البحرينية، الأربعاء، اعتقال 14 إيرانيا دخلوا البلاد بجوازات سفر مزورة.")
    assert "Arrests" not in _subs(doc)
    assert any(d["reason"].startswith("arrest by a state placed in another country") for d in doc.dropped)


def test_an_arrest_by_foreign_forces_told_with_its_place_stays(extractor):
    doc = _run(extractor, SHELLING + "واعتقلت القوات الإيرانية الأربعاء عشرة أشخاص في مدينة البوكمال.")
    assert "Arrests" in _subs(doc)


PROTEST = "تظاهر مئات المحتجين أمس في مدينة البصرة للمطالبة بتوفير الكهرباء. "


def test_arrests_at_a_protest_are_its_intervention(extractor):
    doc = _run(extractor, PROTEST + "واعتقلت الشرطة العراقية أمس عشرة من المحتجين في مدينة البصرة.")
    assert "Arrests" not in _subs(doc)
    assert any(d["reason"].startswith("arrests: the intervention") for d in doc.dropped)


def test_arrests_elsewhere_stay(extractor):
    doc = _run(extractor, PROTEST + "واعتقلت الشرطة العراقية أمس خمسة مطلوبين في مدينة الموصل.")
    assert "Arrests" in _subs(doc)
