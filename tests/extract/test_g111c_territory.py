"""Villages the gazetteer lacks in a taking (branch g111c): each listed village is its own taking, also the first of a
list placed less exactly than the next (places._unlisted_before), and a village's taking narrows a taking told before
at the wider area around it (merge._unlisted_town_over_area), so the next village is not folded into the area."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-03-03"
GRT = "Government regains territory"


def _takings(extractor, text):
    doc = read_doc(extractor, text, PUB)
    return doc.events, sorted(e.location_text for e in doc.events if e.sub_event_type == GRT)


def test_each_unlisted_village_of_a_taking_list_is_its_own_event(extractor):
    # before: one taking at «درعا», the villages folded into the area's taking told first
    _, places = _takings(extractor, "سيطرت قوات النظام الجمعة على أراض قرب درعا. وقال المرصد إن قوات النظام سيطرت "
                                    "الجمعة على قريتي خربة الورد، وتل السنديان شرقي درعا.")
    assert places == ["تل السنديان", "خربة الورد"]


def test_a_village_narrows_the_area_taking_told_before_it(extractor):
    events, places = _takings(extractor, "سيطرت قوات النظام الجمعة على أراض قرب درعا. وقال المرصد إن قوات النظام "
                                         "سيطرت الجمعة على قرية تل السنديان شرقي درعا.")
    assert places == ["تل السنديان"]
    assert "unlisted-over-area-139000" in next(e for e in events if e.sub_event_type == GRT).rule_ids


def test_two_villages_told_in_two_clauses_after_the_area_stay_apart(extractor):
    _, places = _takings(extractor, "سيطرت قوات النظام الجمعة على أراض شرقي درعا. وقال المرصد إن قوات النظام سيطرت "
                                    "الجمعة على قرية تل السنديان شرقي درعا، كما سيطرت على قرية خربة الورد شرقي درعا.")
    assert places == ["تل السنديان", "خربة الورد"]

