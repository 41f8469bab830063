"""A place inherited from the sentences around a mention refines the merged event's country-wide place only within
that country (g52f): a town of another country named nearby (where a summit met, where a minister spoke) is no place
of strikes told "on Syria"."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

STRIKES = ("وشنت الولايات المتحدة وبريطانيا ضربات صاروخية على سوريا فجر السبت. "
           "وجاء الاجتماع بعد ساعات من ضربات وجهتها الولايات المتحدة لنظام الأسد.")


def _strike_places(extractor, opening):
    doc = extractor(MetaStep()(Document(text=opening + " " + STRIKES, published="2018-04-15")))
    return [e.location for e in doc.events if e.event_type == "Explosions/Remote violence"]


@pytest.mark.parametrize("opening", [
    "زار وزير الخارجية مدينة الرياض أمس.",
    "وصل الوفد إلى مدينة الرياض أمس للمشاركة في الاجتماع.",
])
def test_a_town_abroad_named_before_does_not_place_strikes_on_syria(extractor, opening):
    assert _strike_places(extractor, opening) == ["Syria"]


def test_a_town_of_the_same_country_named_before_still_refines(extractor):
    assert _strike_places(extractor, "زار وزير الخارجية مدينة حمص أمس.") == ["Homs"]
