"""Work the frame builder skips because nothing would read it (branch s22), on sentences of our own: a frame whose
modality nothing can clear (an intention, a threat, a headline) is not built further; a document that tells no
campaigns.tsv day is not searched for a retold happening."""
from __future__ import annotations

import datetime as dt
import sys

from marsad.extract.frames import Frame
from marsad.extract.step import EventExtractor, _settled
from marsad.model import Document
from marsad.pipeline import MetaStep
from marsad_testdata import patches_compiled_calls

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


def test_a_document_telling_no_campaign_day_is_not_searched_for_retold_happenings(extractor, monkeypatch):
    # published ten days after a campaigns.tsv happening (cp-700, 2018-04-07) but never telling that day nor naming
    # a place that has a row (q27d: a row's place alone may be retold, dated by the report's week)
    def boom(*args, **kwargs):
        raise AssertionError("_told_again called")

    patches_compiled_calls(sys.modules[EventExtractor.__module__])
    monkeypatch.setattr(EventExtractor, "_told_again", boom)
    doc = extractor(MetaStep()(Document(text="وقصفت طائرات حربية مدينة درعا أمس.", published="2018-04-17")))
    assert [e.sub_event_type for e in doc.events] == ["Air/drone strike"]


def test_a_document_telling_a_campaign_day_may_retell_it(extractor):
    doc = MetaStep()(Document(text="وكانت مدينة دوما قد تعرضت لقصف عنيف في السابع من أبريل.", published="2018-04-17"))
    rec = extractor.recognize(doc)
    assert extractor._retellable(rec["published"], rec["dates"], rec["places"])
    # four months on (mid-August 2018): no row ended within the window before it
    assert not extractor._retellable(rec["published"] + dt.timedelta(days=120), rec["dates"], rec["places"])


def test_a_settled_frame_reads_no_marks(extractor):
    # "بالقصف": a definite verbal noun, marked "definite" when its frame is built
    _, frames = _frames(extractor, "وهدد الجيش بالقصف على مدينة درعا. وقصفت الطائرات الحربية مدينة درعا بالقصف الأحد.")
    held = [f for f in frames if f.modality and _settled(f)]
    assert held and all(f.rule_ids == [f.tdef.id] for f in held)


def test_the_genre_is_not_read_for_a_document_that_keeps_no_event(extractor, monkeypatch):
    from marsad.extract import step

    def boom(*args, **kwargs):
        raise AssertionError("commentary_cue called")

    patches_compiled_calls(step)
    monkeypatch.setattr(step, "commentary_cue", boom)
    doc = extractor(MetaStep()(Document(text="وزار الوزير مدينة درعا الأحد والتقى بالأهالي.", published=PUB)))
    assert doc.events == []
