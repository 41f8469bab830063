"""g71a: a count of days too large for the calendar (a year read as thousands) gives no date, not a crash."""
from __future__ import annotations

import datetime as dt

from marsad.lang.ar.dates import find_dates
from marsad.lang.ar.tokens import analyze_text


def _dates(text: str, pub: dt.date) -> list[tuple[dt.date | None, dt.date | None]]:
    return [(m.date_start, m.date_end) for m in find_dates(analyze_text(text), pub)]


def test_thousands_of_days_ago_out_of_calendar_gives_no_date() -> None:
    # "قبل 2017 ألف يوم" reads about two million days back, before year 1
    out = _dates("وقعت المعركة قبل 2017 ألف يوم في القرية", dt.date(2018, 7, 13))
    assert all(d == (None, None) for d in out)


def test_days_ago_still_dated() -> None:
    out = _dates("قصفت الطائرات البلدة قبل ثلاثة أيام", dt.date(2018, 7, 13))
    assert (dt.date(2018, 7, 10), dt.date(2018, 7, 10)) in out
