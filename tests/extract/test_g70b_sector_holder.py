"""A clash or strike at an Eastern Ghouta town whose target the text names only as the generic opposition takes the
group that held the town on that date (sector_holders.tsv, branch g70b, on sentences of our own); after the
hand-over date, or at a town not in the table, the generic opposition stays."""
from __future__ import annotations

import pytest

from marsad import model
from marsad.extract import lexicons as L
from marsad.extract.step import _sector_holder_as_target
from marsad_testdata import read_doc

BATTLES = "Battles"
REBELS = "Opposition Rebels (Syria)"


def _actor2(extractor, text, pub):
    return [e.actor2 for e in read_doc(extractor, text, pub).events if e.event_type == BATTLES]


def test_douma_clash_takes_jaish_al_islam(extractor):
    text = "دارت يوم الأربعاء اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في مدينة دوما بالغوطة الشرقية."
    assert _actor2(extractor, text, "2018-03-15") == ["Jaish al Islam"]


def test_saqba_clash_takes_faylaq_al_rahman(extractor):
    text = "دارت يوم الأربعاء اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في بلدة سقبا بالغوطة الشرقية."
    assert _actor2(extractor, text, "2018-03-08") == ["Faylaq al Rahman"]


@pytest.mark.parametrize("pub", ["2018-04-26", "2018-05-10"])
def test_after_handover_generic_stays(extractor, pub):
    text = "دارت يوم الأربعاء اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في مدينة دوما بالغوطة الشرقية."
    assert _actor2(extractor, text, pub) in ([REBELS], [])


def _event(location, date, actor1_rebel=False):
    ev = model.Event(event_type=BATTLES, sub_event_type="Armed clash")
    ev.country, ev.location, ev.event_date, ev.actor2 = "Syria", location, date, REBELS
    ev.inter1 = 2 if actor1_rebel else 1
    return ev


def test_table_rule_direct():
    evs = [_event("Dūmā", "2018-04-12"), _event("Dūmā", "2018-04-13"), _event("Ḩarastā", "2018-03-01"),
           _event("Dūmā", "2018-03-01", actor1_rebel=True), _event("Damascus", "2018-03-01")]
    _sector_holder_as_target(evs)
    assert [e.actor2 for e in evs] == ["Jaish al Islam", REBELS, "Ahrar al Sham", REBELS, REBELS]
    assert "sh-46400" in evs[0].rule_ids


def test_table_loads():
    rows = L.sector_holders()
    assert all(r.start <= r.end for r in rows.values())
    assert ("Syria", "Dūmā") in rows
