"""Strikes on sentences of our own (branch g38g): a place named right after the agent of a strike, in the strike's
relative clause ("قصف نفذته فصائل معارضة في الغوطة"), is where the agent is; the strike is where it fell, which the
sentence names elsewhere (place-agent-home-15000)."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-03-12"  # a Monday
EXPL = "Explosions/Remote violence"


def _strikes(extractor, text):
    return [e for e in read_doc(extractor, text, PUB).events if e.event_type == EXPL]


@pytest.mark.parametrize("text, where", [
    ("أصيب ثلاثة مدنيين الأحد في حي جوبر بدمشق جراء قصف نفذته فصائل معارضة في الغوطة.", "Jobar"),
    ("قتل طفل الأحد في مدينة حلب جراء قصف صاروخي نفذته فصائل المعارضة في ريف حلب الغربي.", "Aleppo"),
])
def test_the_agents_place_is_not_where_the_strike_fell(extractor, text, where):
    evs = _strikes(extractor, text)
    assert [e.location for e in evs] == [where], [(e.location, e.rule_ids) for e in evs]
    assert "place-agent-home-15000" in evs[0].rule_ids


@pytest.mark.parametrize("text, where", [
    # no other place: the only place named stays the strike's
    ("قتل طفل الأحد جراء قصف نفذته فصائل المعارضة في الغوطة الشرقية.", "Eastern Ghouta"),
    # the place after a target word is where it fell
    ("قتل خمسة مدنيين الأحد جراء غارات نفذتها طائرات روسية على بلدة سراقب.", "Saraqib"),
])
def test_a_strikes_own_place_stays(extractor, text, where):
    evs = _strikes(extractor, text)
    assert where in [e.location for e in evs], [(e.location, e.rule_ids) for e in evs]
    assert not any("place-agent-home-15000" in e.rule_ids for e in evs)
