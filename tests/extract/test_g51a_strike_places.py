"""Places of strikes (branch g51a): «غوطة دمشق الشرقية» is the Eastern Ghouta region (places_extra), not a compass
reading of Damascus, so a town told with it ("دوما بغوطة دمشق الشرقية") stays the place; and a capital told right
after a strike's trigger ("باستهداف دمشق") is the place struck, not the state acting (places.pick_place)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

ERV = "Explosions/Remote violence"


def _run(extractor, text, published="2018-04-09"):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _places(doc, event_type=ERV):
    return [e.location for e in doc.events if e.event_type == event_type]


def test_a_town_of_the_damascus_ghouta_is_the_place_not_damascus(extractor):
    doc = _run(extractor, "قتل ثمانية مدنيين في حمورية بغوطة دمشق الشرقية جراء قصف مدفعي مساء الأحد.")
    assert _places(doc) == ["Hamouriyah"]


def test_the_damascus_ghouta_alone_is_the_eastern_ghouta(extractor):
    doc = _run(extractor, "سقطت قذائف صاروخية مساء الأحد على غوطة دمشق الشرقية، ما أدى إلى مقتل ثلاثة مدنيين.")
    assert _places(doc) == ["Eastern Ghouta"]


def test_a_capital_right_after_a_strike_is_the_place_struck(extractor):
    # where the shooters are ("وفي الغوطة الشرقية ردت الفصائل") is not where the shells fell
    doc = _run(extractor, "وفي الغوطة الشرقية ردت الفصائل المعارضة مساء الأحد باستهداف دمشق بقذائف الهاون، ما أدى إلى "
               "مقتل طفلين.", published="2018-02-19")
    assert _places(doc) == ["Damascus"]


def test_a_capital_right_after_a_taking_still_acts(extractor):
    doc = _run(extractor, "وأدت المعارك في حماة إلى استعادة دمشق قرى عدة في ريف المحافظة الأحد.",
               published="2018-07-06")
    assert "Damascus" not in [e.location for e in doc.events]
