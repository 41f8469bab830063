"""Well-known happenings of 2015 retold in 2018 news (branch g96a): the Qatari hunting party abducted in southern
Iraq (16 December 2015) and the Jordanian pilot burned by IS (told by his role, not his name) were coded as new
events dated by the report. campaigns.tsv rows cp-58500..58503 date them, so they drop as background."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-07-17"  # a Tuesday


def _events(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published=PUB)))
    return [(e.event_type, e.sub_event_type, e.event_date) for e in doc.events]


def test_hunting_party_abduction_is_history(extractor):
    assert _events(extractor, "وكشفت الصحيفة أن مسلحين اختطفوا أمراء كانوا في رحلة صيد بصحراء السماوة.\n") == []


def test_qatari_hunters_abduction_is_history(extractor):
    assert _events(extractor, "وتحدث النائب عن اختطاف الصيادين القطريين في بادية المثنى.\n") == []


def test_ruling_family_members_abducted_is_history(extractor):
    assert _events(extractor, "وقد اختطف مسلحون تسعة أشخاص من الأسرة الحاكمة قرب الحدود العراقية.\n") == []


def test_jordanian_pilot_execution_is_history(extractor):
    assert _events(extractor, "ونشر التنظيم تسجيلا يظهر إعدام الطيار الأردني في مدينة الرقة.\n") == []


def test_fresh_abduction_stays_news(extractor):
    got = _events(extractor, "اختطف مسلحون مجهولون ثلاثة مزارعين في قضاء الطارمية يوم الاثنين.\n")
    assert [(t, s) for t, s, _ in got] == [("Violence against civilians", "Abduction/forced disappearance")]
