"""A well-known happening retold in a lead whose weekday names the day after publication (branch g54e), on sentences
of our own.

"سيزور المفتشون موقع الهجوم الكيميائي في دوما، الأربعاء" published on a Tuesday: the lead's weekday is read as the day
after publication (the report's own stamp or a coming day); it is the visit's, not the day of the attack the
inspectors go to see, which ended days before the report.
"""
from __future__ import annotations

from marsad_testdata import read_doc


VISIT = "سيزور محققون دوليون موقع الهجوم الكيماوي في مدينة دوما، الأربعاء، وفقا لما ذكره مسؤول روسي."


def _chemical(extractor, text, published):
    doc = read_doc(extractor, text, published)
    return [e for e in doc.events if e.sub_event_type == "Chemical weapon"]


def test_a_known_attack_retold_with_the_leads_next_day_is_not_dated_by_it(extractor):
    # before g54e: kept as a chemical attack of 17-18 April; now the retold attack has no day of its own
    # and is left to the reports that tell it
    events = _chemical(extractor, VISIT, "2018-04-17")
    assert [e for e in events if e.date_start >= "2018-04-17"] == [], \
        [(e.date_start, e.date_end, e.rule_ids) for e in events]


def test_a_report_that_tells_the_attacks_day_keeps_that_day(extractor):
    text = VISIT + " وكان الهجوم قد وقع في السابع من أبريل وأودى بحياة العشرات."
    assert [e.event_date for e in _chemical(extractor, text, "2018-04-17")] == ["2018-04-07"]
