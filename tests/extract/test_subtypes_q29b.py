"""q29b: the event's sub-type (trigger_refiners.tsv rows 8400..8599)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-03-20"


def _events(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB))).events


def test_shelling_told_with_warplanes_further_on_is_an_air_strike(extractor):
    evs = _events(extractor, "قتل عشرون مدنيا أمس في مدينة دوما جراء قصف عنيف استهدف أحياءها السكنية، "
                             "بحسب ناشطين محليين أكدوا مشاركة طائرات روسية فيه.")
    assert len(evs) == 1 and evs[0].sub_event_type == "Air/drone strike"
    assert "rf-air-8400" in evs[0].rule_ids


def test_unarmed_people_are_no_town_cut_off(extractor):
    assert _events(extractor, "وصف الناشطون الضحايا بأنهم مدنيون عزل من السلاح في مدينة حرستا أمس.") == []
