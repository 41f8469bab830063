"""Recall on unseen news, on sentences of our own (branch q20d): happenings told with words the tables missed."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _subs(doc):
    return [e.sub_event_type for e in doc.events]


@pytest.mark.parametrize("text", [
    # «دمر*» / «تدمير» of a missile or an aircraft with the air defences named (tr-dis-3000, 3001)
    "وقالت القيادة العامة إن الدفاعات الجوية دمرت ثلاثة صواريخ فوق مطار الضمير فجر اليوم.",
    "وأعلن الجيش أمس تدمير طائرة مسيرة أطلقها المسلحون نحو بلدة القرداحة، وفق وسائط الدفاع الجوي.",
])
def test_air_defences_that_destroyed_what_flies_intercepted_it(extractor, text):
    assert "Disrupted weapons use" in _subs(_run(extractor, text))


@pytest.mark.parametrize("text", [
    # no air defences named: a strike that destroyed aircraft on the ground or a rocket depot
    "ودمرت الغارات أمس ثلاث طائرات رابضة في مطار التيفور.",
    "وأعلن الجيش الإسرائيلي أمس تدمير مستودع صواريخ قرب بلدة الكسوة.",
])
def test_destroying_without_air_defences_is_no_interception(extractor, text):
    assert "Disrupted weapons use" not in _subs(_run(extractor, text))
