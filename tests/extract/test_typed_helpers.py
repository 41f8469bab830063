"""The helpers that made merge, filters, lexicons and gazetteer type-true for mypyc (s28): same answers and
the same errors as the code they replace."""
import datetime as dt

import pytest

from marsad.extract import lexicons as L
from marsad.extract import merge
from marsad.extract.frames import iso_day
from marsad.model import Event


def test_iso_day_reads_a_day_and_refuses_none_as_fromisoformat_did():
    assert iso_day("2018-03-04") == dt.date(2018, 3, 4)
    with pytest.raises(TypeError):
        iso_day(None)


def test_generic_templates_are_pairs_around_the_country():
    assert L._around_country("Civilians ({country})") == ("Civilians (", ")")
    templates = L.generic_templates()
    assert templates and all(type(t) is tuple and len(t) == 2 for t in templates)
    assert ("Civilians (", ")") in templates


def test_default_row_without_a_country_reads_the_any_country_row():
    sub = next(s for c, s in L.default_actors() if c == "*")
    assert L.default_row(None, sub) is L.default_actors()[("*", sub)]


def test_no_actor_is_not_named():
    assert merge._named(None) is False and merge._named("") is False
    assert merge._named("Civilians (Syria)") is False


def test_distance_of_events_placed_without_a_longitude_is_an_error_as_before():
    a = Event(event_type="Battles", sub_event_type="Armed clash", latitude=33.5, longitude=36.3)
    b = Event(event_type="Battles", sub_event_type="Armed clash", latitude=33.5, longitude=None)
    assert merge._apart_km(a, a) == 0
    with pytest.raises(TypeError):
        merge._apart_km(a, b)
