"""Control consolidated or only tried is no taking of territory (branch g75d), on sentences of our own."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-03"  # a Thursday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _territory(doc):
    return [e for e in doc.events if e.sub_event_type.endswith("territory")]


@pytest.mark.parametrize("text", [
    "وقال مسؤول الأربعاء إن الحزب أرسل مقاتلين لتعزيز السيطرة على قرى قرب مدينة حمص.",
    "وقال المرصد الأربعاء إن مسلحي التنظيم حاولوا السيطرة على حاجز قرب مدينة تدمر.",
])
def test_consolidated_or_tried_control_is_no_taking(extractor, text):
    doc = _run(extractor, text)
    assert not _territory(doc), [(e.sub_event_type, e.location) for e in doc.events]


def test_past_imposed_control_stays_a_taking(extractor):
    doc = _run(extractor, "وقال المرصد إن قوات النظام فرضت سيطرتها على بلدة تلكلخ الأربعاء بعد معارك عنيفة.")
    assert _territory(doc), doc.dropped
