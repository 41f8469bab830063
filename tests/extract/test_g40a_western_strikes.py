"""The Western strikes of April 2018 (branch g40a): «الضربات الغربية» names the US forces, the first of the three
states ACLED codes; «الغربية» as a direction names no side (function_words bloc_adjective)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

US = "Military Forces of the United States (2017-2021)"


def _run(extractor, text, published="2018-04-16"):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _strikers(doc):
    return [e.actor1 for e in doc.events if e.event_type == "Explosions/Remote violence"]


def test_the_western_strikes_name_the_us_forces(extractor):
    doc = _run(extractor, "دمرت الضربات الجوية الغربية فجر السبت مخازن عسكرية في ريف حمص.")
    assert _strikers(doc) == [US]


def test_the_western_strike_with_a_conjunction_names_the_us_forces(extractor):
    doc = _run(extractor, "وأصابت الضربة الصاروخية الغربية فجر السبت مطارا عسكريا قرب مدينة حمص.")
    assert _strikers(doc) == [US]


def test_the_western_districts_shelled_are_a_place_not_a_side(extractor):
    doc = _run(extractor, "استمر الأحد قصف الأحياء الغربية من مدينة درعا بقذائف المدفعية.", published="2018-06-25")
    assert US not in _strikers(doc)
    assert US not in [e.actor2 for e in doc.events]


def test_shelling_of_the_western_areas_names_no_us_side(extractor):
    doc = _run(extractor, "سقطت قذائف الأحد على قرى في ريف إدلب، وتحدث ناشطون عن قصف المناطق الغربية من المحافظة.",
               published="2018-10-08")
    assert all(US not in (e.actor1, e.actor2) for e in doc.events)
