"""g67c: shells told as falling on a town the Syrian government held (held_places.tsv), with no side named as firing,
are the rebels' and not the government's shelling default (default_actors.tsv da-3); the default stays for shells on
an opposition town and for a shelling told as the army's act."""
from __future__ import annotations

import pytest

from marsad.extract import lexicons as L
from marsad_testdata import read_doc

PUB = "2018-03-06"
SHELLING = "Shelling/artillery/missile attack"
REBELS, GOVERNMENT = "Opposition Rebels (Syria)", "Military Forces of Syria (2000-)"


def _attackers(extractor, text):
    return [e.actor1 for e in read_doc(extractor, text, PUB).events if e.sub_event_type == SHELLING]


@pytest.mark.parametrize("text", [
    "وتواصل يوم الاثنين سقوط قذائف هاون على أحياء دمشق، ما أسفر عن مقتل شخص واحد.",
    "وقالت الوكالة إن قذيفة صاروخية سقطت يوم الاثنين على سوق في جرمانا وقتلت ثلاثة مدنيين.",
])
def test_shells_that_fell_on_a_government_held_town_are_the_rebels(extractor, text):
    assert _attackers(extractor, text) == [REBELS]


def test_shells_that_fell_on_an_opposition_town_keep_the_default(extractor):
    text = "وسقطت قذائف هاون يوم الاثنين على مدينة دوما وقتلت ثلاثة مدنيين."
    assert _attackers(extractor, text) == [GOVERNMENT]


def test_a_bare_shelling_of_the_held_town_keeps_the_default(extractor):
    # «قصف» alone tells the firing side's act, not projectiles that fell: the holder's own fire on a pocket
    text = "وتواصل يوم الاثنين القصف العنيف على أحياء في دمشق وقتل ثلاثة مدنيين."
    assert _attackers(extractor, text) in ([GOVERNMENT], [])


def test_held_places_table_names_known_actors():
    rows = L.held_places()
    assert ("Syria", "Damascus") in rows
    assert all(r.holder.id != r.fired_by.id for r in rows.values())
