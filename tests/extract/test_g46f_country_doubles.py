"""A happening placed only at a country is one a day per merge family (g46f): beside an event of its family and day
placed at a town or a province it is that event told loosely; beside another placed only at a country, the one told
more often stands; a region at precision 3 (the Golan) is no finer place, and another family is another happening."""
from __future__ import annotations

from marsad.extract.filters import without_country_doubles
from marsad.model import Document, Event, Evidence
from marsad.pipeline import MetaStep


def _ev(sub: str, gid: str, precision: int, day: str, n_evidence: int = 1, etype: str = "Explosions/Remote violence") -> Event:
    ev = Event(event_type=etype, sub_event_type=sub, date_start=day, date_end=day, gazetteer_id=gid,
               geo_precision=precision, location=gid, rule_ids=["test"])
    ev.evidence = [Evidence("d", i * 10, i * 10 + 5, "نص") for i in range(n_evidence)]
    return ev


def test_a_strike_in_eastern_syria_is_the_strike_on_the_town_of_that_day(extractor):
    text = ("قال التحالف الذي تقوده الولايات المتحدة إنه شن غارة جوية في منطقة شرق سوريا، وتفيد الأنباء بأن عددا "
            "كبيرا من المدنيين قتلوا في تلك الغارة يوم الأربعاء.\n"
            "وقتل 40 شخصا، بينهم 20 مدنيا، جراء غارة جوية أمريكية على بلدة السوسة قرب الحدود العراقية، وفقا لمراقبين.")
    doc = extractor(MetaStep()(Document(text=text, published="2018-07-13")))
    strikes = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(strikes) == 1 and not (strikes[0].gazetteer_id or "").startswith("c:")


def test_of_two_country_events_of_a_day_the_one_told_more_often_stands():
    syria = _ev("Air/drone strike", "c:SY", 3, "2018-04-19", n_evidence=2)
    iraq = _ev("Air/drone strike", "c:IQ", 3, "2018-04-19")
    doc = Document(text="")
    assert without_country_doubles(doc, [iraq, syria]) == [syria]
    assert doc.dropped


def test_a_province_shadows_a_country_event_but_the_golan_does_not():
    country = _ev("Shelling/artillery/missile attack", "c:SY", 3, "2018-05-10")
    golan = _ev("Air/drone strike", "x:golan", 3, "2018-05-10")
    assert without_country_doubles(Document(text=""), [country, golan]) == [country, golan]
    province = _ev("Air/drone strike", "a1:SY.06", 3, "2018-05-10")
    assert without_country_doubles(Document(text=""), [country, province]) == [province]


def test_another_family_or_another_day_is_another_happening():
    strike = _ev("Air/drone strike", "c:SY", 3, "2018-04-14")
    chem = _ev("Chemical weapon", "gn:1", 1, "2018-04-14")
    later = _ev("Air/drone strike", "gn:2", 1, "2018-04-20")
    assert without_country_doubles(Document(text=""), [strike, chem, later]) == [strike, chem, later]
