"""Repelled attacks (branch g85d), on sentences of our own.

«صد هجوم X»، «تصدى لهجوم X» is a clash: the attack's genitive is the attacker (actor1) and the armed side named just
before the verb, its subject, the defender (actor2); a side inside a relative clause before it is not. What a side
"has the capability" («القدرة على») to repel is no happening. After «قالت المصادر إن» the side named is told of, not
the sources' affiliation.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

CLASH = "Armed clash"
SYRIA = "Military Forces of Syria (2000-)"


def _clashes(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published="2018-05-01")))
    return [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == CLASH]


def test_defender_before_repelling_verb_is_actor2(extractor):
    text = "وتمكنت قوات النظام من صد هجوم لتنظيم الدولة الإسلامية على بلدة الصنمين في ريف درعا."
    assert _clashes(extractor, text) == [("Islamic State (Iraq and Syria)", SYRIA)]


def test_defender_after_sources_that(extractor):
    text = "وقالت المصادر إن الجيش السوري تصدى لهجوم لهيئة تحرير الشام على بلدة مورك في ريف حماة."
    assert _clashes(extractor, text) == [("HTS: Hayat Tahrir al Sham", SYRIA)]


def test_relative_clause_agent_is_no_defender(extractor):
    text = ("وقالت المصادر إن عناصر من تنظيم داعش في القرى التي تحتلها إسرائيل تصدت لهجوم شنه الجيش السوري "
            "على بلدة جملة.")
    assert all(a2 != "Military Forces of Israel (1948-)" for _, a2 in _clashes(extractor, text))


def test_capability_to_repel_is_no_clash(extractor):
    text = "وقال اللواء إن من الواضح أن لدى الجيش السوري القدرة التقنية على صد هجوم تركي على مدينة منبج."
    assert _clashes(extractor, text) == []
