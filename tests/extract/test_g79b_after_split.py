"""A battle or a taking told after «بينما/فيما/في حين/في وقت» takes a place of its own clause when that clause names
one, not the earlier clause's (places.own_clause / _after_split, branch g79b; sentences of our own)."""
from __future__ import annotations

from marsad_testdata import places_of

PUB = "2018-04-10"


def test_clash_after_fima_not_at_earlier_town(extractor):
    # the own clause names only a compass region, less exact than the earlier clause's town
    text = "عاد الهدوء يوم الإثنين إلى مدينة دوما، بينما اندلعت اشتباكات عنيفة بين الجيش والفصائل في جنوب سوريا."
    assert places_of(extractor, text, PUB, "Battles") == ["Southern Syria"]


def test_clash_after_fima_keeps_earlier_place_when_own_clause_names_none(extractor):
    # the own clause names no place: the earlier clause's town stays (the behaviour before g79b)
    text = "عاد الهدوء يوم الإثنين إلى مدينة دوما، فيما اندلعت اشتباكات عنيفة بين الجيش والفصائل."
    assert "Dūmā" in places_of(extractor, text, PUB, "Battles")
