"""Old happenings told again (branch g36a), on sentences of our own.

A definite noun with no day of its own, after a happening of its type dropped as old and before any of that type kept,
names that old happening again ("وتظهر الصور الطائرات خلال الغارة" after "في أيلول 2007 قصفت طائرات ...").
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-03-21"
LEAD = "نشر الجيش الإسرائيلي، الأربعاء، وثائق عن عملية قديمة في شرق سوريا.\n"
OLD = ("وفي السادس من أيلول 2007 قصفت طائرات إسرائيلية منشأة في منطقة الكبر بمحافظة دير الزور.\n"
       "ونفت دمشق حينها أي اتهام.\n")
AGAIN = "وتظهر الصور الطائرات الإسرائيلية خلال الغارة الجوية على منشأة الكبر في دير الزور."


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def test_a_definite_noun_after_an_old_happening_names_it_again(extractor):
    doc = _run(extractor, LEAD + OLD + AGAIN)
    assert not doc.events, [(e.sub_event_type, e.location, e.event_date) for e in doc.events]
    assert any(d["reason"] == "background (an old happening named again)" for d in doc.dropped), doc.dropped


def test_the_definite_noun_alone_is_still_read(extractor):
    doc = _run(extractor, LEAD + AGAIN)
    assert [e.sub_event_type for e in doc.events] == ["Air/drone strike"]


def test_a_happening_of_the_news_told_first_keeps_its_later_mentions(extractor):
    news = "وقصفت طائرات إسرائيلية، فجر الثلاثاء، مواقع في ريف دمشق.\n"
    doc = _run(extractor, news + OLD + AGAIN)
    assert "Air/drone strike" in {e.sub_event_type for e in doc.events}
    assert not any(d["reason"] == "background (an old happening named again)" for d in doc.dropped), doc.dropped
