"""The day of the happening (q21b): a happening the news tells is over by the report, so a range of the
current week or month ends on the publication day."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-02"  # a Wednesday


def _events(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published))).events


@pytest.mark.parametrize("text,start", [
    ("قصفت الطائرات الحربية بلدة كفرنبل مطلع الشهر الجاري.", "2018-05-01"),
    ("قصفت الطائرات الحربية بلدة كفرنبل خلال الأسبوع الجاري.", "2018-04-28"),
    ("قصفت الطائرات الحربية بلدة كفرنبل مطلع الأسبوع الجاري.", "2018-04-28"),
])
def test_a_range_of_the_current_week_or_month_ends_on_the_report_day(extractor, text, start):
    evs = _events(extractor, text)
    assert [(e.date_start, e.date_end) for e in evs] == [(start, PUB)]
    assert "date-upto-report" in evs[0].rule_ids


def test_a_night_of_two_days_keeps_its_second_day(extractor):
    evs = _events(extractor, "قصفت الطائرات الحربية بلدة كفرنبل ليل الأربعاء الخميس.")
    assert [(e.date_start, e.date_end) for e in evs] == [("2018-05-02", "2018-05-03")]


def test_the_week_of_a_month_is_no_day_of_it(extractor):
    evs = _events(extractor, "شنت الطائرات الحربية غارات مكثفة على بلدة كفرنبل في الأسبوع الثاني من شهر نيسان.")
    assert [(e.date_start, e.date_end) for e in evs] == [("2018-04-08", "2018-04-14")]
