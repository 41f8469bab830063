"""One happening stored twice with one key (branch g61a): events with the same sub-type, place, days and sides that the
merge kept apart fold into one at the end of the step, unless one is a town the gazetteer lacks under its own name (kept
at a listed town's point: another town) or each has a toll of its own."""
from __future__ import annotations

from marsad.extract.filters import SAME_KEY, without_exact_copies
from marsad.model import Event, Evidence
from marsad_testdata import read_doc

GAS = "Chemical weapon"


def _event(start: int, text: str, fatalities: int = 0, gid: str | None = "gn:170592", name: str = "دوما") -> Event:
    return Event(event_type="Explosions/Remote violence", sub_event_type=GAS, date_start="2018-04-07",
                 date_end="2018-04-07", actor1="Military Forces of Syria (2000-)", actor2="Civilians (Syria)",
                 iso=760, admin1="Rural Damascus", location="Dūmā", latitude=33.57, longitude=36.40,
                 geo_precision=1, gazetteer_id=gid, location_text=name, fatalities=fatalities,
                 evidence=[Evidence("d", start, start + len(text), text)], rule_ids=["tr-chem-3"])


def test_a_copy_folds_with_its_evidence_and_toll():
    threat = _event(0, "هددت لندن بالرد على الهجوم الكيميائي الذي استهدف السبت مدينة دوما.")
    report = _event(80, "وأفاد مسعفون بمقتل عشرة أشخاص في هجوم كيميائي مساء السبت في دوما.", fatalities=10)
    out = without_exact_copies([threat, report])
    assert out == [threat]
    assert [e.start for e in threat.evidence] == [0, 80]
    assert threat.fatalities == 10 and SAME_KEY in threat.rule_ids


def test_an_unlisted_town_at_a_listed_towns_point_and_own_tolls_stay():
    town = _event(0, "قصف على دوما.", fatalities=3)
    village = _event(20, "قصف على قرية الحمرة.", gid=None, name="الحمرة")
    other_toll = _event(40, "وقتل خمسة في قصف آخر على دوما.", fatalities=5)
    assert without_exact_copies([town, village, other_toll]) == [town, village, other_toll]


def test_villages_of_a_raid_the_gazetteer_lacks_stay_apart(extractor):
    text = "شنت الطائرات الحربية السورية الاثنين غارات على بلدات المسيفرة والغرية وكحيل في ريف درعا الشرقي."
    names = sorted(e.location_text for e in read_doc(extractor, text, "2018-03-06").events)
    assert names == ["الغرية", "المسيفرة", "كحيل"]
