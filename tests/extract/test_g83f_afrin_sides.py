"""g83f: Turkey's and its factions' takings in northern Syria (Afrin, 2018) were given to the Syrian army: the
factions entering a town were made the side that left under a deal (ar-501 with the government default da-500), and a
country spelt as its nationality after a side word («شمالي سورية») was read as the Syrian army, the nearest side
before a taking. Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import read_doc

SYRIA = "Military Forces of Syria (2000-)"
TURKEY = "Military Forces of Turkey (2016-)"
SNA = "Syrian National Army"


def _sides(doc, sub_event_type):
    return [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == sub_event_type]


def test_factions_entering_a_town_overtake_it(extractor):
    doc = read_doc(extractor, "دخل مقاتلو الجيش السوري الحر مدينة عفرين صباح اليوم.", "2018-03-18")
    assert [e.sub_event_type for e in doc.events] == ["Non-state actor overtakes territory"]
    assert doc.events[0].actor1 == SNA
    assert SYRIA not in (doc.events[0].actor1, doc.events[0].actor2)


def test_rebels_named_with_syrian_are_one_side(extractor):
    doc = read_doc(extractor, "فر مئات السكان من بلدة راجو بعد انتزاع القوات التركية ومقاتلي المعارضة السورية السيطرة على "
                   "البلدة أمس.", "2018-03-05")
    sides = _sides(doc, "Government regains territory")
    assert sides and all(a1 == TURKEY and SYRIA not in (a1, a2) for a1, a2 in sides)


def test_country_after_a_side_word_is_no_side(extractor):
    doc = read_doc(extractor, "أطلقت القوات التركية حملة على منطقة عفرين الكردية شمالي سوريا، وسيطرت عليها هذا الأسبوع.",
                   "2018-03-20")
    sides = _sides(doc, "Government regains territory")
    assert sides and all(a1 == TURKEY for a1, _ in sides)


def test_strikes_in_eastern_syria_keep_the_named_air_force(extractor):
    doc = read_doc(extractor, "أعلن الجيش العراقي أنه قتل عشرين من عناصر تنظيم داعش في غارات جوية شرقي سوريا أمس.",
                   "2018-06-20")
    assert [e.actor1 for e in doc.events if e.sub_event_type == "Air/drone strike"] == ["Military Forces of Iraq (2014-2018)"]
