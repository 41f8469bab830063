"""The IS pockets of 2018 in sector_holders.tsv (branch g83e, on sentences of our own): a strike, clash or hand-over
there whose other side the text gives only as «المسلحين» or the opposition takes IS as actor2, and so does a taking
(Government regains territory), since IS is no opposition rebel group; takings of a rebel-held town stay generic."""
from __future__ import annotations

from marsad.extract.step import _sector_holder_as_target
from marsad_testdata import ISIS as IS, REB as REBELS, actor2_of, held_event

GRT = "Government regains territory"


def test_strike_on_hajar_al_aswad_takes_is(extractor):
    text = "قصفت طائرات النظام السوري يوم الخميس مواقع المسلحين في حي الحجر الأسود جنوب العاصمة دمشق."
    assert actor2_of(extractor, text, "2018-05-10", "Air/drone strike") == [IS]


def test_army_taking_qadam_takes_is(extractor):
    text = "سيطر الجيش السوري يوم الخميس على حي القدم جنوب دمشق بعد معارك عنيفة مع المسلحين."
    assert actor2_of(extractor, text, "2018-04-26", GRT) == [IS]


_event = held_event


def test_table_rule_direct():
    evs = [_event("Battles", GRT, "Yarmouk camp", "2018-05-20"), _event("Battles", GRT, "Dūmā", "2018-04-01"),
           _event("Battles", GRT, "Yarmouk camp", "2018-05-02"),
           _event("Explosions/Remote violence", "Chemical weapon", "Al Ḩajar al Aswad", "2018-05-01"),
           _event("Strategic developments", "Non-violent transfer of territory", "Yarmouk Basin", "2018-07-30"),
           _event("Battles", "Armed clash", "Hajīn", "2018-12-20")]
    _sector_holder_as_target(evs)
    assert [e.actor2 for e in evs] == [IS, REBELS, REBELS, REBELS, IS, REBELS]
    assert "sh-54402" in evs[0].rule_ids and "sh-54403" in evs[4].rule_ids
