"""Standing situations read as happenings (branch g59c), on sentences of our own.

A relative clause describing what a place goes through keeps describing when words of duration or frequency
stand between its verb and the noun it suffers («التي تتعرض منذ أيام لقصف», «التي تتعرض حاليا لغارات», «التي أصيب
فيها بقذيفة»); a strike or clash told as daily («يوميا» before it, «يومية» right after) is no one happening.
A daily truce is still an agreement, and a strike told with its own day in the main clause is still reported.
"""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc


PUB = "2018-09-12"  # a Wednesday


def _run(extractor, text, published=PUB):
    return read_doc(extractor, text, published)


@pytest.mark.parametrize("text", [
    "وحذرت المنظمة من كارثة إنسانية في مدينة معرة النعمان التي تتعرض منذ أيام لقصف من مدفعية قوات النظام.",
    "وبحث الوزير مع نظرائه الوضع في مدينة معرة النعمان والتي تتعرض حاليا لغارات روسية مكثفة.",
    "وطالب البيان بحماية المدنيين في مدينة معرة النعمان التي تتعرض منذ 5 أيام لقصف عنيف.",
    "وقال المتهم إنه قاتل في مدينة الموصل التي أصيب فيها بقذيفة هاون.",
])
def test_relative_clause_with_a_span_describes(extractor, text):
    doc = _run(extractor, text)
    assert not doc.events, doc.events
    assert any(d["reason"] == "modality:relative" for d in doc.dropped), doc.dropped


@pytest.mark.parametrize("text", [
    "وتتعرض مدينة معرة النعمان يوميا لقصف مدفعي من قوات النظام.",
    "وتشن الطائرات الروسية غارات يومية على ريف إدلب الجنوبي.",
])
def test_daily_strikes_are_a_standing_situation(extractor, text):
    doc = _run(extractor, text)
    assert not doc.events, doc.events
    assert any(d["reason"] == "modality:general" for d in doc.dropped), doc.dropped


def test_daily_truce_is_still_an_agreement(extractor):
    # a guard: the daily cue reads violent types only (passes without the change too)
    doc = _run(extractor, "وأعلنت روسيا الثلاثاء هدنة يومية في ريف إدلب الجنوبي.")
    assert [e.event_type for e in doc.events] == ["Strategic developments"], doc.dropped


def test_strike_with_its_own_day_beside_the_relative_clause_is_kept(extractor):
    # a guard: the main clause's strike told with its day stays an event
    doc = _run(extractor, "قتل 7 مدنيين الثلاثاء في غارات جوية على مدينة معرة النعمان التي تتعرض منذ أيام لقصف من قوات النظام.")
    assert [e.event_date for e in doc.events] == ["2018-09-11"], doc.dropped
