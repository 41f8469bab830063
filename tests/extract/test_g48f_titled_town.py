"""A town named by its title after a compass, near or rural word keeps the word (g48f): "جنوبي العاصمة دمشق" is
south of Damascus (precision 2), not Damascus itself (precision 1); "في العاصمة دمشق" stays the city."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-14"


def _places(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published=PUB)))
    return [(e.location, e.geo_precision) for e in doc.events]


@pytest.mark.parametrize("text, location", [
    ("شنت الطائرات الحربية أمس غارات على مواقع للمسلحين جنوبي العاصمة دمشق.", "Damascus"),
    ("سقطت صواريخ أمس على مستودع للأسلحة بالقرب من العاصمة السورية دمشق.", "Damascus"),
    ("قتل جنديان أمس في هجوم شنه مسلحون على حاجز للجيش شمال العاصمة العراقية بغداد.", "Baghdad"),
    ("قصفت القوات الحكومية أمس مواقع للمعارضة في ضواحي العاصمة دمشق.", "Damascus"),
])
def test_a_titled_town_after_a_compass_word_is_near_it(extractor, text, location):
    assert _places(extractor, text) == [(location, 2)], _places(extractor, text)


def test_the_titled_town_itself_stays_the_town(extractor):
    text = "سقطت قذائف هاون أمس على حي سكني في العاصمة دمشق."
    assert _places(extractor, text) == [("Damascus", 1)], _places(extractor, text)


def test_a_town_told_south_of_the_capital_is_the_town(extractor):
    text = "شنت الطائرات الحربية أمس غارات على بلدة ببيلا جنوبي العاصمة دمشق."
    assert [loc for loc, _ in _places(extractor, text)] == ["Babīlā"], _places(extractor, text)
