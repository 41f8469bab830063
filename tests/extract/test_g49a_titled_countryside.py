"""The countryside of a titled capital is the rural province when the gazetteer has one (g49a): "ريف العاصمة
السورية دمشق" is Rural Damascus, as "ريف دمشق" is, not Damascus at precision 2."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-14"


def _places(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published=PUB)))
    return [e.location for e in doc.events]


@pytest.mark.parametrize("text", [
    "قصفت الطائرات الحربية أمس مواقع للمسلحين في ريف العاصمة دمشق.",
    "قصفت الطائرات الحربية أمس مواقع للمسلحين بريف العاصمة السورية دمشق.",
    "قصفت الطائرات الحربية أمس مواقع للمسلحين في ريف دمشق.",
])
def test_the_countryside_of_the_titled_capital_is_the_rural_province(extractor, text):
    assert _places(extractor, text) == ["Rural Damascus"], _places(extractor, text)


def test_a_countryside_without_a_province_of_its_own_stays_near_the_town(extractor):
    text = "قصفت الطائرات الحربية أمس مواقع للمسلحين في ريف العاصمة بغداد."
    assert _places(extractor, text) == ["Baghdad"], _places(extractor, text)
