"""q31b: a list of areas is one event per area, on sentences of our own: area names that are also common words
(stop rows) joined in a run between two listed places, and two areas of one list however near."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-01"


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def test_a_run_of_common_word_area_names_between_two_listed_areas_is_each_a_place(extractor):
    # جارا، متينا، الزاب: stop rows, read as places only as members of the list
    doc = _run(extractor, "قصفت الطائرات التركية أمس مواقع في هاكورك وجارا ومتينا والزاب وأفاسين في شمال العراق.")
    assert sorted(e.location for e in doc.events) == ["Avashin-Basyan", "Gara mountain", "Hakurk", "Metina", "Zap"]


def test_two_listed_areas_under_30_km_apart_stay_two_events(extractor):
    # Gara and Metina (about 28 km apart) named in one list: two places, not a coarser mention of one
    doc = _run(extractor, "قصفت الطائرات التركية أمس منطقة جارا ومنطقة متينا.")
    assert sorted(e.location for e in doc.events) == ["Gara mountain", "Metina"]
