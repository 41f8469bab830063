"""Violence against civilians on unseen news, on sentences of our own (branch q18b): victims described by a relative
clause of the feminine plural or dual, which tells who they are, not an abduction or rape of the day."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"


def _run(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB)))


@pytest.mark.parametrize("text", [
    "وقالت المنظمة إنها تقدم العلاج للنساء اللواتي اختطفهن مسلحو تنظيم داعش في سنجار.",
    "وتحدث الطبيب عن الفتيات اللاتي اغتصبهن عناصر التنظيم في الموصل.",
])
def test_victims_described_by_a_relative_clause_are_no_happening(extractor, text):
    doc = _run(extractor, text)
    assert not doc.events, [(e.sub_event_type, e.rule_ids) for e in doc.events]
    assert any(d["reason"] == "modality:relative" for d in doc.dropped), doc.dropped


def test_an_abduction_told_as_a_report_is_kept(extractor):
    doc = _run(extractor, "اختطف مسلحو تنظيم داعش ثلاث نساء من قرية قرب سنجار أمس.")
    assert [e.sub_event_type for e in doc.events] == ["Abduction/forced disappearance"], doc.dropped
