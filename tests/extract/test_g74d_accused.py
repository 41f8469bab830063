"""g74d: a side accused with a verb of blame ("اتهم") of an act told as "ب" + its noun is the act's agent, also when
an aside set off by commas stands between the side and the act."""
from __future__ import annotations

from marsad_testdata import strike_agents

PUB = "2018-05-11"
IRAN, ISRAEL = "Military Forces of Iran (1989-)", "Military Forces of Israel (1948-)"


def _agents(extractor, text):
    return strike_agents(extractor, text, PUB)


def test_side_accused_after_an_aside_fires_the_rockets(extractor):
    text = ("اتهمت إسرائيل الحرس الثوري الإيراني، وعلى رأسه قائده الميداني، بإطلاق قذائف صاروخية من سوريا على "
            "مواقع إسرائيلية في الجولان أمس.")
    assert _agents(extractor, text) == [IRAN]


def test_side_accused_by_the_spokesman_fires_the_rockets(extractor):
    # guard: main already gets this shape (no aside); the new rule must keep it
    text = "واتهم المتحدث باسم الجيش الإسرائيلي فيلق القدس الإيراني بإطلاق قذائف صاروخية على هضبة الجولان أمس."
    assert _agents(extractor, text) == [IRAN]


def test_strike_told_without_blame_keeps_its_subject(extractor):
    # guard: no verb of blame, the rule stays silent
    text = "أطلقت إسرائيل صواريخ على مواقع إيرانية في ريف دمشق أمس."
    assert _agents(extractor, text) == [ISRAEL]
