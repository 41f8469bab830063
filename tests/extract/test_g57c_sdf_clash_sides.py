"""g57c: the SDF spelt «الديموقراطية» (with waw) or «سورية» was read as «قوات سوريا», the Syrian army. With the
alias added, a clash whose two sides are both named before it ("يشن النظام هجوما على مناطق تسيطر عليها قسد، حيث
اندلعت اشتباكات") took its second side from a later clause; both sides named before the clash are now its sides."""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-05-01"
SDF, SYRIA, IS = ("SDF: Syrian Democratic Forces", "Military Forces of Syria (2000-)", "Islamic State (Iraq and Syria)")


def _clashes(extractor, text):
    evs = read_doc(extractor, text, PUB).events
    return [e for e in evs if e.sub_event_type == "Armed clash"]


def test_sdf_spelt_with_waw_is_the_sdf_not_the_army(extractor):
    evs = _clashes(extractor, "اندلعت اشتباكات عنيفة أمس بين تنظيم الدولة الإسلامية وقوات سوريا الديموقراطية "
                              "قرب بلدة هجين بريف دير الزور.")
    assert len(evs) == 1
    assert {evs[0].actor1, evs[0].actor2} == {IS, SDF}


def test_sdf_spelt_with_ta_marbuta_is_the_sdf(extractor):
    evs = _clashes(extractor, "اندلعت اشتباكات عنيفة أمس بين تنظيم الدولة الإسلامية وقوات سورية الديمقراطية "
                              "قرب بلدة هجين بريف دير الزور.")
    assert len(evs) == 1
    assert {evs[0].actor1, evs[0].actor2} == {IS, SDF}


def test_both_sides_named_before_the_clash_are_its_sides(extractor):
    evs = _clashes(extractor, "شن الجيش السوري أمس هجوما على قرى تسيطر عليها قوات سوريا الديموقراطية، حيث دارت "
                              "اشتباكات عنيفة قرب بلدة الصور في دير الزور، وكانت هذه القوات قد طردت تنظيم الدولة "
                              "الإسلامية من المنطقة.")
    assert len(evs) == 1
    assert (evs[0].actor1, evs[0].actor2) == (SYRIA, SDF)


def test_allies_joined_by_waw_before_a_clash_stay_one_side(extractor):
    evs = _clashes(extractor, "قتل عشرون عنصرا من قوات النظام والمسلحين الموالين لها خلال اشتباكات عنيفة في حي "
                              "التضامن، إثر هجوم مفاجئ شنه تنظيم الدولة الإسلامية.")
    assert len(evs) == 1
    assert IS in (evs[0].actor1, evs[0].actor2)
