"""Places told relative to a town (branch g93e), on sentences of our own: "محيط مدينة X" is around the town
(precision 2, as "محيط X"), "خارج العاصمة دمشق" is outside the capital (precision 2), and "X خارج العاصمة دمشق"
is at X."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep


def _events(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published="2018-03-05")))
    return [(e.location, e.geo_precision) for e in doc.events]


@pytest.mark.parametrize("text, place", [
    # a settlement word between the surroundings word and the name keeps the surroundings' precision
    ("دارت اشتباكات عنيفة بين القوات الحكومية وفصائل المعارضة في محيط مدينة طفس أمس.", ("Ţafas", 2)),
    ("اندلعت اشتباكات بين الجيش ومسلحين على أطراف مدينة الميادين يوم الأحد.", ("Al Mayādīn", 2)),
    ("قصفت الطائرات الحربية مواقع المسلحين في ضواحي مدينة منبج أمس.", ("Manbij", 2)),
])
def test_around_a_named_town_is_precision_two(extractor, text, place):
    assert _events(extractor, text) == [place]


def test_outside_the_capital_is_precision_two(extractor):
    text = "قصفت الطائرات الحربية مواقع للمعارضة خارج العاصمة دمشق أمس."
    assert _events(extractor, text) == [("Damascus", 2)]


def test_a_place_outside_the_capital_is_that_place(extractor):
    text = "قصفت الطائرات الحربية الغوطة الشرقية الواقعة خارج العاصمة دمشق أمس."
    assert [p for p, _ in _events(extractor, text)] == ["Eastern Ghouta"]


def test_the_town_itself_keeps_precision_one(extractor):
    # guard: a settlement word alone names the town (passes on main too)
    text = "دارت اشتباكات عنيفة بين القوات الحكومية وفصائل المعارضة في مدينة طفس أمس."
    assert _events(extractor, text) == [("Ţafas", 1)]
