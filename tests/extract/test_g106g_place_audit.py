"""g106g (place audit, sentences composed for these tests): a state's answer told with no place of its own does not
stand where the other state's fire fell.

«أطلقت إيران 20 صاروخا على قواعد إسرائيلية في الجولان» then «وردت إسرائيل بإطلاق 60 صاروخا على مواقع ... في سوريا»
and placeless mentions of the Israeli strikes: the Golan they inherit is the rockets' place (merge._foes_place, rule
place-foes-102500), and a mention whose attacker was only guessed joins its own side's strike rather than the foe's
salvo told first (merge._guess_joins_its_own, rule joined-own-side-102501)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-11"
IRAN, ISRAEL = "Military Forces of Iran (1989-)", "Military Forces of Israel (1948-)"
RUSSIA, SYRIA, REBELS = "Military Forces of Russia (2000-)", "Military Forces of Syria (2000-)", "Opposition Rebels (Syria)"
AIR, SHELL, ERV = "Air/drone strike", "Shelling/artillery/missile attack", "Explosions/Remote violence"


def test_answer_does_not_inherit_the_salvos_place(extractor):
    text = ("قال الجيش الإسرائيلي إن إيران أطلقت، فجر الخميس، 20 صاروخا على قواعد عسكرية إسرائيلية في مرتفعات الجولان.\n"
            "وردت إسرائيل بعد ساعات بإطلاق 60 صاروخا على مواقع عسكرية إيرانية عدة في سوريا.\n"
            "وذكر مصدر عسكري أن 28 طائرة إسرائيلية شاركت في الضربات.\n"
            "وأفاد المرصد أن الضربات الإسرائيلية أسفرت عن مقتل 23 مقاتلا بينهم 5 من قوات النظام السوري.")
    doc = read_doc(extractor, text, PUB)
    seen = [(e.actor1, e.location, e.fatalities) for e in doc.events if e.event_type == ERV]
    assert (ISRAEL, "Syria", 23) in seen, seen
    assert all(loc != "Golan" for a, loc, _ in seen if a == ISRAEL), seen


def _mention(start: int, sub: str, actor1: str, actor2: str | None, rules: list[str], where: str = "golan"):
    from marsad.model import Event, Evidence
    place = {"golan": ("x:golan", "Golan", "الجولان", 33.03333, 35.78333, 3),
             "syria": ("c:SY", "Syria", "سوريا", 35.0, 38.5, 3)}[where]
    gid, loc, text, lat, lon, prec = place
    ev = Event(ERV, sub, date_start="2018-05-10", date_end="2018-05-10", event_date="2018-05-10",
               actor1=actor1, actor2=actor2, location=loc, location_text=text, latitude=lat, longitude=lon,
               geo_precision=prec, gazetteer_id=gid, country="Syria", rule_ids=rules, confidence=0.7)
    ev.inter1 = 8 if actor1 in (IRAN, ISRAEL, RUSSIA) else 1
    ev.evidence = [Evidence("d", start, start + 10, "x")]
    return ev


def test_context_strike_of_the_foe_goes_to_the_country_it_is_told_at():
    from marsad.extract.merge import _borrowed_places_away
    rockets = _mention(0, SHELL, IRAN, None, ["tr-shell-12"])
    told = _mention(100, AIR, ISRAEL, IRAN, ["tr-air-17"], "syria")
    carried = _mention(200, AIR, ISRAEL, IRAN, ["tr-air-18", "definite", "place-context"])
    _borrowed_places_away([rockets, told, carried])
    assert carried.location == "Syria" and "place-foes-102500" in carried.rule_ids
    assert rockets.location == "Golan"


def test_allies_context_strike_keeps_its_place():
    # guard: the government's strike after Russia's at one place are no foes' acts
    from marsad.extract.merge import _borrowed_places_away
    raids = _mention(0, AIR, RUSSIA, REBELS, ["tr-air-3"])
    told = _mention(100, SHELL, SYRIA, REBELS, ["tr-shell-1"], "syria")
    carried = _mention(200, SHELL, SYRIA, REBELS, ["tr-shell-13", "definite", "place-context"])
    _borrowed_places_away([raids, told, carried])
    assert carried.location == "Golan" and "place-foes-102500" not in carried.rule_ids


def test_victim_read_as_attacker_keeps_its_place():
    # guard: a mention naming the foe's own target (the same victim) is no answer of its own
    from marsad.extract.merge import _borrowed_places_away
    strike = _mention(0, AIR, ISRAEL, SYRIA, ["tr-air-3"])
    told = _mention(100, SHELL, IRAN, None, ["tr-shell-1"], "syria")
    carried = _mention(200, SHELL, IRAN, SYRIA, ["tr-shell-17", "place-context"])
    _borrowed_places_away([strike, told, carried])
    assert carried.location == "Golan"


def test_guessed_attacker_joins_its_own_sides_strike():
    from marsad.extract.merge import merge_within
    rockets = _mention(0, SHELL, IRAN, None, ["tr-shell-12"])
    told = _mention(100, AIR, ISRAEL, None, ["tr-air-17"], "syria")
    guessed = _mention(200, AIR, ISRAEL, None, ["tr-air-18", "definite", "actor-document"], "syria")
    merged = merge_within([rockets, told, guessed])
    israeli = [e for e in merged if e.actor1 == ISRAEL]
    assert len(israeli) == 1 and israeli[0].location == "Syria" and len(israeli[0].evidence) == 2, \
        [(e.actor1, e.location, len(e.evidence)) for e in merged]
