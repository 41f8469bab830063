"""g99e: a mention told as a renewal on the act's own day («عاودت قصفها ... بعد موجة من القصف، الثلاثاء» beside a
Wednesday shelling of the same district) stays apart when the places are refined (merge._merge_refined, now asking
_renewed_apart through _renewal_on_act_day, as merge_within already did): two days' shelling, one event a day.
A day not marked as the act's own (a statement's day, a day the shelling stopped) keeps the ±1 day slack, and so
does a mention with no renewal word.
"""
from __future__ import annotations
import pytest
from marsad_testdata import read_doc


PUB = "2018-07-04"  # a Wednesday
HEAD = ("قصفت المدفعية التركية قرى كردية في شمال العراق، وفق ما أفاد مراسل \"قناة محلية\" في دهوك، الأربعاء.\n"
        "واستهدف القصف التركي منطقة تابعة لقضاء العمادية شمال دهوك بعدة صواريخ.\n")
SHELL = "Shelling/artillery/missile attack"


def _days(extractor, tail: str) -> list[str]:
    return sorted(e.date_start for e in read_doc(extractor, HEAD + tail, PUB).events if e.sub_event_type == SHELL)


TWO_DAYS = [
    # the renewal told after the earlier day's wave
    "وأكد قائممقام قضاء العمادية في تصريح للمراسل أن مدفعية الجيش التركي عاودت قصفها المتقطع على عدد من القرى، بعد "
    "موجة من القصف، الثلاثاء.",
    # the earlier day told before the renewal
    "وكانت المدفعية التركية قد قصفت قرى قضاء العمادية الثلاثاء، قبل أن تعاود قصفها مجددا.",
]

ONE_DAY = [
    # no renewal word: the ±1 day slack
    "وأكد قائممقام قضاء العمادية في تصريح للمراسل أن مدفعية الجيش التركي قصفت عددا من القرى، الثلاثاء.",
    # the day the shelling stopped is no day of an act
    "وقال قائممقام قضاء العمادية إن تجدد القصف على القرى جاء بعد توقفه منذ يوم الثلاثاء.",
    # a statement's day
    "وأكد قائممقام قضاء العمادية في تصريح للمراسل، الثلاثاء، أن مدفعية الجيش التركي عاودت قصف عدد من القرى.",
]


@pytest.mark.parametrize("tail", TWO_DAYS)
def test_renewal_on_its_own_day_is_two_days(extractor, tail):
    assert _days(extractor, tail) == ["2018-07-03", "2018-07-04"]


@pytest.mark.parametrize("tail", ONE_DAY)
def test_other_days_keep_one_event(extractor, tail):
    assert _days(extractor, tail) == ["2018-07-04"]
