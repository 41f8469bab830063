"""The day of the happening (g59i): a day right after a reporting verb whose object is the act ("أعلن الجيش الأحد
مقتل ..."), with no "أن" between, is the statement's day when the act has a day of its own told close after it; the
act keeps its own day. A lone statement day still dates the news."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-06"  # a Sunday: Saturday is 2018-05-05


def _doc(extractor, text, published=PUB):
    return read_doc(extractor, text, published)


def _starts(doc):
    return [e.date_start for e in doc.events]


def test_the_verbs_day_gives_way_to_the_acts_own_day(extractor):
    doc = _doc(extractor, "أعلن الجيش العراقي الأحد مقتل قيادي في تنظيم داعش إثر غارة جوية على قرية البو حمد السبت.")
    assert doc.events and _starts(doc) == ["2018-05-05"]
    assert "date-not-statement" in doc.events[0].rule_ids


def test_a_broadcast_day_gives_way_too(extractor):
    doc = _doc(extractor, "بث الجيش العراقي الأحد مشاهد من غارة جوية على مواقع المسلحين قرب مدينة الرمادي السبت.")
    assert doc.events and _starts(doc) == ["2018-05-05"]


def test_a_lone_statement_day_still_dates_the_news(extractor):
    doc = _doc(extractor, "أعلن الجيش العراقي الأحد مقتل قيادي في تنظيم داعش إثر غارة جوية على قرية البو حمد.")
    assert doc.events and _starts(doc) == ["2018-05-06"]
