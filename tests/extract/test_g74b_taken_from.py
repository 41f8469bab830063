"""g74b: in a taking of ground, the side the ground is taken from ("من تنظيم داعش", "من قبضة القوات الكردية") or
its holder ("مناطق سيطرة التنظيم") is the loser, never the agent; the army named before it took the place."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-21"


def _takings(extractor, text):
    return [(e.sub_event_type, e.actor1, e.actor2) for e in read_doc(extractor, text, PUB).events
            if e.event_type == "Battles" and "territory" in (e.sub_event_type or "")]


def test_side_cleared_before_the_taking_is_the_loser(extractor):
    text = "أعلنت القيادة العامة للجيش السوري الإثنين عن تطهير بلدة القريتين من تنظيم داعش، والسيطرة على مدينة تدمر."
    got = _takings(extractor, text)
    assert got and got[0][0] == "Government regains territory"
    assert got[0][1] == "Military Forces of Syria (2000-)"


def test_holder_named_before_the_taking_is_no_agent(extractor):
    text = "قال المرصد الأحد إن قوات النظام وصلت إلى تخوم مناطق سيطرة تنظيم داعش، وتستكمل سيطرتها على بلدة نصيب."
    got = _takings(extractor, text)
    assert got and got[0][0] == "Government regains territory"
    assert got[0][1] == "Military Forces of Syria (2000-)"


def test_side_a_place_is_taken_back_from_is_no_agent(extractor):
    text = "توجه رتل نحو حقل العمر لاستعادته من قبضة تنظيم داعش الأحد."
    got = _takings(extractor, text)
    assert all(a1 != "Islamic State (Iraq and Syria)" for _, a1, _ in got)


def test_rebel_fighters_from_a_group_still_take(extractor):
    text = "سيطر مقاتلون من فصائل المعارضة الأحد على بلدة حمورية في الغوطة الشرقية."
    got = _takings(extractor, text)
    assert got and got[0][0] == "Non-state actor overtakes territory"
    assert got[0][1] == "Opposition Rebels (Syria)"
