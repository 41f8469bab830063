"""Non-events on sentences of our own (branch g41b): sporadic happenings told as a pattern ("من حين لآخر"،
"بين الحين والآخر"), and an act a thing is a step to ("خطوة نحو") are no dated events."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


@pytest.mark.parametrize("text, reason", [
    # sporadic, a pattern (md-gen-19000, 19002, 19004)
    ("وتتعرض مدينة الميادين من حين لآخر لقصف من الطائرات العراقية.", "modality:general"),
    ("وتشن الطائرات التركية بين الحين والآخر غارات على مواقع الحزب في جبال قنديل.", "modality:general"),
    # an aim (md-int-19013)
    ("وقال الوزير الخميس إن الاتفاق يشكل خطوة نحو تحرير مدينة تلكلخ.", "modality:intention"),
])
def test_a_pattern_or_an_aim_is_no_event(extractor, text, reason):
    doc = _run(extractor, text)
    assert doc.events == []
    assert reason in {d["reason"] for d in doc.dropped}
