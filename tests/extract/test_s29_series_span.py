"""The latest of a series told over a recent span is dated inside that span, not the whole week before publication
(lead, session 29). Sentences composed for the test."""
from __future__ import annotations

from marsad_testdata import fields_of

NVT = "Non-violent transfer of territory"


def test_joined_towns_take_the_two_day_span(extractor) -> None:
    text = 'وخلال اليومين الأخيرين، انضمت 9 بلدات على الأقل في ريف حمص إلى اتفاقات "التسوية"، آخرها بلدة تلبيسة.'
    got = [(s, str(a), str(b)) for s, a, b in fields_of(extractor, text, "2018-07-03", "sub_event_type", "date_start",
                                                         "date_end")]
    assert (NVT, "2018-07-01", "2018-07-03") in got


def test_a_long_span_still_gives_the_last_week(extractor) -> None:
    # months bound nothing useful: the latest of a series "in the past months" stays in the week up to publication
    text = "شنت الطائرات الحربية غارات على ريف إدلب خلال الأشهر الماضية، آخرها على بلدة سراقب."
    starts = [str(d) for _, d in fields_of(extractor, text, "2018-07-20", "event_type", "date_start")]
    assert starts and all(d >= "2018-07-13" for d in starts)
