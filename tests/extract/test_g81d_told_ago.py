"""Strategic developments told as so long ago (g81d): an arrest or an interception dated by "قبل" and a count of weeks
or a month ("قبل أسبوعين"، "قبل نحو شهر") is one past moment, kept with its range and a week or month precision; a span
of how long something has gone on ("منذ أسبوعين") and a hand-over told so stay dropped."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-09-23"
WEEKS = "told by its week or month only, not by its day"


def _doc(extractor, text, published=PUB):
    return read_doc(extractor, text, published)


def _arrests(doc):
    return [e for e in doc.events if e.sub_event_type == "Arrests"]


def test_an_arrest_about_a_month_ago_is_kept_with_its_month(extractor):
    doc = _doc(extractor, "وكانت قوات الأمن قد اعتقلت مهندسا في مدينة الرقة قبل نحو شهر.")
    arrests = _arrests(doc)
    assert arrests and arrests[0].time_precision == 3
    assert arrests[0].date_start == "2018-08-01" and arrests[0].date_end == "2018-08-31"
    assert "told-ago-53300" in arrests[0].rule_ids


def test_an_arrest_two_weeks_ago_is_kept_with_its_week(extractor):
    doc = _doc(extractor, "اعتقلت الشرطة تاجرا في مدينة الرقة قبل أسبوعين.")
    arrests = _arrests(doc)
    assert arrests and arrests[0].time_precision == 2
    assert arrests[0].date_start <= "2018-09-09" <= arrests[0].date_end


def test_an_arrest_told_since_weeks_stays_dropped(extractor):
    doc = _doc(extractor, "اعتقلت الشرطة تاجرا في مدينة الرقة منذ أسبوعين.")
    assert not _arrests(doc)
    assert any(d["reason"] == WEEKS for d in doc.dropped)


def test_an_arrest_told_by_last_month_stays_dropped(extractor):
    doc = _doc(extractor, "اعتقلت الشرطة تاجرا في مدينة الرقة الشهر الماضي.")
    assert not _arrests(doc)


def test_a_withdrawal_told_as_weeks_ago_stays_dropped(extractor):
    doc = _doc(extractor, "انسحب مقاتلو الفصائل من بلدة عربين قبل أسابيع.")
    assert not [e for e in doc.events if e.sub_event_type == "Non-violent transfer of territory"]


def test_a_strike_about_a_month_ago_stays_background(extractor):
    # strikes keep day_span alone: told so they are mostly a campaign's start
    doc = _doc(extractor, "وشنت الطائرات الحربية غارات على مدينة الرقة قبل نحو شهر.")
    assert not [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
