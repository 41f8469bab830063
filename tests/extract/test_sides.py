"""Sides of one-sided acts: a nationality adjective after a target head (also with a plain adjective between)
names the target, not the agent."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-11"  # a Friday


def _strikes(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published=PUB)))
    return sorted((e.actor1, e.actor2) for e in doc.events if e.event_type == "Explosions/Remote violence")


def test_the_nationality_of_a_position_hit_names_the_target(extractor):
    for text in ("أعلن الجيش الإسرائيلي، الخميس، قصف موقع عسكري سوري في الجولان.",
                 "أعلن الجيش الإسرائيلي، الخميس، أنه استهدف موقعاً سورياً في الجولان."):
        assert _strikes(extractor, text) == [("Military Forces of Israel (1948-)", "Military Forces of Syria (2000-)")], text
