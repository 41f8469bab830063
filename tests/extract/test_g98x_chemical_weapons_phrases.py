"""A chemical attack told as an attack "with chemical weapons" or "with a poison gas" (branch g98x), on sentences of
our own.

«هجوم بالأسلحة الكيميائية/الكيماوية»، «هجوما بأسلحة كيميائية»، «هجوم بالسلاح الكيماوي»، «هجوم بغاز سام» name the
attack as «هجوم كيميائي» does; a retold Douma attack takes its known day (campaigns.tsv cp-700). Threats and
conditions stay words. Written with «الكيماوية/الكيميائية» only: the plural «هجمات» is mostly
capabilities, investigations and accusations over years, and is left out.
"""
from __future__ import annotations

import pytest

from marsad_testdata import events_of


CHEM = "Chemical weapon"

# attacks of the Tuesday before a Wednesday report, one spelling each
ATTACKS = (
    "قال مسعفون إن خمسة مدنيين أصيبوا بحالات اختناق، يوم الثلاثاء، في هجوم بالأسلحة الكيميائية على بلدة كفرزيتا.",
    "تعرضت بلدة كفرزيتا في ريف حماة، الثلاثاء، لهجوم بأسلحة كيميائية أوقع عشرة جرحى.",
    "أصيب عشرات المدنيين، الثلاثاء، في هجوم بغاز سام استهدف بلدة كفرزيتا في ريف حماة.",
)


@pytest.mark.parametrize("text", ATTACKS)
def test_an_attack_with_chemical_weapons_is_a_chemical_attack(extractor, text):
    # one attack, on the day its weekday names (the Tuesday before the Wednesday report)
    assert [e.event_date for e in events_of(extractor, text, CHEM, "2018-05-09")] == ["2018-05-08"]


def test_the_douma_attack_retold_takes_its_known_day(extractor):
    text = ("قال متحدث باسم الخارجية، الجمعة، إن الهجوم بالأسلحة الكيماوية على مدينة دوما أوقع عشرات القتلى "
            "من المدنيين.")
    chem = events_of(extractor, text, CHEM, "2018-04-13")
    assert chem
    # the report never tells the day: the report's week, which holds the known day (told-again-week)
    assert chem[0].date_start <= "2018-04-07" <= chem[0].date_end, (chem[0].date_start, chem[0].date_end)
    assert "cp-700" in chem[0].rule_ids, chem[0].rule_ids


def test_the_douma_attack_retold_with_its_day_told_elsewhere(extractor):
    text = ("قال متحدث باسم الخارجية، الجمعة، إن الهجوم بالسلاح الكيماوي على مدينة دوما في السابع من نيسان/أبريل "
            "أوقع عشرات القتلى من المدنيين.")
    chem = events_of(extractor, text, CHEM, "2018-04-20")
    assert len(chem) == 1, [(e.event_date, e.location) for e in chem]
    assert (chem[0].date_start, chem[0].date_end) == ("2018-04-07", "2018-04-07")


@pytest.mark.parametrize("text", [
    "وحذر الوزير، الأربعاء، من أن بلاده سترد بقوة إذا شنت الحكومة هجوما بالسلاح الكيماوي على مدينة إدلب.",
    "ونفت الحكومة، الأربعاء، وقوع أي هجوم بالأسلحة الكيميائية في مدينة إدلب.",
])
def test_a_threat_or_a_denial_is_no_attack(extractor, text):
    assert not events_of(extractor, text, CHEM, "2018-09-12")


def test_last_week_told_of_the_douma_attack_holds_its_day(extractor):
    # «الأسبوع الماضي» on a Thursday is the calendar week before (31 March - 6 April), which misses Saturday 7 April:
    # for a well-known happening the week ending the day before its day is the report's vague word for it (step.py
    # _week_by_row), dated by the report's week that holds the day
    text = "واتهمت واشنطن، الخميس، الحكومة بشن هجوم كيميائي الأسبوع الماضي على مدينة دوما."
    chem = events_of(extractor, text, CHEM, "2018-04-12")
    assert [e.date_start <= "2018-04-07" <= e.date_end for e in chem] == [True], [(e.date_start, e.date_end) for e in chem]


@pytest.mark.parametrize(("text", "published", "span"), [
    # a week that holds the attack's day keeps its own range
    ("وجاءت الضربات ردا على هجوم كيميائي على مدينة دوما الأسبوع الماضي.", "2018-04-14", ("2018-04-07", "2018-04-13")),
    # an attack at a town with no known happening keeps the calendar week
    ("وقتل خمسة مدنيين في هجوم كيميائي الأسبوع الماضي على بلدة كفرزيتا.", "2018-05-09", ("2018-04-28", "2018-05-04")),
])
def test_other_weeks_keep_their_range(extractor, text, published, span):
    assert [(e.date_start, e.date_end) for e in events_of(extractor, text, CHEM, published)] == [span]
