"""An answer told after a background cue's closed complement is news (branch g70d), on sentences of our own.

«ردا على القصف، هاجمت ...» and «ردا على هذا الحادث شنت ...»: the verb after the cue's complement is the clause's own
predicate, the answer, not the happening recalled; it was dropped as background (md-bg-6). An indefinite noun's
attributive verb («ردا على هجوم استهدف ...») still describes the recalled happening.
"""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-05-11"  # a Friday


def _types(extractor, text):
    doc = read_doc(extractor, text, PUB, "خبر")
    return sorted(e.sub_event_type for e in doc.events)


def test_answer_after_comma_is_kept(extractor):
    text = "وقال المتحدث إن الجيش الإسرائيلي ردا على القصف الصاروخي، هاجم عشرات المواقع الإيرانية في سوريا.\n"
    assert "Air/drone strike" in _types(extractor, text)


def test_answer_after_demonstrative_complement_is_kept(extractor):
    text = "وقالت إسرائيل إنها ردا على هذا الحادث شنت غارات جوية على مواقع سورية قرب دمشق.\n"
    assert "Air/drone strike" in _types(extractor, text)


def test_attributive_verb_of_indefinite_noun_stays_background(extractor):
    text = "وتأتي الخطوة ردا على هجوم استهدف قاعدة عسكرية في ريف حمص العام الماضي.\n"
    assert _types(extractor, text) == []
