"""g79c: a post hedge between the count and «من» («30 على الأقل من المقاتلين الموالين للنظام قتلوا») no longer hides
that the side counted is the side that suffered (frames._count_before_hedge in _dead_told_before). Sentences composed
for the tests."""
from __future__ import annotations

from marsad_testdata import events_of, sides_of, ISIS, NDF

PUB = "2018-05-20"
CLASH = "Armed clash"


def test_two_word_hedge_after_the_count(extractor):
    evs = events_of(extractor, "وذكر المرصد أن 30 على الأقل من المقاتلين الموالين للنظام قتلوا، في كمين نصبه تنظيم "
                               "الدولة في قرية الحسينية بريف حمص الشرقي يوم الأحد.", CLASH, PUB)
    assert (ISIS, NDF) in sides_of(evs)


def test_one_word_hedge_after_the_count(extractor):
    evs = events_of(extractor, "وذكر المرصد أن 18 تقريبا من المقاتلين الموالين للنظام قتلوا، في كمين نصبه تنظيم "
                               "الدولة في قرية الحسينية بريف حمص الشرقي يوم الأحد.", CLASH, PUB)
    assert (ISIS, NDF) in sides_of(evs)
