"""Preventing an entry is no entry (branch g43d), on sentences of our own.

«منع X من الدخول»: preventing governs what it prevented with «من» right before the verbal noun, past the prevented and
their origin, which took it beyond the call row's window («منع» md-call-20).
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-06-20"  # a Wednesday

TRANSFER = ("Strategic developments", "Non-violent transfer of territory")


def _types(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB)))
    return [(e.event_type, e.sub_event_type) for e in doc.events]


def test_preventing_the_displaced_from_entering_is_no_transfer(extractor):
    text = "قال المرصد يوم الاثنين إن الجيش التركي منع النازحين القادمين من ريف حمص الشمالي في وسط البلاد من الدخول إلى الباب.\n"
    assert TRANSFER not in _types(extractor, text)

