"""A recalled happening told with a day of its own (branch g63a), on sentences of our own.

The day's distance from the recalled happening is counted in words: quotation marks around a weapon's name
("بعد القصف بـ«البراميل المتفجرة" الذي ...") do not push its own day out of reach (step._words_between).
"""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-04-12"  # a Thursday


def _run(extractor, text, published=PUB):
    return read_doc(extractor, text, published)


@pytest.mark.parametrize("text", [
    "وتحدث الوزيران عن الوضع في سوريا بعد القصف بـ«الغازات السامة\" الذي تعرضت له بلدة كفرنبل في ريف إدلب "
    "الجنوبي الثلاثاء الماضي.",
    "وتحدث الوزيران عن الوضع في سوريا بعد القصف بـ«مدافع جهنم» الذي تعرضت له بلدة حرستا في الغوطة الشرقية أمس.",
])
def test_quotation_marks_do_not_push_the_own_day_away(extractor, text):
    doc = _run(extractor, text)
    kept = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert kept and any(r.startswith("own-day:md-bg") for r in kept[0].rule_ids), (doc.events, doc.dropped)


def test_a_day_beyond_twelve_words_stays_background(extractor):
    # the same recall with the place told at length: the day is too far to be the recalled happening's own
    doc = _run(extractor, "وتحدث الوزيران عن الوضع في سوريا بعد القصف بـ«مدافع جهنم» الذي تعرضت له بلدة حرستا "
                          "الواقعة في الغوطة الشرقية قرب العاصمة دمشق أمس.")
    assert not [e for e in doc.events if e.event_type == "Explosions/Remote violence"], doc.events
