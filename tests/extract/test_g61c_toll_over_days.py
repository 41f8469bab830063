"""A count of the dead summed over a period of days is no one day's toll (branch g61c), on sentences of our own.

«قتل 300 مدني خلال ستة أيام من الغارات» sums a campaign: the sentence is a reported total (hundreds, as a running
total since a day back) and gives no act its dead; a few dead over days leave the act without the period's toll. The
day's own toll before a period told later in the sentence stays, and so does a toll over hours.
"""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-03-08"  # a Thursday


def _strikes(extractor, text):
    doc = read_doc(extractor, text, PUB, "خبر")
    return [e for e in doc.events if e.event_type == "Explosions/Remote violence"]


def test_hundreds_over_days_are_a_total_not_a_strike(extractor):
    text = "وشنت الطائرات الحربية غارات مكثفة على بلدات ريف حمص الشمالي، موقعة أكثر من 300 قتيل خلال ستة أيام.\n"
    doc = read_doc(extractor, text, PUB, "خبر")
    assert [e.fatalities for e in doc.events] == []
    assert any(d.get("reason") == "reported total" for d in doc.dropped)


def test_running_count_over_days_gives_the_clash_no_toll(extractor):
    text = ("اندلعت يوم الأربعاء اشتباكات عنيفة بين قوات النظام ومسلحي المعارضة في بلدة تلبيسة. "
            "وقال المرصد إن الاشتباكات رفعت عدد قتلى القوات الحكومية إلى 150 خلال 19 يوما.\n")
    doc = read_doc(extractor, text, PUB, "خبر")
    battles = [e for e in doc.events if e.event_type == "Battles"]
    assert battles and all(not e.fatalities for e in battles)


def test_few_dead_over_days_leave_the_strike_without_them(extractor):
    ev = _strikes(extractor, "قصفت قوات النظام يوم الأربعاء بلدة تلبيسة بالمدفعية ما أدى إلى مقتل 12 مدنيا خلال ثلاثة أيام.\n")
    assert len(ev) == 1 and not ev[0].fatalities


def test_the_days_own_toll_before_a_later_period_stays(extractor):
    ev = _strikes(extractor, "قتل 14 مدنيا يوم الأربعاء في غارات على بلدة تلبيسة، ليرتفع عدد القتلى إلى 210 على الأقل "
                             "خلال أربعة أيام من القصف.\n")
    assert [e.fatalities for e in ev] == [14]


def test_a_toll_over_hours_is_one_days(extractor):
    ev = _strikes(extractor, "قصفت قوات النظام يوم الأربعاء بلدة تلبيسة بالمدفعية ما أدى إلى مقتل 12 مدنيا خلال 24 ساعة.\n")
    assert [e.fatalities for e in ev] == [12]
