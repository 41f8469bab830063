"""A named site (base, camp) joined by "و" after a strike's place, past a region aside ("في الشمال،"), is a second
target at its own point (branch g72c), on sentences of our own.

ACLED codes one event per place hit: "استهدف القصف مطارا في حلب في الشمال، واللواء 47 في حماة في الوسط" is a strike
near Aleppo and one at the Brigade 47 base. The region told with "في" after the first place (function_words
region_aside) is an aside of orientation, not a break of the list (places._past_region); the named site, read at
precision 2, is kept although the town list wants the first place's kind and precision (places._second_site).
"""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-03-05"  # a Monday


def _places(extractor, text):
    doc = read_doc(extractor, text, PUB, title="خبر")
    return {e.location for e in doc.events if e.event_type == "Explosions/Remote violence"}


@pytest.mark.parametrize("text", [
    "قصفت الطائرات الحربية السبت مستودعا للذخيرة في مدينة حمص في الوسط، واللواء 47 في ريف حماة.\n",
    "قصفت الطائرات الحربية السبت مستودعا للذخيرة في مدينة حمص واللواء 47 في ريف حماة.\n",
])
def test_a_named_site_after_and_is_a_second_target(extractor, text):
    got = _places(extractor, text)
    assert {"Homs", "Brigade 47 base"} <= got, got


def test_a_site_told_in_another_clause_adds_no_place(extractor):
    # "فيما" opens another clause and the site has no "و": the minister's visit is no object of the strike
    got = _places(extractor, "قصفت الطائرات الحربية السبت مستودعا في مدينة حمص في الوسط، فيما زار الوزير اللواء 47.\n")
    assert "Brigade 47 base" not in got, got
