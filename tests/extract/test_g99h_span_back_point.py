"""g99h: a one-time act's noun right after «بعد + a counted span of days (at most 3) + من/على» is dated that many days
before its clause's day, news within the report's week, not background (step._span_back, span-back-point-64800).
A lasting activity («القصف») keeps the days of the span; a longer, vague or old span dates nothing."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

DAY = "2018-05-12"  # a Saturday
TAKINGS = ("Government regains territory", "Non-state actor overtakes territory")
POINT = "span-back-point-64800"


def _takings(extractor, text: str) -> list:
    return [e for e in read_doc(extractor, text, DAY).events if e.sub_event_type in TAKINGS]


def test_taking_two_days_before_an_undated_clause(extractor) -> None:
    # the clause has no day: the report's (Friday or Saturday), so the taking is two days before either
    text = "وبعد يومين من سيطرة الجيش التركي على بلدة راجو، انتشرت الشرطة العسكرية في شوارع البلدة."
    evs = _takings(extractor, text)
    assert len(evs) == 1 and POINT in evs[0].rule_ids, evs
    assert (str(evs[0].date_start), str(evs[0].date_end)) == ("2018-05-09", "2018-05-10")


def test_entry_one_day_before_the_day_told(extractor) -> None:
    # the day told before the span (Friday 11 May) is the clause's: the entry is on Thursday
    text = "وقال مسؤول محلي الجمعة بعد يوم من دخول قوات النظام إلى بلدة راجو إن الوضع هادئ."
    evs = [e for e in read_doc(extractor, text, DAY).events if e.sub_event_type == "Non-violent transfer of territory"]
    assert len(evs) == 1 and POINT in evs[0].rule_ids, evs
    assert (str(evs[0].date_start), str(evs[0].date_end)) == ("2018-05-10", "2018-05-10")


@pytest.mark.parametrize("text", [
    # a week or a year is a campaign's or history's span, not a day of the news
    "وبعد أسبوع من سيطرة الجيش التركي على بلدة راجو، انتشرت الشرطة العسكرية في شوارع البلدة.",
    "وبعد عامين من سيطرة الجيش التركي على بلدة راجو، عاد بعض السكان إلى منازلهم.",
    # no count: no day
    "وبعد أيام من سيطرة الجيش التركي على بلدة راجو، انتشرت الشرطة العسكرية في شوارع البلدة.",
    # an old year told before the span dates the clause long ago
    "وفي عام 2016، وبعد يومين من سيطرة الجيش التركي على بلدة راجو، انتشرت الشرطة العسكرية فيها.",
])
def test_guard_long_vague_or_old_span_stays_background(extractor, text) -> None:
    assert _takings(extractor, text) == []


def test_guard_lasting_activity_keeps_the_span(extractor) -> None:
    # «القصف» lasted over the two days before the day told: the span, not one day (step._span_back, q17b)
    text = "وأعلنت الحكومة الأحد هدنة في مدينة دوما بعد يومين من القصف العنيف على أحيائها."
    evs = [e for e in read_doc(extractor, text, "2018-04-09").events
           if e.event_type == "Explosions/Remote violence"]
    assert evs and POINT not in evs[0].rule_ids
    assert (str(evs[0].date_start), str(evs[0].date_end)) == ("2018-04-06", "2018-04-07")


def test_guard_act_with_no_place_of_its_own_keeps_the_later_acts_day(extractor) -> None:
    # the strikes counted from have no place told after them: dated back, they would take the base's place and
    # pull the base's shelling to their day
    text = "وتعرض مطار عسكري قرب بلدة راجو للقصف فجر اليوم، بعد يومين من الغارات الإسرائيلية."
    evs = [e for e in read_doc(extractor, text, DAY).events if e.event_type == "Explosions/Remote violence"]
    assert [(str(e.date_start), str(e.date_end)) for e in evs] == [("2018-05-12", "2018-05-12")], evs
    assert not any(POINT in e.rule_ids for e in evs)
