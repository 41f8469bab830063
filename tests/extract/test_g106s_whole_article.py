"""Whole-article audit (branch g106s), on sentences of our own.

- A proposal, letter, list or note handed over (trigger_cues handed_paper) makes «تسليم» no transfer of territory,
  even with a place word in the sentence; a town handed over stays one.
- People, residents or an aid convoy leaving, or people leaving towards the army's checkpoints, is flight (trigger_cues
  flight), not fighters handing over ground; fighters leaving stay a transfer.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-03-18"  # a Sunday
NVT = "Non-violent transfer of territory"


def _subs(extractor, text, published=PUB):
    doc = extractor(MetaStep()(Document(text=text, title="خبر", published=published)))
    return [(e.sub_event_type, e.location) for e in doc.events]


def test_a_proposal_handed_over_is_no_transfer_of_territory(extractor):
    text = "كشف قائد القوات الكردية عن تسليم التحالف الدولي مقترحا بشأن الانتشار في المناطق المحيطة بمدينة كركوك.\n"
    got = _subs(extractor, text)
    assert not [s for s, _ in got if s == NVT], got


def test_a_town_handed_over_stays_a_transfer(extractor):
    text = "وجرى السبت تسليم بلدة حمورية للقوات الحكومية بعد خروج المسلحين منها.\n"
    got = _subs(extractor, text)
    assert [s for s, _ in got if s == NVT], got


def test_people_leaving_with_fighters_named_elsewhere_are_flight(extractor):
    text = "وغادر بعض الناس إلى قرى خارج منبج، وقال أحد السكان إن مقاتلي الفصائل ينهبون المحال صباح الأحد.\n"
    got = _subs(extractor, text)
    assert not [s for s, _ in got if s == NVT], got


def test_leaving_towards_the_army_checkpoints_is_flight(extractor):
    text = "وصباح الأحد، غادر أكثر من ألفي شخص بلدة حمورية نحو الحواجز التي أقامتها القوات الحكومية.\n"
    got = _subs(extractor, text)
    assert not [s for s, _ in got if s == NVT], got


def test_fighters_leaving_a_town_stay_a_transfer(extractor):
    text = "وغادر مسلحو المعارضة وعائلاتهم بلدة حمورية السبت في حافلات إلى إدلب بموجب الاتفاق.\n"
    got = _subs(extractor, text)
    assert [s for s, _ in got if s == NVT], got
