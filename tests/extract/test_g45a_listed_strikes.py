"""Two kinds of strike told as two items of one list (branch g45a), on sentences of our own.

"غارات جوية وقصف صاروخي على البلدة" tells an air strike and a rocket fire: ACLED codes two events. One noun with
two adjectives ("قصفا جويا ومدفعيا") stays one act, and a fire whose air partner is not in the list stays as the
refiners read it.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-03-07"  # a Wednesday
AIR, SHELL = "Air/drone strike", "Shelling/artillery/missile attack"


def _events(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="خبر", published=PUB)))
    return [(e.sub_event_type, e.location, e.fatalities) for e in doc.events]


def test_air_strikes_and_rocket_fire_listed_are_two_events(extractor):
    text = "قتل تسعة مدنيين الثلاثاء في غارات جوية وقصف صاروخي على مدينة دوما في الغوطة الشرقية.\n"
    subs = sorted(sub for sub, loc, _ in _events(extractor, text) if loc == "Dūmā")
    assert subs == [AIR, SHELL], subs


def test_the_toll_is_not_counted_twice(extractor):
    text = "قتل تسعة مدنيين الثلاثاء في الغارات الجوية والقصف المدفعي على مدينة دوما في الغوطة الشرقية.\n"
    tolls = {sub: dead for sub, loc, dead in _events(extractor, text) if loc == "Dūmā"}
    assert tolls.get(AIR) == 9 and tolls.get(SHELL) == 0, tolls


def test_one_noun_with_two_adjectives_is_one_act(extractor):
    text = "قالت مصادر إن قصفا جويا ومدفعيا استهدف مدينة دوما الثلاثاء.\n"
    subs = [sub for sub, loc, _ in _events(extractor, text) if loc == "Dūmā"]
    assert len(subs) == 1, subs
