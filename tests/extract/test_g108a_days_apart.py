"""Two days, two happenings (branch g108a, whole-article audit): a strike told with its own day and its own dead in a
sentence that names no place is not folded into another day's strike told before it with other dead; a renewal told
on the day after a night's raid is that day's raid, not the night's retold."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-04-15"  # a Sunday


def _strikes(extractor, text):
    doc = read_doc(extractor, text, PUB)
    return sorted((e.date_start, e.fatalities) for e in doc.events if e.event_type == "Explosions/Remote violence")


def test_a_day_with_its_dead_placed_by_the_context_stays_apart(extractor):
    # merge._days_at_one_town: Friday's 20 dead, told in a sentence with no place, are not Saturday's 4 retold
    strikes = _strikes(extractor, "وقال المرصد إن أربعة مدنيين قتلوا السبت بغارات جوية على ريف درعا الغربي. "
                                  "ووصل مئات النازحين إلى مخيمات قرب الحدود. "
                                  "وأفاد المرصد أن 20 مدنيا قتلوا إثر قصف جوي عنيف استهدف الجمعة الجيب المحاصر.")
    assert [d for d, _ in strikes] == ["2018-04-13", "2018-04-14"]


def test_a_context_placed_day_with_no_dead_keeps_the_slack(extractor):
    # no dead of its own: the Friday raid may be Saturday's told with another day
    strikes = _strikes(extractor, "وقال المرصد إن أربعة مدنيين قتلوا السبت بغارات جوية على ريف درعا الغربي. "
                                  "ووصل مئات النازحين إلى مخيمات قرب الحدود. "
                                  "وأفاد المرصد أن قصفا جويا عنيفا استهدف الجمعة الجيب المحاصر.")
    assert len(strikes) == 1


def test_a_renewal_the_day_after_a_night_raid_is_its_own(extractor):
    # merge._renewed_apart: "ليل الجمعة" is a night over two days; "مجددا، السبت" renews the raid on the next day
    strikes = _strikes(extractor, "وقال المرصد إن التحالف استهدف قبل منتصف ليل الجمعة بلدة السوسة بريف دير الزور، "
                                  "ما أسفر عن مقتل 9 مدنيين. "
                                  "وكرر التحالف غاراته مجددا، السبت، على البلدة ذاتها.")
    assert len(strikes) == 2


def test_a_night_raid_told_again_the_next_day_stays_one(extractor):
    # no renewal word: the next day's mention keeps the ±1 day slack
    strikes = _strikes(extractor, "وقال المرصد إن التحالف استهدف قبل منتصف ليل الجمعة بلدة السوسة بريف دير الزور، "
                                  "ما أسفر عن مقتل 9 مدنيين. "
                                  "وقالت مصادر محلية إن غارات التحالف على البلدة السبت دمرت منازل.")
    assert len(strikes) == 1
