"""g74c: strikes done "in the past" right before the act ("نفذ في الماضي ضربات"، md-bg-48201; "فيما مضى",
md-bg-48202) recall history, as "سابقا" (md-bg-2100) does: no happening of the report's days."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-14"


def _explosions(extractor, text):
    return [e for e in read_doc(extractor, text, PUB).events if e.event_type == "Explosions/Remote violence"]


def test_strikes_done_in_the_past_are_history(extractor):
    text = "وقال الجيش الأردني، الذي نفذ في الماضي غارات جوية على مواقع في بلدة الرمثا، إنه لا يعلق على التقارير."
    assert _explosions(extractor, text) == []


def test_strikes_done_long_ago_are_history(extractor):
    text = "وكان الجيش الأردني قد شن فيما مضى غارات جوية على مواقع في بلدة الرمثا."
    assert _explosions(extractor, text) == []


def test_strikes_of_the_day_stay(extractor):
    text = "شن الجيش الأردني، الأحد، غارات جوية على مواقع في بلدة الرمثا."
    assert _explosions(extractor, text) != []
