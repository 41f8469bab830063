"""The frame builder stops at a modality nothing can clear (branch s22): an intention, a threat or a headline drops
the frame whatever its sides, place and day, and the frames after it read only frames without a modality. Sentences
of our own."""
from __future__ import annotations

from marsad.extract.frames import Frame
from marsad.extract.step import EventExtractor, _settled
from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday
# a threat of a strike with a side, a town and a day of its own, then a strike told as news
TEXT = ("وهدد الجيش الإسرائيلي بقصف مواقع الفصائل في مدينة درعا يوم الأربعاء. "
        "وقصفت طائرات إسرائيلية مواقع في مدينة درعا يوم الأربعاء.")


def _frames(extractor: EventExtractor, text: str) -> tuple[Document, list[Frame]]:
    doc = MetaStep()(Document(text=text, published=PUB))
    return doc, extractor.frames(doc, extractor.recognize(doc))


def test_a_settled_frame_is_not_built_further(extractor):
    _, frames = _frames(extractor, TEXT)
    held = [f for f in frames if f.modality and f.modality[0] not in ("relative", "background", "note")]
    assert held and all(_settled(f) for f in held)
    # neither its place nor its day was read (the sentence names both)
    assert all(f.place is None and f.date is None and "date-context" not in f.rule_ids for f in held)
    told = [f for f in frames if not f.modality]
    assert told and all(f.place is not None and f.date is not None for f in told)


def test_the_settled_frame_is_still_dropped_for_its_modality(extractor):
    doc = extractor(MetaStep()(Document(text=TEXT, published=PUB)))
    reasons = {d["reason"] for d in doc.dropped}
    assert any(r.startswith("modality:") for r in reasons)
    assert [e.sub_event_type for e in doc.events] == ["Air/drone strike"]


def test_what_may_still_be_cleared_is_built(extractor):
    # a relative clause's happening may keep a day of its own ("own-day"): its frame is read to the end
    _, frames = _frames(extractor, "وأدان الوزير الهجوم الذي استهدف حاجزا للجيش في مدينة درعا يوم الأربعاء.")
    assert [f.modality for f in frames] == [None]
    assert any(r.startswith("own-day:") for r in frames[0].rule_ids)
