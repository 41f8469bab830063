"""A part of the dead yields to the act's whole toll told later (branch g111l): «4 روس كانوا بين القتلى» (a count before
«بين القتلى») and «عدد القتلى الروس ارتفع إلى 5» (the dead of one nation, function_words dead_side) are stand-ins
(frames.pick_fatalities), which «الهجوم، الذي وقع ... وأسفر عن مقتل 11 شخصا» replaces (step._act_told_toll); of two
events told as near, the one whose own day is the day told after the noun takes the act's toll."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

WHOLE = "وقالت دمشق إن إسرائيل هي التي شنت الهجوم، الذي وقع قبل الفجر يوم السبت وأسفر عن مقتل {} شخصا."
SHARE = ("أعلنت وكالة محلية، الأحد، أن 4 روس كانوا بين القتلى في الغارة الجوية الإسرائيلية على مطار الشعيرات العسكري "
         "في ريف حمص. ")
SIDE = ("قالت وكالة روسية، الأحد، إن عدد القتلى الروس قد ارتفع إلى 5 جراء الغارات الإسرائيلية على مطار الشعيرات "
        "العسكري في سوريا. ")


def _strike_dead(extractor, text: str) -> list[int | None]:
    doc = extractor(MetaStep()(Document(text=text, published="2018-05-06")))
    return [e.fatalities for e in doc.events if e.sub_event_type == "Air/drone strike"]


@pytest.mark.parametrize("lead, whole, dead", [
    (SHARE, "11", 11),  # before: 4, the Russians among the dead
    (SIDE, "12", 12),   # before: 5, the Russian dead only
])
def test_a_part_of_the_dead_yields_to_the_whole_told_later(extractor, lead, whole, dead):
    assert _strike_dead(extractor, lead + WHOLE.format(whole)) == [dead]


def test_a_part_alone_stays_the_figure(extractor):
    assert _strike_dead(extractor, SHARE.replace("4 روس", "6 جنود")) == [6]


def test_a_lower_whole_does_not_replace_the_part(extractor):
    assert _strike_dead(extractor, SHARE + WHOLE.format("3")) == [4]


def test_the_act_told_with_its_day_is_that_days_strike(extractor):
    text = ("نشرت قناة تلفزيونية، الأحد، صورا لمطار الشعيرات السوري الذي استهدفته غارة يعتقد أنها إسرائيلية فجر السبت. "
            "وقالت وسائل إعلام، الأحد، إن الجيش رفع التأهب تحسبا لرد على الغارة التي استهدفت مطار الشعيرات العسكري، "
            "ووسط ترقب لضربة غربية ردا على الهجوم الكيماوي للنظام السوري في دوما. "
            "واتهمت دمشق إسرائيل بشن الهجوم، الذي وقع قبل الفجر يوم السبت وأسفر عن مقتل 9 أشخاص.")
    assert _strike_dead(extractor, text) == [9]  # before: 0, the week-long chemical attack as near
