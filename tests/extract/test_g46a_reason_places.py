"""A reason clause answers another happening even when no trigger tells it (g46a): «ردا على الهجمات الكيميائية في
دوما» (a plural the trigger table leaves out) names where the answered attacks were, not where the strikes fell, and
one trigger in the sentence is enough."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-16"  # a Monday


def _run(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB)))


def _places(doc):
    return [(e.sub_event_type, e.location) for e in doc.events]


def test_a_reason_clause_without_a_trigger_keeps_its_place_from_the_strikes(extractor):
    doc = _run(extractor, "قصفت طائرات حربية فرنسية مواقع للجيش في سوريا فجر الأحد، ردا على الهجمات الكيميائية "
                          "المزعومة في مدينة دوما.")
    places = _places(doc)
    assert places and all(loc != "Dūmā" for _, loc in places), places


def test_revenge_clause_in_a_one_trigger_sentence_is_not_the_place(extractor):
    doc = _run(extractor, "قصفت الطائرات الإسرائيلية مواقع عسكرية في سوريا يوم الأحد ثأرا لجنودها في مدينة القنيطرة.")
    places = _places(doc)
    assert places and all(loc != "Al Qunayţirah" for _, loc in places), places


def test_answered_attacks_town_is_not_the_shellings(extractor):
    doc = _run(extractor, "قصفت المدفعية التركية قرى في شمال العراق يوم الأحد انتقاما للهجمات على مواقعها في مدينة زاخو.")
    places = _places(doc)
    assert places and all(loc != "Zaxo" for _, loc in places), places


def test_a_place_before_the_reason_word_stays(extractor):
    # a guard: the strikes' own town, told before the reason word, is still their place
    doc = _run(extractor, "قصفت طائرات حربية مواقع في مدينة حمص فجر الأحد، ردا على الهجمات الكيميائية في دوما.")
    assert any(loc == "Homs" for _, loc in _places(doc)), _places(doc)
