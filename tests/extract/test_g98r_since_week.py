"""A since-day four to seven days before publication, standing by a strike's trigger in a sentence that counts no dead,
starts a bombardment still going on: one event over [that day, publication], no reported total (g98r; sentences of
our own). With dead counted, or dating another verb (a pause), it stays a tally / no act."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-07-16"  # a Monday


def _spans(extractor, text):
    doc = read_doc(extractor, text, PUB)
    return [(e.sub_event_type, e.date_start, e.date_end) for e in doc.events]


def test_shelling_since_a_weekday_days_back_is_one_ongoing_event(extractor):
    text = "وتتعرض مدينة الحارة في ريف درعا لقصف مدفعي عنيف استهدف المدينة منذ ظهر الأربعاء، بحسب ناشطين."
    spans = _spans(extractor, text)
    assert any(s[1] == "2018-07-11" and s[2] == PUB for s in spans), spans


def test_since_a_weekday_with_its_dead_counted_stays_a_total(extractor):
    text = "وأوقع القصف المدفعي على مدينة الحارة في ريف درعا 27 قتيلا منذ ظهر الأربعاء، بحسب ناشطين."
    assert not any(s[1] == "2018-07-11" for s in _spans(extractor, text))


def test_a_pause_since_a_weekday_is_no_strike(extractor):
    text = "وكانت الغارات على مدينة الحارة في ريف درعا قد توقفت بشكل كامل منذ ظهر الأربعاء لإفساح المجال أمام التفاوض."
    assert not any(s[1] == "2018-07-11" for s in _spans(extractor, text))
