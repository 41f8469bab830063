"""Government forces named without their country are the event country's army outside Syria (lead, session 29:
actor_by_country.tsv abc-63100..63103). Sentences composed for the test."""
from __future__ import annotations

import pytest

from marsad_testdata import SYR, fields_of


@pytest.mark.parametrize("text, army", [
    ("اشتبكت القوات الحكومية مع مسلحي داعش في مدينة الموصل أمس.", "Military Forces of Iraq (2014-2018)"),
    ("قصفت القوات الحكومية مواقع المسلحين في مدينة بنغازي أمس.",
     "Military Forces of Libya (2016-) Government of National Accord"),
])
def test_government_forces_abroad_are_the_country_army(extractor, text: str, army: str) -> None:
    firsts = [a for (a,) in fields_of(extractor, text, "2018-06-10", "actor1")]
    assert army in firsts and SYR not in firsts


def test_government_forces_in_syria_stay_the_syrian_army(extractor) -> None:
    firsts = [a for (a,) in fields_of(extractor, "قصفت القوات الحكومية بلدة كفرنبل أمس.", "2018-06-10", "actor1")]
    assert firsts == [SYR]
