"""Agreements reached told in forms no row read (g60d): the deal with the article after reaching ("تم التوصل إلى
الاتفاق"), a deal told with "ل" after a verb of reaching and its long subject (the deal reached, not an aim), and a deal
named with a relative clause of reaching ("والاتفاق الذي توصل له ..."). A deal sought stays no event."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-06"


def _doc(extractor, text, published=PUB):
    return read_doc(extractor, text, published)


def _agreements(doc):
    return [e for e in doc.events if e.sub_event_type == "Agreement"]


def test_reaching_the_deal_with_the_article(extractor):
    doc = _doc(extractor, "قالت مصادر محلية إنه تم التوصل إلى الاتفاق بشأن خروج الجرحى من مدينة الرستن يوم السبت.")
    assert [e.rule_ids[0] for e in _agreements(doc)] == ["tr-agr-41400"]


def test_a_deal_with_li_after_reaching_and_a_long_subject(extractor):
    doc = _doc(extractor, "توصلت الفصائل المسلحة في بلدات تلبيسة والرستن والحولة بريف حمص الشمالي السبت لاتفاق مع "
                          "الجانب الروسي لخروج الرافضين نحو الشمال.")
    assert len(_agreements(doc)) == 1


def test_a_deal_with_li_as_an_aim_stays_out(extractor):
    doc = _doc(extractor, "سعت الفصائل المسلحة في بلدات تلبيسة والرستن بريف حمص الشمالي السبت لاتفاق مع الجانب الروسي.")
    assert _agreements(doc) == []


def test_a_deal_named_with_a_relative_clause_of_reaching(extractor):
    doc = _doc(extractor, "والاتفاق الذي توصل له الجيش السوري وروسيا مع الفصائل المسلحة في مدينة الرستن يشمل "
                          "إخراج الجرحى يوم السبت.")
    assert [e.rule_ids[0] for e in _agreements(doc)] == ["tr-agr-41405"]
