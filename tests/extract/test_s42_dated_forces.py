"""s42 (lead): a side left with a generic force's country name («Police Forces of Iraq»: the police a riot met, folded
in by g111q/g112h) is that country's dated force where actor_by_country.tsv recasts the generic one (abc-28400: Police
Forces of Iraq (2014-2018)), as the gold and ACLED name it; a country with no dated force keeps the generic name, and
a year outside the dated force's years keeps it too (step._dated_forces, lexicons.dated_forces).
"""
from __future__ import annotations

from marsad.extract import lexicons as L
from marsad.extract.step import _dated_forces
from marsad.model import Event
from marsad_testdata import read_doc


def test_riot_police_in_iraq_is_the_dated_force(extractor):
    text = "وفي الكوت يوم السبت هاجم محتجون مقر منظمة بدر وحاولوا إحراقه ما أدى إلى صدام بينهم وبين القوات الأمنية."
    riots = [e for e in read_doc(extractor, text, "2018-09-09").events if e.event_type == "Riots"]
    assert riots and riots[0].actor2 == "Police Forces of Iraq (2014-2018)", [(e.actor2, e.rule_ids) for e in riots]
    assert "abc-28400" in riots[0].rule_ids


def test_generic_names_map_only_where_a_row_recasts():
    rows = L.dated_forces()
    assert rows["Police Forces of Iraq"][1].name == "Police Forces of Iraq (2014-2018)"
    assert "Police Forces of Turkey" not in rows  # no dated Turkish police row: the generic name stays


def test_outside_the_forces_years_the_name_stays():
    old = Event(event_type="Riots", sub_event_type="Violent demonstration", year=2019)
    old.actor1, old.actor2 = "Rioters (Iraq)", "Police Forces of Iraq"
    now = Event(event_type="Riots", sub_event_type="Violent demonstration", year=2018)
    now.actor1, now.actor2 = "Police Forces of Iraq", None
    _dated_forces([old, now])
    assert old.actor2 == "Police Forces of Iraq" and now.actor1 == "Police Forces of Iraq (2014-2018)"
