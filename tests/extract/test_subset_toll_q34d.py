"""The toll's part, q34d: a number after "من ضمنهم" or "بينهم" counts part of the larger count told up to twelve
tokens before it; the act's toll is the whole ("27 قتيلا ... من ضمنهم 8 ضباط" is 27, not 8)."""
from __future__ import annotations

from marsad_testdata import fields_of

PUB = "2018-07-10"


def _tolls(extractor, text):
    return fields_of(extractor, text, PUB, "sub_event_type", "fatalities")


def test_part_after_min_dimnihim_is_not_the_toll(extractor):
    tolls = _tolls(extractor, "ارتفع إلى 30 عدد عناصر قوات النظام الذين قتلوا، من ضمنهم 5 ضباط، في الاشتباكات "
                              "العنيفة مع الفصائل في ريف اللاذقية")
    assert ("Armed clash", 30) in tolls, tolls


def test_part_after_baynahum_far_from_its_whole_is_not_the_toll(extractor):
    # the whole is told ten tokens before "بينهم": beyond the former seven-token window
    tolls = _tolls(extractor, "ارتفع إلى 30 عدد عناصر قوات النظام والمسلحين الموالين لها الذين قتلوا، بينهم 5 ضباط، "
                              "في الاشتباكات العنيفة مع الفصائل في ريف اللاذقية")
    assert ("Armed clash", 30) in tolls, tolls
