"""Names of weapon makes and models (branch g54f): a name right after «طراز» / «طرازي» ("صواريخ من طراز الجولان",
"من طرازي الجولان وفجر") names the weapon, not where it was fired or fell (model rows of place_words.tsv), so the
town the sentence names stays the event's place."""
from __future__ import annotations

import pytest

from marsad.geo import Geocoder
from marsad.lang.ar.tokens import analyze_text
from marsad_testdata import read_doc

ERV = "Explosions/Remote violence"


def _run(extractor, text, published="2018-03-05"):
    return read_doc(extractor, text, published)


def _places(doc, event_type=ERV):
    return [e.location for e in doc.events if e.event_type == event_type]


def _names(text):
    return [p.name for p in Geocoder.default().find_places(analyze_text(text))]


@pytest.mark.parametrize("town, place", [("كفربطنا", "Kafr Baţnā"), ("عربين", "‘Irbīn")])
def test_a_missile_model_named_after_a_region_is_not_the_place(extractor, town, place):
    doc = _run(extractor, f"استهدفت صواريخ أرض-أرض من طراز الجولان بلدة {town} في الغوطة الشرقية مساء الخميس.")
    assert _places(doc) == [place]


@pytest.mark.parametrize("text", ["أطلقت صواريخ من طراز الجولان على مواقع عسكرية.",
                                  "أطلق الحوثيون صاروخا من طراز قدس على مواقع عسكرية.",
                                  "أطلقت صواريخ من طرازي الجولان وفجر على مواقع عسكرية."])
def test_the_name_after_a_model_word_is_no_place_mention(text):
    assert _names(text) == []


def test_the_same_name_without_the_model_word_is_still_a_place():
    assert _names("أطلقت صواريخ من الجولان على مواقع عسكرية.") == ["الجولان"]
