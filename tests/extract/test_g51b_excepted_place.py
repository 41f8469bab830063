"""A place right after a word of exception ("استعادت الغوطة الشرقية إلا دوما"، "باستثناء مدينة X") is the one the act
left out (g51b): the act happened in the place before it, never in the excepted one."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep


def _places(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published="2018-04-02")))
    return [e.location for e in doc.events if e.event_type in ("Battles", "Strategic developments")]


@pytest.mark.parametrize("text", [
    "وقال الجيش إن قواته استعادت السيطرة على الغوطة الشرقية كلها إلا حرستا أمس.",
    "أعلنت القوات الحكومية أمس السيطرة على جميع قرى الغوطة الشرقية باستثناء حرستا.",
    "سيطرت القوات الحكومية أمس على كل بلدات الغوطة الشرقية عدا حرستا.",
])
def test_an_excepted_town_is_not_the_place_taken(extractor, text):
    places = _places(extractor, text)
    assert places and all(p == "Eastern Ghouta" for p in places)


def test_a_town_after_no_exception_word_is_still_the_place_taken(extractor):
    places = _places(extractor, "استعادت القوات الحكومية أمس السيطرة على بلدة حرستا في الغوطة الشرقية.")
    assert places and places[0] != "Eastern Ghouta"
