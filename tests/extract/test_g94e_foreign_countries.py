"""Countries far from Marsad's region named in a killing's own sentence (branch g94e): without the country's name in
countries.tsv, an attack told «في جنوب الفلبين» took the country of the article's lead (Afghanistan)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-12"  # a Saturday

LEAD = "قتل مسلحون مجهولون تسعة صحفيين مدنيين في هجوم في أفغانستان يوم الاثنين.\n"


def _attacks(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published=PUB)))
    return [e for e in doc.events if e.sub_event_type == "Attack"]


def _countries(events):
    return {e.country for e in events if e.country is not None}


def test_killing_in_the_philippines_is_placed_there(extractor):
    text = LEAD + "وفي اليوم نفسه، قتل مسلحون مجهولون مذيعا مدنيا برصاصهم في مدينة دوماغويتي بجنوب الفلبين.\n"
    assert "Philippines" in _countries(_attacks(extractor, text))


def test_killing_in_indonesia_is_placed_there(extractor):
    text = LEAD + "وفي اليوم نفسه، قتل مسلحون مجهولون صحفيا مدنيا برصاصهم في بلدة بيما بشرق إندونيسيا.\n"
    assert "Indonesia" in _countries(_attacks(extractor, text))


def test_lead_killing_stays_in_afghanistan(extractor):
    assert _countries(_attacks(extractor, LEAD)) == {"Afghanistan"}
