"""g106t (sentences composed for these tests): a strike on a base told first as near its province's town and then by
the base's name is one strike, and its target is the base's side, not one read by a mention that stood at another
happening's place.

«قصفت طائرات إسرائيلية قاعدة جوية قرب مدينة حمص» (Homs read at precision 2) and «الغارات استهدفت مطار التيفور» (T4,
some 86 km east of Homs, beyond the 60 km reach of two precision-2 places of one province): merge._same_place reaches
BASE_NEAR_TOWN_KM when one of the pair stands at a gazetteer base, and _base_over_town keeps the base. A mention moved
to the country because its place was another happening's (place-of-another) fills no target of a base's strike
(merge._target_borrowed, rule actor2-base-borrowed-108000)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-04-09"
ISRAEL, REBELS = "Military Forces of Israel (1948-)", "Opposition Rebels (Syria)"
AIR, ERV = "Air/drone strike", "Explosions/Remote violence"


def test_base_near_town_and_named_base_are_one_strike(extractor):
    text = ("أفاد مصدر عسكري سوري أن طائرات حربية إسرائيلية قصفت فجر اليوم قاعدة جوية عسكرية قرب مدينة حمص.\n"
            "وأوضح المصدر أن الغارات استهدفت مطار التيفور العسكري في ريف حمص الشرقي.\n"
            "وقال المرصد إن 9 عناصر قتلوا في القصف.")
    doc = read_doc(extractor, text, PUB)
    strikes = [e for e in doc.events if e.event_type == ERV]
    assert len(strikes) == 1, [(e.location, e.fatalities) for e in strikes]
    assert strikes[0].gazetteer_id == "x:t4" and strikes[0].fatalities == 9, strikes[0]


def _mention(start: int, actor2: str | None, rules: list[str], where: str):
    from marsad.model import Event, Evidence
    place = {"t4": ("x:t4", "Tiyas (T4) airbase", "مطار التيفور", 34.5225, 37.6297, 2, "Homs"),
             "syria": ("c:SY", "Syria", "سوريا", 35.0, 38.5, 3, None),
             "homs": ("gn:169577", "Homs", "حمص", 34.72682, 36.72339, 1, "Homs")}[where]
    gid, loc, text, lat, lon, prec, admin1 = place
    ev = Event(ERV, AIR, date_start=PUB, date_end=PUB, event_date=PUB, actor1=ISRAEL, actor2=actor2, location=loc,
               location_text=text, latitude=lat, longitude=lon, geo_precision=prec, gazetteer_id=gid,
               country="Syria", admin1=admin1, rule_ids=rules, confidence=0.7)
    ev.inter1 = 8
    ev.inter2 = 2 if actor2 == REBELS else None
    ev.evidence = [Evidence("d", start, start + 10, "x")]
    return ev


def test_target_read_at_another_happenings_place_leaves_the_base():
    from marsad.extract.merge import merge_within
    base = _mention(0, None, ["tr-air-3"], "t4")
    away = _mention(100, REBELS, ["tr-shell-2", "definite", "place-of-another"], "syria")
    out = merge_within([base, away])
    assert len(out) == 1 and out[0].gazetteer_id == "x:t4"
    assert out[0].actor2 is None and "actor2-base-borrowed-108000" in out[0].rule_ids
    # guards: a target its own mention read at the base, and a borrowed target of a strike at a town, stay
    out = merge_within([_mention(0, REBELS, ["tr-air-3"], "t4"),
                        _mention(100, REBELS, ["tr-shell-2", "definite", "place-of-another"], "syria")])
    assert len(out) == 1 and out[0].actor2 == REBELS
    out = merge_within([_mention(0, None, ["tr-air-3"], "homs"),
                        _mention(100, REBELS, ["tr-shell-2", "definite", "place-of-another"], "syria")])
    assert len(out) == 1 and out[0].actor2 == REBELS
