"""A second site hit, joined by "و" after the first hit place, at its own place (branch g70c), on sentences of our own.

ACLED codes one event per place hit: "استهدفت الصواريخ مستودعا في X ومطارا في Y" is a strike at X and one at Y. The
site word after "و" (function_words hit_site) opens the second object; its place is the place named right after it
(places._site_also).
"""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-03-05"  # a Monday


def _places(extractor, text):
    doc = read_doc(extractor, text, PUB, title="خبر")
    return {e.location for e in doc.events if e.event_type == "Explosions/Remote violence"}


@pytest.mark.parametrize("text", [
    "قصفت الطائرات الحربية السبت مستودعا للذخيرة في مدينة حمص ومطارا عسكريا قرب مدينة حماة.\n",
    "قصفت الطائرات الحربية السبت مركزا في مدينة حمص بالقرب من الحدود ومقرا للجيش في مدينة حماة.\n",
    "قصفت الطائرات الحربية السبت قاعدة في مدينة حمص وقاعدة أخرى في مدينة حماة.\n",
])
def test_a_second_site_after_and_gets_its_own_place(extractor, text):
    got = _places(extractor, text)
    assert {"Homs", "Ḩamāh"} <= got, got


def test_a_site_told_in_another_clause_adds_no_place(extractor):
    # the comma and "فيما" open another clause: the depot there is no object of the strike
    got = _places(extractor, "قصفت الطائرات الحربية السبت مستودعا في مدينة حمص، فيما زار الوزير مقرا في مدينة حماة.\n")
    assert "Ḩamāh" not in got, got
