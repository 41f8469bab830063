"""One bombardment told by its two weapons is one event, not an air strike and a shelling (branch g106m), on sentences
of our own.

«الغارات الجوية والمدفعية» is one plural noun with two adjectives, read as the masculine «قصف جوي ومدفعي» already is: one
air strike (the dev gold's convention). Two nouns («الغارات الجوية والقصف المدفعي») stay two listed kinds.
"""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-05-27"  # a Sunday
AIR, SHELL = "Air/drone strike", "Shelling/artillery/missile attack"


def _run(extractor, text):
    return read_doc(extractor, text, PUB, "تقرير")


def _kinds(doc):
    return sorted(e.sub_event_type for e in doc.events)


def test_air_noun_with_artillery_adjective_is_one_air_strike(extractor):
    doc = _run(extractor, "صعد الجيش السوري أمس غاراته الجوية والمدفعية على بلدة كفرنبل في ريف إدلب.\n")
    assert _kinds(doc) == [AIR]
    assert ("modality:sense", "tr-shell-22") in {(d["reason"], d.get("rule_id")) for d in doc.dropped}
    # the pair only: two listed nouns, and the artillery told with its own verb, stay two kinds
    doc = _run(extractor, "قتل خمسة مدنيين أمس في الغارات الجوية والقصف المدفعي على بلدة كفرنبل في ريف إدلب.\n")
    assert _kinds(doc) == [AIR, SHELL]
    doc = _run(extractor, "شنت الطائرات أمس غارات على بلدة كفرنبل، بينما استهدفت المدفعية بلدة معرة النعمان.\n")
    assert _kinds(doc) == [AIR, SHELL]
