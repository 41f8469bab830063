"""g86b: a day, a time word or a source phrase («وفق/بحسب ...» up to its comma; function_words toll_gap_time,
toll_gap_source, toll_gap_also) between a word of killing and its dead does not cut the count or the singular victim
off (frames._past_toll_gap); «محتج» is a singular victim like «متظاهر». Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-09-10"
AIR = "Air/drone strike"


def test_day_and_source_between_killing_and_count(extractor):
    evs = events_of(extractor, "وقتل الثلاثاء، بحسب الدفاع المدني، 6 مدنيين في غارة جوية على بلدة سراقب بريف "
                    "إدلب.", AIR, PUB)
    assert evs and all(e.fatalities == 6 for e in evs)


def test_also_before_source_between_killing_and_count(extractor):
    evs = events_of(extractor, "وقتل الثلاثاء، كذلك وفق المرصد، 7 مدنيين في غارة جوية على بلدة سراقب بريف "
                    "إدلب.", AIR, PUB)
    assert evs and all(e.fatalities == 7 for e in evs)


def test_day_between_killing_and_single_victim(extractor):
    evs = events_of(extractor, "قتل يوم الأربعاء طفل في غارة جوية على بلدة سراقب بريف إدلب.", AIR, PUB)
    assert evs and all(e.fatalities == 1 for e in evs)


def test_other_words_do_not_widen_the_window(extractor):
    # a place phrase is no day nor source: the count 9 stands too far from «قتل» to be its dead
    evs = events_of(extractor, "قتل في الغارة الجوية على بلدة سراقب بريف إدلب 9 مدنيين.", AIR, PUB)
    assert evs and all(e.fatalities != 9 for e in evs)


def test_one_protester_killed_and_many_wounded(extractor):
    evs = events_of(extractor, "قتل محتج وأصيب 11 آخرون في اشتباكات مع قوات الأمن في مدينة الناصرية.",
                    "Violent demonstration", PUB)
    assert evs and all(e.fatalities == 1 for e in evs)
