"""Palestinian factions named without a group are no Syrian opposition (lead, session 29: actors.tsv pal-fac-63700).
Sentences composed for the test."""
from __future__ import annotations

from marsad_testdata import fields_of

REBELS = "Opposition Rebels (Syria)"


def test_factions_in_gaza_are_a_palestinian_armed_group(extractor) -> None:
    text = "وقصفت طائرات إسرائيلية مواقع للفصائل الفلسطينية في قطاع غزة أمس."
    sides = fields_of(extractor, text, "2018-05-30", "actor1", "actor2")
    assert ("Military Forces of Israel (1948-)", "Unidentified Armed Group (Palestine)") in sides


def test_factions_firing_from_gaza_are_not_syrian_rebels(extractor) -> None:
    text = "أطلقت الفصائل الفلسطينية قذائف صاروخية من قطاع غزة باتجاه جنوب إسرائيل أمس."
    firsts = [a for (a,) in fields_of(extractor, text, "2018-05-30", "actor1")]
    assert firsts and REBELS not in firsts


def test_syrian_factions_stay_the_opposition(extractor) -> None:
    text = "اشتبكت الفصائل المسلحة مع قوات النظام في ريف إدلب أمس."
    assert (REBELS,) in fields_of(extractor, text, "2018-05-30", "actor1")
