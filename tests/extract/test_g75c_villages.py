"""g75c: إبطع (Ibta', the Dar'a town between al-Shaykh Maskin and Da'el; row pl-48800 in places_extra.tsv), kept at
the province point before. Sentences composed for the tests."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

ERV = "Explosions/Remote violence"


def _run(extractor, text, published="2018-07-20"):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _places(doc, event_type=ERV):
    return [e.location for e in doc.events if e.event_type == event_type]


def test_an_air_strike_on_ibta_is_at_the_town(extractor):
    doc = _run(extractor, "شنت طائرات حربية غارات على بلدة إبطع في ريف درعا الشمالي صباح الخميس.")
    assert _places(doc) == ["Ibta'"]


def test_shelling_of_ibta_without_hamza_is_at_the_town(extractor):
    doc = _run(extractor, "قتل مدنيان جراء قصف مدفعي استهدف بلدة ابطع بريف درعا مساء الأحد.")
    assert _places(doc) == ["Ibta'"]
