""""التوصل لاتفاق": li + verbal noun right after a verb of reaching is what was reached, not a purpose (q11a)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-30"


def _agreements(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published=PUB)))
    return [e for e in doc.events if e.sub_event_type == "Agreement"], doc


def test_an_agreement_reached_with_li_is_an_agreement(extractor):
    for text in ("أعلنت الوكالة الرسمية الأحد التوصل لاتفاق مع المسلحين في بلدة يلدا جنوب دمشق.",
                 "قالت مصادر محلية إن الفصائل توصلت لاتفاق مع الجيش في بلدة يلدا جنوب دمشق."):
        ev, doc = _agreements(extractor, text)
        assert len(ev) == 1, (text, doc.dropped)


def test_reaching_as_a_purpose_stays_an_intention(extractor):
    ev, doc = _agreements(extractor, "يسعى الوسطاء للتوصل لاتفاق مع المسلحين في بلدة يلدا جنوب دمشق.")
    assert not ev and any(d["reason"].startswith("modality:") for d in doc.dropped)
