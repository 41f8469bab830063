"""Agreements that were not reached now (branch g43d), on sentences of our own.

Failing to reach an agreement is told with its subject and an aside between commas before «في/ب التوصل»
(«فشل الوفدان، بعد ثلاثة أيام من المحادثات، في التوصل إلى اتفاق»): no agreement. The definite plural with a
relative clause («الاتفاقات التي تم التوصل إليها») and a series («سلسلة من الاتفاقات») recall earlier deals.
Deals reported now in the plural («أبرمت روسيا اتفاقات مصالحة») and an agreement reached after a failed attack stay.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-06-20"  # a Wednesday

AGREEMENT = ("Strategic developments", "Agreement")


def _types(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB)))
    return [(e.event_type, e.sub_event_type) for e in doc.events]


def test_failing_with_an_aside_before_reaching_is_no_agreement(extractor):
    text = "وقال المسؤول يوم الاثنين إن وفدي الحكومة والفصائل فشلا، بعد اجتماع دام ثلاث ساعات في عمان، في التوصل إلى اتفاق بشأن البلدة.\n"
    assert AGREEMENT not in _types(extractor, text)


def test_failing_with_an_aside_before_bi_reaching_is_no_agreement(extractor):
    text = "وقال المرصد يوم الاثنين إن الاجتماع فشل، والذي ضم قادة الفصائل ووفدا من الجيش في البلدة، بالتوصل إلى اتفاق هدنة.\n"
    assert AGREEMENT not in _types(extractor, text)


def test_an_agreement_reached_after_a_failed_attack_stays(extractor):
    text = "وقال المرصد يوم الاثنين إن هجوم الفصائل على البلدة فشل، وبعد ساعات من القتال العنيف في محيطها توصل الطرفان إلى اتفاق لوقف إطلاق النار.\n"
    assert AGREEMENT in _types(extractor, text)


def test_plural_agreements_with_a_relative_clause_are_recalled(extractor):
    text = "وقال مصدر معارض يوم الاثنين إن وضع البلدة يختلف عن الاتفاقات التي تم التوصل إليها مع روسيا في قرى ريف درعا.\n"
    assert AGREEMENT not in _types(extractor, text)


def test_a_series_of_agreements_is_recalled(extractor):
    text = "وقال المرصد يوم الاثنين إن حملة الجيش السوري على ريف درعا انتهت إلى سلسلة من الاتفاقات برعاية روسية مع الفصائل.\n"
    assert AGREEMENT not in _types(extractor, text)


def test_plural_agreements_with_a_relative_clause_after_a_preposition_are_recalled(extractor):
    text = "وقارن مصدر معارض يوم الاثنين الوضع في البلدة بالاتفاقات التي تم التوصل إليها مع روسيا في قرى ريف درعا.\n"
    assert AGREEMENT not in _types(extractor, text)


def test_plural_agreements_made_now_stay(extractor):
    text = "وقال المرصد يوم الاثنين إن روسيا أبرمت اتفاقات مصالحة مع الفصائل في عشر قرى بريف درعا.\n"
    assert AGREEMENT in _types(extractor, text)
