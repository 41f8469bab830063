"""Precision on unseen news, on sentences of our own (branch q16b): strategic developments that are no happening."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-12"  # a Thursday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _subs(doc):
    return [e.sub_event_type for e in doc.events]


@pytest.mark.parametrize("text", [
    # «اتفق» on a stance, a meeting or on working together is diplomacy (tr-agr-6 needs agreed_matter)
    "واتفقت فرنسا وألمانيا أمس على ضرورة ردع استخدام الأسلحة الكيميائية في سوريا.",
    "وأعلن الرئيس التركي أنه اتفق مع نظيره الروسي، فلاديمير بوتين، على لقاء قريب في أنقرة.",
    "واتفق وزير الخارجية الفرنسي، جان إيف لودريان، مع نظيره التركي على أن الحل في سوريا سياسي.",
])
def test_agreeing_on_a_stance_is_no_agreement(extractor, text):
    assert "Agreement" not in _subs(_run(extractor, text))


@pytest.mark.parametrize("text", [
    "واتفقت الفصائل المعارضة مع الجانب الروسي أمس على انسحاب مقاتليها من بلدة نوى في ريف درعا.",
    "واتفق مقاتلو جيش الإسلام أمس على تسليم أسلحتهم الثقيلة للقوات الحكومية في مدينة دوما.",
])
def test_agreeing_on_a_withdrawal_or_handover_stays(extractor, text):
    assert "Agreement" in _subs(_run(extractor, text))


def test_stopping_an_activity_is_no_arrest(extractor):
    # «أوقف» right before an activity stops it (md-sense-1400..1409)
    doc = _run(extractor, "وقال البنتاغون إن التحالف الدولي أوقف العمليات ضد تنظيم داعش شرقي سوريا أمس.")
    assert "Arrests" not in _subs(doc)
    assert any(d["reason"] == "modality:sense" for d in doc.dropped), doc.dropped


def test_a_man_detained_stays_an_arrest(extractor):
    assert "Arrests" in _subs(_run(extractor, "وأوقفت الشرطة التركية أمس رجلا سوريا في إسطنبول."))


@pytest.mark.parametrize("sub, text", [
    # a hospital out of service (md-sense-1410)
    ("Non-violent transfer of territory", "وتواصل قوات النظام قصف مدينة جاسم، ما تسبب في خروج مستشفيين عن الخدمة أمس."),
    # breaching a state of affairs, not evacuating (md-sense-1411)
    ("Change to group/activity", "وقال الوزير إن القوات الإيرانية أخلت بالوضع القائم في جنوب سوريا أمس."),
    # an agreement on a purchase is trade (md-sense-1414)
    ("Agreement", "وتوصلت روسيا وتركيا أمس إلى اتفاق بشأن شراء منظومة صواريخ روسية."),
])
def test_other_senses_are_no_strategic_development(extractor, sub, text):
    doc = _run(extractor, text)
    assert sub not in _subs(doc), doc.events
    assert any(d["reason"] == "modality:sense" for d in doc.dropped), doc.dropped


NVT = "Non-violent transfer of territory"


@pytest.mark.parametrize("text", [
    # «دخل» needs armed men entering (tr-nvt-13 needs armed_entrants)
    "وقالت الأمم المتحدة إن قافلة مشتركة بين المنظمة والصليب الأحمر الدولي والهلال الأحمر دخلت بلدة جاسم أمس.",
    "وقال المندوب السوري إن فريقا أمنيا من المنظمة الدولية دخل مدينة دوما أمس.",
])
def test_a_convoy_or_team_entering_is_no_transfer(extractor, text):
    assert NVT not in _subs(_run(extractor, text))


def test_forces_entering_a_town_stay_a_transfer(extractor):
    assert NVT in _subs(_run(extractor, "ودخلت قوات النظام أمس بلدة جاسم في ريف درعا بعد خروج مقاتلي المعارضة منها."))


CHG = "Change to group/activity"


@pytest.mark.parametrize("kind, text", [
    # a surrender only meant, chosen among or forced towards (md-op-1400, md-cond-1400, md-int-1400, 1401)
    ("opinion", "وعرض الروس أمس على الفصائل في درعا اتفاقا يعني عمليا استسلام المقاتلين."),
    ("condition", "وقال مصدر معارض إن الروس خيروا الفصائل أمس بين الاستسلام أو الهجوم على بلدة جاسم."),
    ("intention", "واتهمت المعارضة القوات الحكومية أمس بمحاصرة بلدة جاسم لإجبار المقاتلين على الاستسلام."),
    ("intention", "وتشن القوات الحكومية حملة على بلدة جاسم لإرغام المسلحين على الاستسلام."),
])
def test_a_surrender_not_made_is_no_change(extractor, kind, text):
    doc = _run(extractor, text)
    assert CHG not in _subs(doc), doc.events
    assert any(d["reason"] == f"modality:{kind}" for d in doc.dropped), doc.dropped


def test_a_surrender_stays_a_change(extractor):
    assert CHG in _subs(_run(extractor, "واستسلم عشرات المقاتلين من تنظيم داعش أمس للقوات العراقية في بلدة تلعفر."))
