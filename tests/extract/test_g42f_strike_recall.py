"""Explosions/Remote violence recall (branch g42f), on sentences of our own.

A missile attack told with the plural or feminine noun («هجمات صاروخية»، «الهجمة الصاروخية») is a strike as
«هجوم صاروخي» is; told as what might or would happen («إمكان شن هجمات»، «من شأن المناورات صد هجمات») it is none.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-06-20"  # a Wednesday
SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def _types(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB)))
    return [(e.event_type, e.sub_event_type) for e in doc.events]


def test_plural_missile_attacks_are_a_strike(extractor):
    text = "وشنت القوات التركية فجر الثلاثاء هجمات صاروخية على مواقع للمسلحين في قرية كفرجنة شمال حلب.\n"
    assert SHELL in _types(extractor, text)


def test_the_definite_missile_attack_is_a_strike(extractor):
    text = "وأسفرت الهجمة الصاروخية التي نفذها الحوثيون أمس على معسكر في مأرب عن مقتل خمسة جنود.\n"
    assert SHELL in _types(extractor, text)


def test_missile_attacks_told_as_a_possibility_are_none(extractor):
    text = "وأكد الجيش أمس إمكان شن هجمات صاروخية على مواقعه في الجولان.\n"
    assert SHELL not in _types(extractor, text)


def test_what_drills_would_repel_is_no_strike(extractor):
    text = "وقالت وزارة الدفاع أمس إن من شأن المناورات البحرية صد هجمات صاروخية على السفن في المتوسط.\n"
    assert SHELL not in _types(extractor, text)
