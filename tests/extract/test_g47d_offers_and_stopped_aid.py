"""Strategic developments that did not happen as told (branch g47d), on sentences of our own.

"عرض الجيش على المسلحين الخروج": an offer, no withdrawal done (md-int-26220). "أوقفت القوات الخاصة في الجيش X تقديم
المساعدة": stopping an activity told after the verb's subject is no arrest (md-sense-1402 widened to 6 tokens,
md-sense-26211, 26212), while "أوقفت الشرطة رجلا بتهمة تقديم الدعم" is one (md-shd-26213). "في ذكرى إسقاط الطائرة":
an anniversary names a happening told before (reference_head), not one of the report's day.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-06-09"  # a Saturday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _kinds(doc):
    return [(e.sub_event_type, str(e.event_date)) for e in doc.events]


def test_an_offer_to_leave_is_no_withdrawal(extractor):
    doc = _run(extractor, "وعرضت القوات الحكومية على المقاتلين الخروج من البلدة نحو ريف إدلب يوم الجمعة.")
    assert not [e for e in doc.events if e.event_type == "Strategic developments"], _kinds(doc)


def test_stopping_aid_after_its_subject_is_no_arrest(extractor):
    doc = _run(extractor, "أوقفت الوحدات الخاصة في الجيش الأسترالي تقديم التدريب للقوات العراقية في الموصل الجمعة.")
    assert not [e for e in doc.events if e.sub_event_type == "Arrests"], _kinds(doc)


def test_stopping_support_is_no_arrest(extractor):
    doc = _run(extractor, "أوقفت الحكومة الهولندية الدعم المقدم لفصائل المعارضة في ريف حلب الجمعة.")
    assert not [e for e in doc.events if e.sub_event_type == "Arrests"], _kinds(doc)


def test_an_arrest_charged_with_giving_support_stays(extractor):
    # a guard: the widened window must not take an arrest on a charge of giving support
    doc = _run(extractor, "أوقفت الشرطة التركية شابا سوريا بتهمة تقديم الدعم لتنظيم داعش في مدينة إزمير الجمعة.")
    assert [e.sub_event_type for e in doc.events] == ["Arrests"], _kinds(doc)


def test_an_anniversary_is_no_downing_of_the_day(extractor):
    doc = _run(extractor, "وأحيا أهالي المدينة الجمعة ذكرى إسقاط الطائرة الحربية فوق ريف حماة.")
    assert not [e for e in doc.events if e.sub_event_type == "Disrupted weapons use"], _kinds(doc)
