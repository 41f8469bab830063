"""What did not happen, second round, on sentences of our own (branch q18c): calls whose object stands far from the
verb, training crashes, and agreements that are no deal between sides of a conflict."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _reasons(doc):
    return {d["reason"] for d in doc.dropped}


@pytest.mark.parametrize("text, reason", [
    # a call reaches its object past a long addressee (md-call-13, 16 tokens)
    ('ودعا المركز الروسي في القاعدة الجوية على الساحل قادة "لواء الفتح" في المدينة إلى تسليم أسلحتهم الثقيلة في حمص.',
     "modality:call"),
    # the speaker's own call, "لأدعو" (md-call-2400)
    ('وقال الوزير في بيان أثناء زيارته للجولان: "أستغل فرصة زيارتي اليوم لأدعو الأسد إلى طرد الإيرانيين من سوريا".',
     "modality:call"),
    # a crash in training is an accident, no development of a conflict (md-sense-2400, 2401; a crash with no fire told
    # is dropped before by its need, g98ll: these tell a fire word, in the drill)
    ("وأعلنت وزارة الدفاع الأربعاء مقتل طيارين في تحطم مروحية خلال عملية تدريب مع الدفاع الجوي قرب مطار تدمر.",
     "modality:sense"),
    ("وقتل طياران الأربعاء في تحطم طائرة مقاتلة أثناء طلعة تدريبية بالصواريخ قرب قاعدة حميميم.", "modality:sense"),
    # a raid that targeted a flat is an arrest, no strike (md-sense-2405, 2406)
    ("وأوقفت الشرطة الأربعاء رجلا يشتبه بانتمائه إلى التنظيم في مداهمة استهدفت شقة سكنية في إسطنبول.", "modality:sense"),
    # deals on exports, migration or the Vienna nuclear deal are no agreement between sides (md-sense-2402..2404)
    ("وأعلنت بغداد الأربعاء أنها توصلت إلى اتفاق مع أربيل على استئناف صادرات النفط من كركوك.", "modality:sense"),
    ("وتوصلت الحكومة والمعارضة في برلين أمس إلى اتفاق حول الهجرة في ألمانيا.", "modality:sense"),
])
def test_not_a_happening(extractor, text, reason):
    doc = _run(extractor, text)
    assert not [e for e in doc.events if e.sub_event_type != "Arrests"]
    assert reason in _reasons(doc)


def test_a_crash_not_in_training_stays(extractor):
    # brought down by fire: a crash with no cause told is no event (g98ll, tr-oth-1/2 need downing_fire)
    doc = _run(extractor, "وأعلنت وزارة الدفاع الروسية الأربعاء مقتل طيارين في تحطم مروحية عسكرية بنيران المعارضة قرب مطار تدمر.")
    assert [e.sub_event_type for e in doc.events] == ["Other"]


def test_a_denial_conceded_supports_the_act(extractor):
    # "رغم نفي" concedes a denial: the report holds the attack happened (trigger_cues denial_conceded)
    doc = _run(extractor, "قالت منظمة الصحة العالمية الثلاثاء إن مئات المصابين تلقوا العلاج في مستشفيات خان شيخون. ورغم نفي "
                          "دمشق وقوع هجوم في خان شيخون، إلا أن منظمات دولية أشارت إلى وقوع هجوم كيماوية في المدينة المحاصرة.")
    assert [e.sub_event_type for e in doc.events] == ["Chemical weapon"]
    assert "credible:denial_conceded" in doc.events[0].rule_ids


@pytest.mark.parametrize("text", [
    "وبدأت الطائرات التركية الشهر الماضي غارات على قرى في ريف عفرين.",
    "وقال المرصد إن القوات الحكومية شنت 60 غارة على مدينة دوما هذا الشهر.",
])
def test_a_violent_act_told_by_its_month_only_is_background(extractor, text):
    # event_types.tsv day_span 20 for battles and explosions: a campaign begun last month or a month's count of strikes
    # is the background of the news, not its day (q18c). A single strike retold by its month right at the act
    # («وشنت الطائرات ... الشهر الماضي غارات») is kept with that month since g105b (step._kept_by_month).
    doc = _run(extractor, text)
    assert not doc.events
    assert "told by its week or month only, not by its day" in _reasons(doc)


def test_a_violent_act_told_by_its_week_stays(extractor):
    doc = _run(extractor, "وشنت الطائرات التركية الأسبوع الماضي غارات على قرى في ريف عفرين.")
    assert [e.sub_event_type for e in doc.events] == ["Air/drone strike"]
