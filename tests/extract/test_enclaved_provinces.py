"""A capital's province inside the province around it (admin1.tsv's ``within`` column): two battles told one at the
province as a whole and one at a town of the province around it are not kept apart by merge._provinces_apart, while
two neighbouring provinces are."""
from __future__ import annotations

from marsad.extract import merge
from marsad.geo.tables import enclaved_admin1
from marsad.model import Event


def _battle(admin1: str, gazetteer_id: str, country: str = "Syria") -> Event:
    return Event(event_type="Battles", sub_event_type="Armed clash", country=country, admin1=admin1,
                 gazetteer_id=gazetteer_id)


def test_the_table_names_each_capital_with_the_province_around_it():
    pairs = enclaved_admin1()
    assert frozenset(("Damascus", "Rural Damascus")) in pairs
    assert frozenset(("Beirut", "Mount Lebanon")) in pairs
    assert frozenset(("Aleppo", "Idleb")) not in pairs


def test_a_province_and_a_town_of_the_province_around_it_may_merge():
    assert not merge._provinces_apart(_battle("Damascus", "a1:SY.13"), _battle("Rural Damascus", "gn:170654"))
    assert not merge._provinces_apart(_battle("Beirut", "a1:LB.04", "Lebanon"),
                                      _battle("Mount Lebanon", "gn:276781", "Lebanon"))


def test_neighbouring_provinces_stay_apart():
    assert merge._provinces_apart(_battle("Quneitra", "a1:SY.12"), _battle("Dar'a", "gn:170592"))
