"""Dates of old events (g42b): a bare past year closing its clause after a place or another word is a year ("اختطفوا
في العراق 2015."), so the old happening is background, not news of the report's day; a weekday closing a
since-phrase opened by a noun ("منذ التصعيد على البلدة يوم الخميس") is that happening's start, not the event's day."""
from __future__ import annotations

import datetime as dt

from marsad.extract.days import is_since
from marsad.lang.ar.dates import find_dates
from marsad.lang.ar.tokens import analyze_text
from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-28"  # a Saturday: the last Sunday is 2018-04-22


def _doc(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _years(text):
    return [(d.date_start, d.date_end) for d in find_dates(analyze_text(text), dt.date(2018, 4, 28))]


def test_a_bare_past_year_after_a_place_is_a_year():
    assert _years("خطف مسلحون ثلاثة صحفيين في الموصل 2016.") == [(dt.date(2016, 1, 1), dt.date(2016, 12, 31))]


def test_two_bare_years_are_the_years_between():
    assert _years("وقعت عشرات الهجمات في الفترة بين 2013 و2016، بحسب التقرير.") == [
        (dt.date(2013, 1, 1), dt.date(2016, 12, 31))]


def test_a_bare_number_after_a_count_word_or_of_the_reports_year_is_no_year():
    assert _years("وارتفعت حصيلة القتلى إلى 1990.") == []
    assert _years("وتتواصل عملية الصحراء 2018.") == []
    assert _years("قتل 2015 شخصا في المدينة.") == []


def test_an_abduction_told_with_a_bare_old_year_is_no_news_of_the_day(extractor):
    doc = _doc(extractor, "أسقطت سلطات البلاد رهائن. وأفرج عن صيادين قطريين خطفهم مسلحون في جنوب العراق 2015.",
               published="2018-04-22")
    assert not [e for e in doc.events if e.sub_event_type == "Abduction/forced disappearance"]


def _since_days(text):
    an = analyze_text(text)
    return [is_since(an.tokens, d) for d in find_dates(an, dt.date(2018, 4, 28))]


def test_a_weekday_closing_a_since_phrase_is_a_start_point():
    assert _since_days("ليرتفع إلى عشرين عدد القتلى منذ التصعيد على البلدة يوم الأحد.") == [True]
    assert _since_days("قتل عشرون منذ تفجرت الاحتجاجات الاثنين الماضي.") == [True]


def test_a_weekday_after_a_since_span_or_a_clause_break_is_the_days_own():
    assert _since_days("تتعرض البلدة للقصف منذ أيام وقتل خمسة يوم الأحد.") == [False, False]
    assert _since_days("تتواصل الاشتباكات منذ التصعيد، وقتل خمسة يوم الأحد.") == [False]
