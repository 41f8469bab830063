"""A clash mention that names its two sides with «بين X و Y» and is merged into a mention that named only one of them
fills the merged event's missing counterpart (g86c): the sides of a clash are mutual, so «بين قوات النظام وتنظيم داعش»
merged into «شن مسلحو تنظيم داعش هجوما» gives IS the regime as actor2. A merged mention whose sides were not read from
a «بين» pair lends nothing this way. «بين الطرفين» after a clash word refers back to the two sides named before it
in the sentence."""
from __future__ import annotations

from marsad_testdata import ISIS, REB, SYR, events_of

PUB = "2018-04-20"
CLASH = "Armed clash"


def test_merged_pair_fills_missing_counterpart(extractor):
    text = ("شن مسلحو تنظيم داعش هجوما عنيفا على حي التضامن جنوب دمشق أمس. "
            "وقال ناشطون إن اشتباكات عنيفة جرت بين قوات النظام وتنظيم داعش في حي التضامن.")
    clashes = events_of(extractor, text, CLASH, PUB)
    assert len(clashes) == 1
    ev = clashes[0]
    assert (ev.actor1, ev.actor2) == (ISIS, SYR)
    assert "actor2-clash-pair" in ev.rule_ids


def test_merged_pair_fills_rebels_counterpart(extractor):
    text = ("هاجمت فصائل المعارضة مواقع في مدينة دوما أمس. "
            "وتدور معارك عنيفة بين الجيش السوري والفصائل المعارضة في مدينة دوما.")
    clashes = events_of(extractor, text, CLASH, PUB)
    assert len(clashes) == 1
    assert {clashes[0].actor1, clashes[0].actor2} == {REB, SYR}


def test_both_sides_refers_back_to_the_two_sides(extractor):
    text = ("وقال المرصد إن قوات النظام كثفت الجمعة قصفها على أحياء تحت سيطرة تنظيم داعش جنوب دمشق، "
            "حيث اندلعت معارك عنيفة بين الطرفين في حي التضامن.")
    clashes = events_of(extractor, text, CLASH, PUB)
    assert len(clashes) == 1
    assert (clashes[0].actor1, clashes[0].actor2) == (SYR, ISIS)

