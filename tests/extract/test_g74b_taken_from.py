"""g74b: in a taking of ground, the side the ground is taken from ("من تنظيم داعش", "من قبضة القوات الكردية") or
its holder ("مناطق سيطرة التنظيم") is the loser, never the agent; the army named before it took the place."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-21"


def _takings(extractor, text):
    return [(e.sub_event_type, e.actor1, e.actor2) for e in read_doc(extractor, text, PUB).events
            if e.event_type == "Battles" and "territory" in (e.sub_event_type or "")]


def test_side_cleared_before_the_taking_is_the_loser(extractor):
    text = "أعلن الجيش السوري الأحد طرد المسلحين من مدينة تدمر وتطهير أحيائها من تنظيم داعش، والسيطرة على القلعة الأثرية."
    got = _takings(extractor, text)
    assert got and got[0][0] == "Government regains territory"
    assert got[0][1] == "Military Forces of Syria (2000-)"


def test_holder_named_before_the_taking_is_no_agent(extractor):
    text = "قال المرصد الأحد إن قوات النظام تقدمت نحو مناطق سيطرة التنظيم، وأكملت سيطرتها على بلدة البوكمال."
    got = _takings(extractor, text)
    assert got and got[0][0] == "Government regains territory"
    assert got[0][1] == "Military Forces of Syria (2000-)"


def test_rebel_fighters_from_a_group_still_take(extractor):
    text = "سيطر مقاتلون من فصائل المعارضة الأحد على بلدة حمورية في الغوطة الشرقية."
    got = _takings(extractor, text)
    assert got and got[0][0] == "Non-state actor overtakes territory"
    assert got[0][1] == "Opposition Rebels (Syria)"
