"""A weak departure trigger told with the fighters and then the town they left (branch g66d).

«خروج»، «إجلاء»، «غادر» weigh little (triggers.tsv tr-nvt-3, 4, 6): told without a named agent they fell below the
candidate floor as low confidence even when the sentence names the fighters and the town they left right after the
trigger. Such a departure is kept at the floor (step.PLACE_LEFT); people who left a town with no fighters told, a
destination after «إلى», and a region are not lifted."""
from __future__ import annotations

from marsad_testdata import read_doc

NVT = "Non-violent transfer of territory"


def _transfers(extractor, text, published):
    doc = read_doc(extractor, text, published)
    return [(e.location, "place-left" in e.rule_ids) for e in doc.events if e.sub_event_type == NVT]


def test_buses_of_fighters_leaving_a_town(extractor):
    got = _transfers(extractor, "وذكرت مصادر محلية بدء خروج الحافلات التي تقل المقاتلين وأسرهم من الرحيبة.",
                     "2018-04-21")
    assert got == [("Ar Ruḩaybah", True)]


def test_last_group_of_fighters_left_towns(extractor):
    got = _transfers(extractor, "وغادرت الدفعة الأخيرة من المقاتلين وذويهم زملكا وعربين.", "2018-03-31")
    assert sorted(got) == [("Zamalka", True), ("‘Irbīn", True)]


def test_people_leaving_a_town_without_fighters_is_no_transfer(extractor):
    assert _transfers(extractor, "وغادر نحو ألفي شخص مدينة عفرين هربا من القصف.", "2018-03-16") == []


def test_fighters_going_to_a_town_is_not_the_town_left(extractor):
    got = _transfers(extractor, "وشملت البنود خروج المقاتلين إلى مدينة إدلب.", "2018-04-21")
    assert got == []
