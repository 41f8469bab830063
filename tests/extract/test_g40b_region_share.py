"""A taking of a share of a region sums up a campaign, it is no taking of its own (branch g40b), on sentences of our own.

«سيطرت القوات على أكثر من نصف مساحة ...»، «استعاد السيطرة على معظم قرى ...» tell how far a campaign has come;
a named town taken stays a taking.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday


def _battles(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB)))
    return [(e.sub_event_type, e.location_text) for e in doc.events if e.event_type == "Battles"]


def test_half_of_a_region_is_no_taking(extractor):
    text = "وسيطرت القوات الحكومية الأربعاء على أكثر من نصف مساحة ريف حماة الشمالي.\n"
    assert _battles(extractor, text) == []


def test_most_villages_of_a_region_is_no_taking(extractor):
    text = "وكان الجيش قد استعاد الأربعاء السيطرة على معظم قرى ريف حماة الشمالي.\n"
    assert _battles(extractor, text) == []


def test_a_named_town_taken_stays(extractor):
    text = "وسيطرت القوات الحكومية الأربعاء على بلدة اللطامنة في ريف حماة الشمالي.\n"
    assert _battles(extractor, text) == [("Government regains territory", "اللطامنة")]
