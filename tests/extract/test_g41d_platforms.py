"""A warship named before «في» with no «من» (g41d): the sea or port told is where the platform stood, not where its
missiles fell («بارجة واحدة على الأقل في البحر الأحمر شاركت في الضربات على سوريا»). Sentences composed for the test."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-14"


def _run(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB)))


def _places(doc):
    return [e.location for e in doc.events]


def test_a_warship_in_a_sea_is_no_place_of_the_strike(extractor):
    doc = _run(extractor, "قال مسؤول أمريكي إن مدمرة واحدة على الأقل في البحر الأحمر شاركت في الضربات على سوريا.")
    assert _places(doc) == ["Syria"], [(e.sub_event_type, e.location) for e in doc.events]


def test_a_named_warship_stationed_in_a_sea_is_no_place_of_the_strike(extractor):
    doc = _run(extractor, 'وشاركت في الضربات على سوريا الفرقاطة "نورماندي" المتمركزة في البحر الأحمر فجر اليوم.')
    assert _places(doc) == ["Syria"], [(e.sub_event_type, e.location) for e in doc.events]


def test_a_target_word_after_the_warship_keeps_the_place(extractor):
    # "على مواقع في حمص": the place after the target word is where the missiles landed
    doc = _run(extractor, "قصفت البارجة الأمريكية صواريخ على مواقع في حمص فجر اليوم.")
    assert _places(doc) == ["Homs"], [(e.sub_event_type, e.location) for e in doc.events]
