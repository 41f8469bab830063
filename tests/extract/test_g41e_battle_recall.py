"""Battles recall and campaign aims (branch g41e), on sentences of our own.

An advance or infiltration attempt told as repelled is a clash that took place; the attempt alone stays an
intention. A death during search operations is a clash, a bomb met on a search is not. An attack told by its toll
(«أسفرت هجمات X عن مقتل») is a clash. The aim of a campaign («الرامية إلى طرد») is no taking.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-06-20"  # a Wednesday


def _types(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB)))
    return [(e.event_type, e.sub_event_type) for e in doc.events]


CLASH = ("Battles", "Armed clash")


def test_a_repelled_advance_attempt_is_a_clash(extractor):
    text = "وتصدت فصائل المعارضة أمس لمحاولة تقدم قوات النظام على جبهة تل الحارة في ريف درعا.\n"
    assert CLASH in _types(extractor, text)


def test_a_foiled_infiltration_attempt_is_a_clash(extractor):
    text = "وأحبط الجيش العراقي أمس محاولة تسلل لعناصر تنظيم داعش قرب قضاء القائم غرب الأنبار.\n"
    assert CLASH in _types(extractor, text)


def test_an_advance_attempt_not_repelled_is_no_clash(extractor):
    text = "وتشهد أطراف مدينة درعا محاولات تقدم متكررة من جهة الجنوب بحسب المعارضة.\n"
    assert CLASH not in _types(extractor, text)


def test_a_death_during_search_operations_is_a_clash(extractor):
    text = "ولقي ضابط في الشرطة العراقية مصرعه أمس خلال عمليات تفتيش في قضاء الطارمية شمال بغداد.\n"
    assert CLASH in _types(extractor, text)


def test_a_bomb_met_on_a_search_is_not_a_clash(extractor):
    text = "وقتل جندي عراقي أمس بانفجار عبوة ناسفة خلال عمليات تفتيش في قضاء الطارمية شمال بغداد.\n"
    assert CLASH not in _types(extractor, text)


def test_an_attack_told_by_its_toll_is_a_clash(extractor):
    text = "وأسفرت هجمات تنظيم داعش أمس على قرى الريف الشرقي لمحافظة السويداء عن مقتل 40 شخصا.\n"
    assert CLASH in _types(extractor, text)


def test_a_campaign_aim_is_no_taking(extractor):
    text = "وأطلق الجيش التركي أمس عملية عسكرية جديدة الرامية إلى طرد الوحدات الكردية من منطقة تل رفعت.\n"
    assert not [s for _, s in _types(extractor, text) if "territory" in s]
