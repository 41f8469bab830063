"""g98ac: "على مدار" (over the course of) tells a span, as "على مدى" does (totals.tsv tt-63600).

A clash or strike told over years or days of a war is a tally or background, not one day's act.
"""
from __future__ import annotations

from marsad_testdata import subs_of

CLASH = "Armed clash"
AIR = "Air/drone strike"


def test_clashes_over_the_course_of_days_are_no_event(extractor) -> None:
    text = "وقال المرصد إن اشتباكات عنيفة دارت بين قوات النظام والفصائل في مدينة درعا على مدار ثلاثة أيام."
    assert CLASH not in subs_of(extractor, text, "2018-09-12")


def test_strikes_over_the_course_of_days_are_no_event(extractor) -> None:
    text = "وقال المرصد إن الطائرات الحربية شنت غارات على مدينة دوما على مدار خمسة أيام، قتل فيها 60 مدنيا."
    assert AIR not in subs_of(extractor, text, "2018-03-02")


def test_a_strike_of_the_day_stays(extractor) -> None:
    """Guard: with no span told, the same strike is kept."""
    text = "وقال المرصد إن الطائرات الحربية شنت غارات على مدينة دوما اليوم الجمعة، قتل فيها 6 مدنيين."
    assert AIR in subs_of(extractor, text, "2018-03-02")
