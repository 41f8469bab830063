"""A sentence naming no place after a sentence ending on a list of towns ("بلدات حرستا وعربين ومسرابا") inherits
the province holding them all, or their country when three or more lie in several provinces, not the list's last
town (step._carry / places.list_tail, branch g80b; sentences of our own)."""
from __future__ import annotations

from marsad_testdata import places_of

PUB = "2018-07-20"
ERV = "Explosions/Remote violence"
NEXT_SHELLING = " وقتل خمسة مدنيين في قصف مدفعي لقوات النظام يوم الخميس."
NEXT_BOMB = " وقتل خمسة مدنيين في انفجار عبوة ناسفة يوم الخميس."


def test_after_list_in_one_province_at_province(extractor):
    text = "زار وفد أممي يوم الخميس بلدات حرستا وعربين ومسرابا." + NEXT_SHELLING
    assert places_of(extractor, text, PUB, ERV) == ["Rural Damascus"]


def test_after_list_over_provinces_at_country(extractor):
    text = "زار وفد أممي يوم الخميس مدن البصرة والناصرية والديوانية وكربلاء." + NEXT_BOMB
    assert places_of(extractor, text, PUB, ERV) == ["Iraq"]


def test_after_one_town_keeps_the_town(extractor):
    # no list: the town named stays (the behaviour before g80b)
    text = "زار وفد أممي يوم الخميس بلدة حرستا." + NEXT_SHELLING
    assert places_of(extractor, text, PUB, ERV) == ["Ḩarastā"]


def test_two_towns_in_two_provinces_keep_the_last(extractor):
    # two towns of two provinces are no region: the coder codes each, the last stays
    text = "زار وفد أممي يوم الخميس مدينتي بغداد وأربيل." + NEXT_BOMB
    assert places_of(extractor, text, PUB, ERV) == ["Erbil"]


def test_town_and_its_container_is_no_list(extractor):
    # "الكسوة، جنوب دمشق": a comma without "و" joins a town and where it lies, no list
    text = "زار وفد أممي يوم الخميس بلدة الكسوة، جنوب دمشق." + NEXT_SHELLING
    assert places_of(extractor, text, PUB, ERV) == ["Al Kiswah"]
