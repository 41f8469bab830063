"""A happening named as the object of a reaction ("الرد على الهجوم") keeps a day told with it; the day after a
reporting verb is the statement's and no part of the speaker. (Such a happening with no day of its own is dropped:
see test_precision, q10e.)"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-12"  # a Thursday


def _chemical(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published=PUB)))
    return [e for e in doc.events if e.sub_event_type == "Chemical weapon"]


def test_a_reactions_object_with_its_own_day_keeps_it(extractor):
    ev = _chemical(extractor, "أعلن البيت الأبيض الخميس أنه يدرس الرد على الهجوم الكيماوي الذي وقع السبت "
                              "على مدينة دوما.")
    assert len(ev) == 1
    assert (ev[0].date_start, ev[0].date_end) == ("2018-04-07", "2018-04-07")


def test_the_day_after_a_reporting_verb_is_no_part_of_the_speaker(extractor):
    for text in ("أعلن البيت الأبيض الخميس أنه يدرس الرد على الهجوم الكيماوي الذي وقع السبت على مدينة دوما.",
                 "وأعلن الخميس البيت الأبيض أنه يدرس الرد على الهجوم الكيماوي الذي وقع السبت على مدينة دوما."):
        ev = _chemical(extractor, text)
        assert len(ev) == 1 and ev[0].claimed_by == ["البيت الأبيض"], [e.claimed_by for e in ev]
