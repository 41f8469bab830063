"""One shelling told over several towns of one sentence (branch g66b), on sentences of our own.

ACLED codes one event per place hit. A second town told after "وفي"، "فضلا عن"، "علاوة على"، "إضافة لـ" is one more
object of the same act (function_words list_also), and a known town named with "منطقة" after a listed town is one
more town of the list, read as exactly as the others (places._town_area).
"""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-03-05"  # a Monday


def _places(extractor, text):
    doc = read_doc(extractor, text, PUB, title="خبر")
    return {e.location for e in doc.events if e.event_type == "Explosions/Remote violence"}


@pytest.mark.parametrize("text", [
    "قصفت قوات النظام السبت مواقع في مدينة دوما وفي بلدة سقبا.\n",
    "قصفت قوات النظام السبت مواقع في مدينة دوما، وفي بلدة سقبا.\n",
    "قصفت قوات النظام السبت مدينة دوما، فضلا عن بلدة سقبا.\n",
    "قصفت قوات النظام السبت مدينة دوما، علاوة على بلدة سقبا.\n",
    "قصفت قوات النظام السبت مدينة دوما، إضافة لبلدة سقبا.\n",
])
def test_a_second_town_told_after_an_adding_phrase(extractor, text):
    got = _places(extractor, text)
    assert {"Dūmā", "Saqba"} <= got, got


def test_a_town_named_with_area_word_is_one_more_town_of_the_list(extractor):
    got = _places(extractor, "قصفت قوات النظام السبت بلدة سقبا ومنطقة عربين.\n")
    assert {"Saqba", "‘Irbīn"} <= got, got


def test_a_region_after_the_area_word_adds_no_town(extractor):
    # "منطقة الغوطة الشرقية" is the region holding the town, not a town of the list
    got = _places(extractor, "قصفت قوات النظام السبت بلدة سقبا في منطقة الغوطة الشرقية.\n")
    assert got == {"Saqba"}, got
