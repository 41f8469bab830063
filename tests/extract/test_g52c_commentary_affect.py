"""g52c: fighting or shelling that «أثرت/تؤثر» (affected/affects) something is the subject of a view on its effects,
not a report of a happening (modality.tsv md-op-32424, md-op-32425); the same fight told plainly stays an event."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-07-20"


def test_battles_that_affected_lives_are_no_event(extractor):
    assert not events_of(extractor, "وأثرت المعارك على حياة السكان في مدينة درعا.", "Armed clash", PUB)


def test_clashes_that_affected_displacement_are_no_event(extractor):
    assert not events_of(extractor, "وأثرت الاشتباكات العنيفة في مدينة الباب على حركة النزوح.", "Armed clash", PUB)


def test_strikes_that_affect_work_are_no_event(extractor):
    assert not events_of(extractor, "وتؤثر الغارات الجوية على عمل المستشفيات في مدينة إدلب.", "Air/drone strike", PUB)


def test_clashes_told_plainly_stay(extractor):
    assert events_of(extractor, "واندلعت الخميس اشتباكات عنيفة في مدينة الباب.", "Armed clash", PUB)
