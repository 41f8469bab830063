"""g98aj: a strike's list of towns stops at a later strike verb of its own clause («غارات على A، وقصفت المدفعية
مدينة B»): B is the shelling's place, not one more town of the raids (places.before_next_strike)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-03-10"


def _subs_at(extractor, text: str) -> set[tuple[str, str]]:
    return {(e.sub_event_type, e.location) for e in read_doc(extractor, text, PUB).events}


def test_second_clause_place_is_not_the_raids(extractor):
    text = ("شنت الطائرات الحربية يوم الجمعة غارات على مدينة دوما، وقصفت المدفعية مدينة حرستا "
            "في الغوطة الشرقية بريف دمشق.")
    got = _subs_at(extractor, text)
    assert not any(sub == "Air/drone strike" and "Ḩarastā" in (loc or "") for sub, loc in got), got


def test_list_of_towns_stays(extractor):
    # guard: one clause, a list of towns, each hit by the raids
    text = "شنت الطائرات الحربية يوم الجمعة غارات على مدينتي دوما وحرستا في الغوطة الشرقية بريف دمشق."
    got = _subs_at(extractor, text)
    locs = {loc for sub, loc in got if sub == "Air/drone strike"}
    assert any("Dūmā" in (l or "") for l in locs) and any("Ḩarastā" in (l or "") for l in locs), got
