"""A well-known happening retold in a report that never tells its day (branch q27d), on sentences of our own.

The report's own week (reaching back to the happening's day when that is older) is what the report lets one know: not
the day of the reaction nor the report's day, on which the happening is not.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

REACTION = "وأعلن الوزير الاثنين أن الهجوم الكيميائي على دوما لن يمر دون عقاب."


def _chemical(extractor, text, published):
    doc = extractor(MetaStep()(Document(text=text, published=published)))
    return [e for e in doc.events if e.sub_event_type == "Chemical weapon"]


def test_a_known_attack_retold_without_its_day_takes_the_reports_week(extractor):
    events = _chemical(extractor, REACTION, "2018-04-12")
    assert [(e.date_start, e.date_end) for e in events] == [("2018-04-05", "2018-04-12")], \
        [(e.date_start, e.date_end, e.rule_ids) for e in events]
    assert "told-again-week" in events[0].rule_ids and "cp-700" in events[0].rule_ids


def test_the_range_reaches_back_to_a_day_older_than_the_week(extractor):
    events = _chemical(extractor, REACTION, "2018-04-17")
    assert [(e.date_start, e.date_end) for e in events] == [("2018-04-07", "2018-04-17")], \
        [(e.date_start, e.date_end, e.rule_ids) for e in events]


def test_a_report_that_tells_the_day_keeps_it(extractor):
    text = "وكانت مدينة دوما قد تعرضت لقصف عنيف في السابع من أبريل. " + REACTION
    assert [e.event_date for e in _chemical(extractor, text, "2018-04-12")] == ["2018-04-07"]


def test_a_campaigns_place_left_again_on_a_day_of_its_own_keeps_that_day(extractor):
    # cp-20, the Eastern Ghouta emptied on 14 April: a later withdrawal told with its day is news, not the week
    doc = extractor(MetaStep()(Document(
        text="بدأ مقاتلو المعارضة، السبت، في الانسحاب من الغوطة الشرقية باتجاه الشمال.", published="2018-04-21")))
    moves = [e for e in doc.events if e.sub_event_type == "Non-violent transfer of territory"]
    assert [e.event_date for e in moves] == ["2018-04-21"], [(e.date_start, e.date_end, e.rule_ids) for e in doc.events]
