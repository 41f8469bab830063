"""A security or military operation carried out, with a death told, is fighting (branch g40f), on sentences of our own.

«لقي عشرة مسلحين مصرعهم خلال عملية أمنية نفذتها قوة من الجيش» and «نفذت الشرطة عملية عسكرية ... قتلت فيها»
are the clash the side reports (ACLED: armed clash). Without a death an operation carried out may be a raid of arrests.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday


def _battles(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB)))
    return [(e.sub_event_type, e.location_text) for e in doc.events if e.event_type == "Battles"]


def test_operation_carried_out_with_dead_is_a_clash(extractor):
    text = "قال مصدر أمني إن عشرة من عناصر التنظيم لقوا مصرعهم، الأربعاء، خلال عملية أمنية نفذتها قوة من الجيش في قضاء تلعفر.\n"
    assert [s for s, _ in _battles(extractor, text)] == ["Armed clash"]


def test_special_operation_carried_out_with_dead_is_a_clash(extractor):
    # the weak bare «عملية عسكرية» (tr-clash-26) may pass here too; the operation carried out is the surer reading
    text = "ولقي ستة من عناصر التنظيم مصرعهم، الأربعاء، نتيجة عملية عسكرية نوعية نفذتها قوة مشتركة في قضاء تلعفر.\n"
    doc = extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB)))
    rules = [r for e in doc.events if e.event_type == "Battles" for r in e.rule_ids]
    assert "tr-clash-18203" in rules


def test_verb_first_operation_with_dead_is_a_clash(extractor):
    text = "وقالت الشرطة إنها نفذت عملية أمنية، الأربعاء، في قضاء تلعفر أسفرت عن مقتل خمسة مسلحين.\n"
    assert [s for s, _ in _battles(extractor, text)] == ["Armed clash"]


def test_operation_without_a_death_is_no_clash(extractor):
    text = "وقالت الشرطة إنها نفذت عملية أمنية، الأربعاء، في قضاء تلعفر واعتقلت عددا من المطلوبين.\n"
    assert [s for s, _ in _battles(extractor, text)] == []
