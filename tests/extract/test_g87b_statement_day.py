"""A statement's day is not the day of the happening it tells (branch g87b), on sentences of our own.

"قالت الوزارة، الأحد، إن طائرات قصفت بلدة في ريف حلب، السبت، ...": the day between the reporting verb and «إن» is
the statement's; a day set off by a comma right after the act's place, earlier than the statement's day, is the act's.
A fresh report told with the statement's day only keeps that day.
"""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

AIR = "Air/drone strike"


def _run(extractor, text, published):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _dates(doc, sub):
    return [(e.date_start, e.date_end) for e in doc.events if e.sub_event_type == sub]


@pytest.mark.parametrize("text, day", [
    ("وقالت وزارة الدفاع الروسية، الأحد، إن طائرات حربية أمريكية شنت غارات على بلدة في ريف دير الزور، السبت، "
     "بالقنابل.", "2018-09-08"),
    ("وذكرت وزارة الدفاع الروسية، الثلاثاء، أن طائرات حربية أمريكية شنت غارات على قرية في ريف الحسكة، الأحد، "
     "وأوقعت أضرارا.", "2018-09-09"),
])
def test_earlier_day_set_off_after_the_act_dates_it(extractor, text, day):
    doc = _run(extractor, text, "2018-09-12")
    assert _dates(doc, AIR) == [(day, day)], [(e.sub_event_type, e.date_start, e.rule_ids) for e in doc.events]


def test_fresh_report_keeps_the_statements_day(extractor):
    text = "وقالت وزارة الدفاع الروسية، الأحد، إن طائرات حربية أمريكية شنت غارات على بلدة في ريف دير الزور."
    doc = _run(extractor, text, "2018-09-10")
    assert _dates(doc, AIR) == [("2018-09-09", "2018-09-09")], [(e.sub_event_type, e.date_start) for e in doc.events]
