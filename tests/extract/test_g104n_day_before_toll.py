"""g104n: a toll named after «غداة» with no day of its own is the day before's happening (step._event dates it so,
NAMED_DAY_BEFORE). It no longer refers back to the happening told with its own day in the sentence before
(merge._day_before_apart, in merge_within and _merge_refined): that event keeps its own day's dead instead of the
lowest figure of the two days.
"""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc

PUB = "2018-06-29"  # a Friday
AIR = "Air/drone strike"

DAY_TOLD = [
    "لقي 40 مدنيا على الأقل حتفهم الخميس في غارات جوية على محافظة إدلب السورية. "
    "وتأتي هذه الحصيلة غداة مقتل 15 مدنيا جراء الغارات، بحسب ناشطين.",
    "قتل 40 مدنيا على الأقل الخميس في غارات على مدينة معرة النعمان في ريف إدلب. "
    "وجاءت الغارات غداة سقوط 15 قتيلا في قصف جوي مماثل، وفق المرصد.",
]


def _air(extractor, text: str) -> list:
    return [e for e in read_doc(extractor, text, PUB).events if e.sub_event_type == AIR]


@pytest.mark.parametrize("text", DAY_TOLD)
def test_day_before_toll_is_not_the_days(extractor, text):
    strikes = [e for e in _air(extractor, text) if e.date_start == "2018-06-28"]
    assert len(strikes) == 1
    assert strikes[0].fatalities == 40


def test_undated_toll_without_day_before_still_refers_back(extractor):
    # no «غداة»: the later toll tells the same strikes again and joins them (the lowest figure, ACLED's rule)
    text = ("لقي 40 مدنيا على الأقل حتفهم الخميس في غارات جوية على محافظة إدلب السورية. "
            "وقال المرصد إن الغارات أسفرت عن مقتل 38 مدنيا.")
    strikes = _air(extractor, text)
    assert [(e.date_start, e.fatalities) for e in strikes] == [("2018-06-28", 38)]
