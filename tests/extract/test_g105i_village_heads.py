"""g105i: place words after village and quarter heads. «حيي» (the dual of «حي») names the quarter after it; an unknown
quarter lies in the town its sentence names before it and takes its entry (geo.unresolved.quarter), not a province of the
document; a deal told "after the forces took" a quarter keeps its own place, not the taken one (places.deal_elsewhere).
Sentences composed for these tests."""
from __future__ import annotations

from functools import lru_cache

from marsad.geo.geocoder import Geocoder
from marsad_testdata import read_doc

PUB = "2018-05-20"


@lru_cache(maxsize=1)
def _gaz() -> Geocoder:
    return Geocoder.default()


def _read(text: str) -> dict:
    """Each place expression of ``text``, by its words: (location, gazetteer id, precision, rule)."""
    return {m.text: (m.location, m.gazetteer_id, m.geo_precision, m.rule_id) for m in _gaz().geocode(text)}


def test_the_dual_of_quarter_names_the_quarter_after_it():
    got = _read("تقدمت وحدات الجيش داخل حيي القدم والعسالي بعد اشتباكات عنيفة.")
    assert got.get("حيي القدم", (None, None))[1] == "x:qadam", got


def test_an_unknown_quarter_lies_in_the_town_its_sentence_names_before_it():
    got = _read("اقتحم المسلحون مدينة عفرين من جهتين وسيطروا على حي الأشرفية.")
    loc, gid, prec, rule = got["حي الأشرفية"]
    assert (loc, prec, rule) == ("‘Afrīn", 2, "geo.unresolved.quarter"), got
    assert gid == got["مدينة عفرين"][1], got  # the town's own entry: its events are the town's
    # a town named after the quarter, in the next sentence, is not where it lies
    got = _read("سيطر المسلحون على حي الأشرفية. وكانت مدينة عفرين قد شهدت معارك.")
    assert got["حي الأشرفية"][3] != "geo.unresolved.quarter", got


def test_a_taking_of_quarters_told_with_the_entry_into_their_town_is_one_event_there(extractor):
    text = ('وأعلنت الفصائل الموالية لأنقرة في بيان صباح الأحد "دخولها إلى مدينة عفرين من الجهة الشمالية" '
            'والسيطرة على حيي الأشرفية والأكراد.')
    takings = [e for e in read_doc(extractor, text, PUB).events if e.event_type == "Battles"]
    assert [e.location for e in takings] == ["‘Afrīn"], [(e.location, e.rule_ids) for e in takings]
    assert "place-taken" in takings[0].rule_ids, takings[0].rule_ids


def test_a_deal_told_after_a_taking_keeps_its_own_place(extractor):
    text = ("وتم التوصل إلى الاتفاق مع المسلحين بعد أسابيع من المعارك في جنوب دمشق "
            "عقب سيطرة قوات النظام على حي القدم.")
    deals = [e for e in read_doc(extractor, text, PUB).events if e.sub_event_type == "Agreement"]
    assert [e.location for e in deals] == ["Damascus"], [(e.location, e.rule_ids) for e in deals]
