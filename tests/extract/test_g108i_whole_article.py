"""g108i: whole-article audit of strike reports told once (seed 1098).
«هذا الصباح»، «هذا المساء» (this morning, this evening) are today, as «صباح اليوم» is (relative_dates
rd-today-115500..115501): a strike told once with one of them has a day of its own, so a definite «القصف» with it is
news, not a known happening only named after a lead about something else.
Sentences composed for the tests."""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc

PUB = "2018-03-20"
ERV = "Explosions/Remote violence"


@pytest.mark.parametrize("part", ["هذا الصباح", "هذا المساء"])
def test_this_morning_dates_the_strike_to_the_report_day(extractor, part):
    text = f"قصفت المدفعية التركية بلدة جنديرس {part}، وفق ما قال سكان."
    evs = [e for e in read_doc(extractor, text, PUB).events if e.event_type == ERV]
    assert len(evs) == 1
    assert str(evs[0].date_start) == PUB and str(evs[0].date_end) == PUB


def test_a_strike_told_once_with_this_morning_after_a_humanitarian_lead(extractor):
    text = ("تتفاقم معاناة النازحين في مدينة عفرين مع نقص الماء والدواء، بحسب منظمات محلية.\n"
            "وقال مسؤول في المجلس المحلي: \"وقد طال القصف هذا الصباح المستشفى الوحيد في عفرين\".")
    evs = [e for e in read_doc(extractor, text, PUB).events if e.event_type == ERV]
    assert len(evs) == 1
    assert str(evs[0].date_start) == PUB
