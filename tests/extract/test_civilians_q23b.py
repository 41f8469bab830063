"""Violence against civilians on unseen news, on sentences of our own (branch q23b): an accusation of killing or
holding people, told by a participle after a statement or by an accusing verb, is speech about conduct, no report."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"


def _run(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB)))


@pytest.mark.parametrize("text", [
    "وقال المتحدث باسم الوزارة إن الوضع في المدينة سيئ جدا، متهما الفصائل المسلحة فيها باحتجاز السكان كرهائن.",
    # (g52d: «ناشطون» after «أعلن» is the speaker, no victim: the dead are told as civilians so the accusation is what
    # drops the killing)
    "وأعلن ناشطون من البلدة وفاة عشرات المدنيين المعتقلين، متهمين قوات الأمن بقتلهم في السجون.",
    "ورفعت منظمة حقوقية دعوى في لندن، متهمة الجيش الحكومي بقصف أحياء مدنية عمدا في مدينة حلب.",
    "واتهمت وسائل الإعلام الرسمية القوات الأجنبية بارتكاب مجزرة بحق المدنيين في ريف الرقة.",
])
def test_an_accusation_of_conduct_is_no_report(extractor, text):
    doc = _run(extractor, text)
    assert not [e for e in doc.events if e.event_type in ("Violence against civilians", "Explosions/Remote violence")
                or e.sub_event_type == "Arrests"], [(e.sub_event_type, e.rule_ids) for e in doc.events]
    assert any(d["reason"] == "modality:legal" for d in doc.dropped), doc.dropped


def test_a_killing_reported_before_the_accusation_is_kept(extractor):
    doc = _run(extractor, "قتل مسلحون مجهولون ثلاثة مدنيين في مدينة كركوك أمس، واتهم الأهالي ميليشيا محلية بالهجوم.")
    assert [e.sub_event_type for e in doc.events] == ["Attack"], doc.dropped


def test_the_crimes_of_a_conviction_are_no_happenings(extractor):
    # the list after "مدانين بجرائم" names what the court found, past the comma and a long list
    doc = _run(extractor, "وأعلنت الوزارة تنفيذ أحكام بإعدام 9 محكومين، من بينهم 7 مدانين بجرائم إرهاب، ما بين تفجير سيارات"
                          " مفخخة أو قتل عناصر أمنية أو عمليات اختطاف، بحسب بيان رسمي.")
    assert not doc.events, [(e.sub_event_type, e.rule_ids) for e in doc.events]
    assert sum(d["reason"] == "modality:legal" for d in doc.dropped) >= 2, doc.dropped
