""""اليوم" as "the day" and "at that time" (q25a): after ذاته/نفسه it is the day told last, after التالي/السابق the day after or before it;
after الذي/الأول/العالمي it names no day; alone it stays today. "حينها"، "وقتها"، "آنذاك" are the time told last."""
from __future__ import annotations

import datetime as dt

from marsad.lang.ar.dates import find_dates
from marsad.lang.ar.tokens import analyze_text

PUB = dt.date(2018, 7, 13)  # a Friday: the last Tuesday is 2018-07-10


def _days(text: str) -> list[tuple[dt.date | None, dt.date | None]]:
    return [(d.date_start, d.date_end) for d in find_dates(analyze_text(text), PUB)]


def test_the_same_day_is_the_day_told_last() -> None:
    assert _days("وصل الوفد إلى دمشق الثلاثاء، في اليوم ذاته الذي قصفت فيه الطائرات المدينة") == [
        (dt.date(2018, 7, 10), dt.date(2018, 7, 10))] * 2


def test_the_next_day_is_the_day_after_the_one_told() -> None:
    assert _days("اجتمع الطرفان الثلاثاء. وفي اليوم التالي، قصفت الطائرات البلدة") == [
        (dt.date(2018, 7, 10), dt.date(2018, 7, 10)), (dt.date(2018, 7, 11), dt.date(2018, 7, 11))]


def test_the_day_on_which_names_no_day() -> None:
    assert _days("وصلت اللجنة إلى دمشق في اليوم الذي قصفت فيه الطائرات المدينة") == []
    assert _days("أصدرت المنظمة تقريرا بمناسبة اليوم العالمي لمساندة الضحايا") == []


def test_the_same_day_with_no_day_told_before_names_none() -> None:
    assert _days("وفي اليوم نفسه قصفت الطائرات البلدة") == []


def test_today_alone_stays_today() -> None:
    assert _days("قصفت الطائرات البلدة اليوم") == [(PUB, PUB)]


def test_at_that_time_is_the_time_told_last() -> None:
    assert _days("امتدت الاحتجاجات يوم الثلاثاء إلى مدن الجنوب. واقتحم المحتجون وقتها مبنى المحافظة") == [
        (dt.date(2018, 7, 10), dt.date(2018, 7, 10))] * 2
    assert _days("سيطر التنظيم على المدينة عام 2014، وقتل آنذاك العشرات") == [
        (dt.date(2014, 1, 1), dt.date(2014, 12, 31))] * 2


def test_at_that_time_with_no_time_told_before_names_none() -> None:
    assert _days("وقال المتحدث في ذلك الوقت إن القصف توقف") == []
