"""Strategic developments that did not happen (branch g42g), on sentences of our own.

Agreeing that something is so («وافقت على أن استخدام ... خطأ») is a shared view, while agreeing that someone will act
(«وافق على أن ينسحب») is an agreement. Negotiating on an agreement («التفاوض على اتفاق») is no agreement yet, but a
negotiating delegation («وفد التفاوض») that reached a truce made one. The risk of an arrest («خطر الاعتقال») is no arrest.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-06-20"  # a Wednesday

AGREEMENT = ("Strategic developments", "Agreement")
ARREST = ("Strategic developments", "Arrests")


def _types(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB)))
    return [(e.event_type, e.sub_event_type) for e in doc.events]


def test_agreeing_that_a_thing_is_so_is_no_agreement(extractor):
    text = "قالت الحكومة البريطانية يوم الاثنين إنها وافقت على أن استخدام السلاح في المدينة خطأ كبير.\n"
    assert AGREEMENT not in _types(extractor, text)


def test_agreeing_that_a_party_will_act_is_an_agreement(extractor):
    text = "قال الفصيل يوم الاثنين إنه وافق على أن ينسحب مقاتلوه من البلدة.\n"
    assert AGREEMENT in _types(extractor, text)


def test_negotiating_on_an_agreement_is_no_agreement(extractor):
    text = "وقال الوزير يوم الاثنين إن الطرفين يواصلان التفاوض على اتفاق وقعه الجانبان في البلدة.\n"
    assert AGREEMENT not in _types(extractor, text)


def test_a_negotiating_delegation_that_reached_a_truce_made_an_agreement(extractor):
    text = "وقالت مصادر يوم الاثنين إن الفصائل توصلت مع وفد التفاوض الروسي إلى هدنة في البلدة.\n"
    assert AGREEMENT in _types(extractor, text)


def test_the_risk_of_arrest_is_no_arrest(extractor):
    text = "قال المتطوعون يوم الاثنين إنهم يواجهون خطر الاعتقال على أيدي القوات في درعا.\n"
    assert ARREST not in _types(extractor, text)
