"""A strike placed only at a country is the finer strike of its day told loosely (g46f), unless it strikes back at
that strike's attacker (g54g): "قصف الجيش الإسرائيلي أهدافا إيرانية في سوريا ردا على صواريخ أطلقتها القوات
الإيرانية على الجولان" tells two happenings, the rockets and the reply. A clash's sides, told in either order, stay one."""
from __future__ import annotations

from marsad.extract.filters import without_country_doubles
from marsad.model import Document, Event, Evidence

ISRAEL, IRAN, REBELS = "Military Forces of Israel (1948-)", "Military Forces of Iran (1989-)", "Opposition Rebels (Syria)"


def _ev(etype: str, sub: str, gid: str, actor1: str | None, actor2: str | None) -> Event:
    ev = Event(event_type=etype, sub_event_type=sub, date_start="2018-05-10", date_end="2018-05-10", gazetteer_id=gid,
               geo_precision=3 if gid.startswith("c:") else 1, location=gid, actor1=actor1, actor2=actor2,
               rule_ids=["test"])
    ev.evidence = [Evidence("d", 0, 5, "نص")]
    return ev


def test_a_reply_at_the_attackers_of_the_finer_strike_stands():
    rockets = _ev("Explosions/Remote violence", "Shelling/artillery/missile attack", "gn:1", IRAN, ISRAEL)
    reply = _ev("Explosions/Remote violence", "Air/drone strike", "c:SY", ISRAEL, IRAN)
    doc = Document(text="")
    assert without_country_doubles(doc, [rockets, reply]) == [rockets, reply]
    assert not doc.dropped


def test_the_same_strike_told_loosely_is_still_shadowed():
    town = _ev("Explosions/Remote violence", "Air/drone strike", "gn:1", ISRAEL, IRAN)
    loose = _ev("Explosions/Remote violence", "Air/drone strike", "c:SY", ISRAEL, IRAN)
    unnamed = _ev("Explosions/Remote violence", "Air/drone strike", "c:SY", ISRAEL, None)
    assert without_country_doubles(Document(text=""), [town, loose, unnamed]) == [town]


def test_a_clash_told_with_its_sides_reversed_is_still_one():
    town = _ev("Battles", "Armed clash", "gn:1", REBELS, IRAN)
    reversed_sides = _ev("Battles", "Armed clash", "c:SY", IRAN, REBELS)
    assert without_country_doubles(Document(text=""), [town, reversed_sides]) == [town]
