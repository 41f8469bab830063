"""A span cue over one day or night (branch g62b): "طوال يوم الخميس"، "طيلة الليل" tell a strike or clash all through
one bounded day, not a running total; periods of days and a toll growing over the day stay totals."""
from __future__ import annotations

from marsad_testdata import read_doc

REMOTE = "Explosions/Remote violence"


def _remote(extractor, text: str, published: str) -> list:
    return [e for e in read_doc(extractor, text, published).events if e.event_type == REMOTE]


def test_shelling_all_through_a_named_day_is_that_days_event(extractor):
    text = "وقال ناشطون إن الطائرات الحربية واصلت قصف مدينة دوما طوال يوم الخميس."
    events = _remote(extractor, text, "2018-03-02")
    assert [(e.location, e.date_start) for e in events] == [("Dūmā", "2018-03-01")]


def test_shelling_all_night_is_one_night_not_a_total(extractor):
    text = "وقال مراسل في مدينة درعا الثلاثاء إن القصف على المدينة لم يتوقف طيلة الليل."
    assert [e.location for e in _remote(extractor, text, "2018-07-03")] == ["Dar‘ā"]


def test_shelling_over_days_stays_a_total(extractor):
    text = "وقال ناشطون إن الطائرات الحربية واصلت قصف مدينة دوما طوال أيام الأسبوع."
    assert _remote(extractor, text, "2018-03-02") == []
