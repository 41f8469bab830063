"""g101m: weekdays in a row joined by "و" ("يومي الثلاثاء والأربعاء"، "يوما الخميس والجمعة"، "دخلت القوات الثلاثاء
والأربعاء") are one span from the first day to the last (relative_dates day_pair rd-pair-72700..72702, weekday_and
rd-and-72703; code: dates._weekday_run), as the dev gold ranges an act told by the days named. Each day was read alone
and the act took the first. After the singular "يوم" the days stay apart, and a pair told under "المقبلين" is a coming
span, never a past one. Such a pair told after the act wins over a statement's day told before it, farther and past
commas (step.RUN_OWN_DAY); and a battle placed only at a country that names another side than a finer battle of its
days is no double of it (filters._other_side_named)."""
from __future__ import annotations

import datetime as dt

import pytest

from marsad.lang.ar.dates import find_dates
from marsad.lang.ar.tokens import analyze_text
from marsad_testdata import fields_of

D = dt.date
PUB = D(2018, 8, 2)  # a Thursday
PUBS = "2018-08-02"

RUNS = [
    ("قتل تسعة مدنيين في قصف يومي الثلاثاء والأربعاء على القرية", "يومي الثلاثاء والأربعاء", D(2018, 7, 31),
     D(2018, 8, 1), 1),
    ("وعاد يوما السبت والأحد آلاف النازحين", "يوما السبت والأحد", D(2018, 7, 28), D(2018, 7, 29), 1),
    ("تواصلت المواجهات يومي الأربعاء و الخميس في المخيم", "يومي الأربعاء و الخميس", D(2018, 8, 1), D(2018, 8, 2), 1),
    ("انتشرت الشرطة في الأحياء الأحد والاثنين", "الأحد والاثنين", D(2018, 7, 29), D(2018, 7, 30), 1),
    ("أغلقت المحال أيام الاثنين والثلاثاء والأربعاء", "الاثنين والثلاثاء والأربعاء", D(2018, 7, 30), D(2018, 8, 1), 2),
    ("سقطت القذائف على الحي يومي الثلاثاء والأربعاء الماضيين", "يومي الثلاثاء والأربعاء الماضيين", D(2018, 7, 31),
     D(2018, 8, 1), 1),
]


@pytest.mark.parametrize("text,surface,start,end,precision", RUNS)
def test_days_in_a_row_are_one_span(text: str, surface: str, start: dt.date, end: dt.date, precision: int) -> None:
    (m,) = find_dates(analyze_text(text), PUB)
    assert (m.text, m.date_start, m.date_end, m.precision) == (surface, start, end, precision)
    assert "rd-and-72703" in m.rule_id


def test_a_coming_pair_is_a_future_span() -> None:
    (m,) = find_dates(analyze_text("تعقد اللجنة اجتماعاتها يومي الثلاثاء والأربعاء المقبلين في العاصمة"), PUB)
    assert (m.date_start, m.date_end, m.relation) == (D(2018, 8, 7), D(2018, 8, 8), "future")


def test_days_after_the_singular_day_word_stay_apart() -> None:
    # "يوم الثلاثاء" closes the first act; "والأربعاء" opens another's clause
    ms = find_dates(analyze_text("قتل جندي في الرمادي يوم الثلاثاء والأربعاء قتل شرطي في الفلوجة"), PUB)
    assert [(m.date_start, m.date_end) for m in ms] == [(D(2018, 7, 31), D(2018, 7, 31)), (D(2018, 8, 1), D(2018, 8, 1))]


def test_days_not_in_a_row_stay_apart() -> None:
    ms = find_dates(analyze_text("شنت الطائرات غارات يومي الأحد والثلاثاء"), PUB)
    assert [(m.date_start, m.date_end) for m in ms] == [(D(2018, 7, 29), D(2018, 7, 29)), (D(2018, 7, 31), D(2018, 7, 31))]


def test_a_daily_adjective_is_no_lead() -> None:
    (m,) = find_dates(analyze_text("يتعرض الحي لقصف يومي خلال الأسبوعين الماضيين"), PUB)
    assert m.text == "خلال الأسبوعين الماضيين"


def test_a_strike_told_over_two_days_is_dated_by_both(extractor) -> None:
    text = "قتل 12 شخصا في غارات جوية يومي الثلاثاء والأربعاء على بلدة سراقب في ريف إدلب."
    assert fields_of(extractor, text, PUBS, "sub_event_type", "date_start", "date_end", "fatalities") == [
        ("Air/drone strike", "2018-07-31", "2018-08-01", 12)]


def test_both_acts_of_a_bare_pair_take_the_span(extractor) -> None:
    text = "اقتحمت قوات الأمن بلدة الحويجة الثلاثاء والأربعاء واعتقلت عشرين مطلوبا."
    got = fields_of(extractor, text, PUBS, "sub_event_type", "date_start", "date_end")
    assert ("Arrests", "2018-07-31", "2018-08-01") in got


def test_an_act_on_the_singular_day_keeps_its_day(extractor) -> None:
    text = "قتل جندي في انفجار عبوة ناسفة بمدينة الرمادي يوم الثلاثاء والأربعاء قتل شرطي في هجوم مسلح بمدينة الفلوجة."
    got = fields_of(extractor, text, PUBS, "location", "date_start", "date_end")
    assert ("Ramadi", "2018-07-31", "2018-07-31") in got


def test_days_in_a_row_after_the_act_win_over_the_statements_day(extractor) -> None:
    # the pair is told past two commas, farther than a single day of the act's own is read (step.RUN_OWN_DAY)
    text = ("أعلنت القوات العراقية، الخميس، أنها اشتبكت مع مسلحي تنظيم داعش، بعد محاولتهم التسلل عبر الحدود قرب قضاء "
            "القائم يومي الثلاثاء والأربعاء.")
    assert fields_of(extractor, text, PUBS, "sub_event_type", "date_start", "date_end") == [
        ("Armed clash", "2018-07-31", "2018-08-01")]


def test_a_single_day_that_far_keeps_the_statements_day(extractor) -> None:
    text = ("أعلنت القوات العراقية، الخميس، أنها اشتبكت مع مسلحي تنظيم داعش، بعد محاولتهم التسلل عبر الحدود قرب قضاء "
            "القائم الثلاثاء.")
    # the statement's day as it is read when told on the publication day: [day-1, day] (g101o), not Tuesday
    assert fields_of(extractor, text, PUBS, "date_start", "date_end") == [("2018-08-01", "2018-08-02")]


def test_a_countrys_battle_with_another_side_stands_beside_a_finer_one(extractor) -> None:
    # filters._other_side_named: Jordan's clash "in Syria" is not Syria's clash in the Yarmouk basin told loosely
    text = ("اشتبك الجيش الأردني مع مسلحين من تنظيم داعش في سوريا الثلاثاء، فيما اشتبكت القوات السورية مع التنظيم في "
            "حوض اليرموك.")
    assert set(fields_of(extractor, text, PUBS, "actor1", "actor2")) == {
        ("Military Forces of Jordan (1999-)", "Islamic State (Iraq and Syria)"),
        ("Military Forces of Syria (2000-)", "Islamic State (Iraq and Syria)")}


def test_a_countrys_battle_with_the_same_sides_is_the_finer_one(extractor) -> None:
    text = ("اشتبكت القوات السورية مع مسلحين من تنظيم داعش في سوريا الثلاثاء. واشتبكت القوات السورية مع التنظيم في "
            "حوض اليرموك الثلاثاء.")
    assert fields_of(extractor, text, PUBS, "location") == [("Yarmouk Basin",)]
