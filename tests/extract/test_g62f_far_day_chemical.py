"""A well-known one-day happening retold with a day told far on in its sentence (branch g62f), on sentences of our own.

A day told more than OWN_DAY_WINDOW tokens after the attack's noun belongs to a later clause (a session, a visit, a
statement), not to the attack: the report that never tells the attack's day dates it by its week (told-again-week),
as q27d does, not by that later clause's day.
"""
from __future__ import annotations

from marsad_testdata import events_of

FAR_DAY = ("وأكدت المنظمة أن الهجوم الكيماوي على دوما أودى بحياة العشرات من المدنيين، وكان من المفترض أن تصل "
           "بعثة المفتشين إلى المدينة لجمع العينات والأدلة من المنازل المتضررة، الأربعاء.")
NEAR_DAY = "وقالت المنظمة إن هجوما كيماويا استهدف مدينة دوما يوم الأربعاء."


def _chemical(extractor, text, published):
    return events_of(extractor, text, "Chemical weapon", published)


def test_a_day_far_after_the_attack_is_not_its_day(extractor):
    events = _chemical(extractor, FAR_DAY, "2018-04-18")
    assert events, "the retold attack is still read"
    assert all(e.date_start <= "2018-04-07" <= e.date_end for e in events), \
        [(e.date_start, e.date_end, e.rule_ids) for e in events]


def test_a_day_told_right_after_the_attack_stays_its_own(extractor):
    # a fresh attack told with its day right after the noun is news of that day, as before
    events = _chemical(extractor, NEAR_DAY, "2018-04-19")
    assert [e.event_date for e in events] == ["2018-04-18"], [(e.date_start, e.date_end, e.rule_ids) for e in events]


REGION = "وقال الوزير إن الهجوم الكيميائي في الغوطة جريمة لن تمر دون عقاب."


def test_the_douma_attack_told_by_its_short_region_name_is_not_on_the_reports_day(extractor):
    # cp-43101: "الغوطة" (short for the Eastern Ghouta) names the Douma attack as cp-701 does: the report's week,
    # reaching back over 7 April, not the day of the minister's words
    events = _chemical(extractor, REGION, "2018-04-11")
    assert events and all(e.date_start <= "2018-04-07" <= e.date_end for e in events), \
        [(e.date_start, e.date_end, e.rule_ids) for e in events]
    assert "cp-43101" in events[0].rule_ids
