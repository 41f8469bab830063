"""The IS pockets of 2018 in sector_holders.tsv (branch g83e, on sentences of our own): a strike, clash or hand-over
there whose other side the text gives only as «المسلحين» or the opposition takes IS as actor2, and so does a taking
(Government regains territory), since IS is no opposition rebel group; takings of a rebel-held town stay generic."""
from __future__ import annotations

from marsad import model
from marsad.extract.step import _sector_holder_as_target
from marsad_testdata import read_doc

REBELS = "Opposition Rebels (Syria)"
IS = "Islamic State (Iraq and Syria)"
GRT = "Government regains territory"


def _actor2(extractor, text, pub, sub):
    return [e.actor2 for e in read_doc(extractor, text, pub).events if e.sub_event_type == sub]


def test_strike_on_hajar_al_aswad_takes_is(extractor):
    text = "قصفت طائرات النظام السوري يوم الخميس مواقع المسلحين في حي الحجر الأسود جنوب العاصمة دمشق."
    assert _actor2(extractor, text, "2018-05-10", "Air/drone strike") == [IS]


def test_army_taking_qadam_takes_is(extractor):
    text = "سيطر الجيش السوري يوم الخميس على حي القدم جنوب دمشق بعد معارك عنيفة مع المسلحين."
    assert _actor2(extractor, text, "2018-04-26", GRT) == [IS]


def _event(event_type, sub, location, date):
    ev = model.Event(event_type=event_type, sub_event_type=sub)
    ev.country, ev.location, ev.event_date, ev.actor2 = "Syria", location, date, REBELS
    ev.inter1 = 1
    return ev


def test_table_rule_direct():
    evs = [_event("Battles", GRT, "Yarmouk camp", "2018-05-20"), _event("Battles", GRT, "Dūmā", "2018-04-01"),
           _event("Battles", GRT, "Yarmouk camp", "2018-05-02"),
           _event("Explosions/Remote violence", "Chemical weapon", "Al Ḩajar al Aswad", "2018-05-01"),
           _event("Strategic developments", "Non-violent transfer of territory", "Yarmouk Basin", "2018-07-30"),
           _event("Battles", "Armed clash", "Hajīn", "2018-12-20")]
    _sector_holder_as_target(evs)
    assert [e.actor2 for e in evs] == [IS, REBELS, REBELS, REBELS, IS, REBELS]
    assert "sh-54402" in evs[0].rule_ids and "sh-54403" in evs[4].rule_ids
