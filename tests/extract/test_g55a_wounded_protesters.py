"""Protesters told as wounded (g55a): «أصيب متظاهرون»، «إصابة عدد من المحتجين» had no trigger, so a protest met by
force told only by its wounded was a silent sentence. Composed sentences, not article text."""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-07-14"


def _events(extractor, text):
    return read_doc(extractor, text, PUB).events


def test_protesters_wounded_make_a_protest_met_by_force(extractor):
    text = "وفي مدينة الكوت في محافظة واسط، أصيب متظاهرون بجروح أمام مبنى المحافظة يوم الجمعة، بحسب مصدر طبي."
    events = _events(extractor, text)
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Protests", "Protest with intervention")]
    assert any(r.startswith("tr-proi-354") for r in events[0].rule_ids)


def test_the_wounding_of_a_number_of_protesters_is_read_too(extractor):
    text = "وذكرت مصادر طبية إصابة عدد من المحتجين في مدينة الديوانية يوم الخميس خلال تجمعهم أمام مجلس المحافظة."
    events = _events(extractor, text)
    assert [e.event_type for e in events] == ["Protests"]
    assert any(r.startswith("tr-proi-354") for r in events[0].rule_ids)
