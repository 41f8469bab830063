"""The unnamed target of the government's and Russia's strikes on a town (g60f): civilians only when the document
tells of civilians harmed or targeted (default_targets.tsv dt-1802..dt-1804, column when), else the opposition
(dt-41800..dt-41802), as ACLED codes a raid on a rebel-held town told with no civilians."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-07-04"


def _strikes(extractor, text):
    doc = read_doc(extractor, text, PUB)
    return [e for e in doc.events if e.event_type == "Explosions/Remote violence"]


@pytest.mark.parametrize("text", [
    "شنت الطائرات الحربية الروسية غارات جوية على بلدة طفس في ريف درعا الغربي يوم الثلاثاء.",
    "قصفت قوات النظام السوري بالمدفعية بلدة اللطامنة في ريف حماة الشمالي يوم الثلاثاء.",
])
def test_a_strike_told_with_no_civilians_falls_on_the_opposition(extractor, text):
    evs = _strikes(extractor, text)
    assert evs and evs[0].actor2 == "Opposition Rebels (Syria)"
    assert any(r.startswith("dt-418") for r in evs[0].rule_ids)


@pytest.mark.parametrize("text", [
    "شنت الطائرات الحربية الروسية غارات جوية على بلدة طفس في ريف درعا الغربي يوم الثلاثاء. وقال ناشطون إن "
    "عشرات المدنيين نزحوا من البلدة.",
    "قصفت قوات النظام السوري بالمدفعية بلدة اللطامنة في ريف حماة الشمالي يوم الثلاثاء. وتحدث الأهالي عن مجزرة.",
])
def test_a_strike_in_a_report_of_civilians_harmed_falls_on_civilians(extractor, text):
    evs = _strikes(extractor, text)
    assert evs and evs[0].actor2 == "Civilians (Syria)"
