"""g98qq: a shelling trigger told with its own ground weapon right after it («قصف مدفعي») stays shelling when an air cue
of another strike stands in the sentence (step._own_ground_weapon, rf-own-62900)."""
from __future__ import annotations

from marsad_testdata import subs_of

DAY = "2018-05-02"
AIR, SHELL = "Air/drone strike", "Shelling/artillery/missile attack"


def test_artillery_after_air_raids_stays_shelling(extractor) -> None:
    text = "شنت الطائرات الحربية غارات على بلدة حيان، واستهدف قصف مدفعي بلدة عندان في ريف حلب."
    assert sorted(subs_of(extractor, text, DAY)) == [AIR, SHELL]


def test_artillery_before_air_raids_stays_shelling(extractor) -> None:
    text = "قصفت المدفعية بلدة عندان في ريف حلب، وشنت الطائرات الحربية غارات على بلدة حيان."
    assert sorted(subs_of(extractor, text, DAY)) == [AIR, SHELL]


def test_guard_air_word_in_own_span_keeps_air(extractor) -> None:
    """An air word beside the trigger («قصفت الطائرات الحربية») still makes the strike an air strike."""
    text = "قصفت الطائرات الحربية بلدة عندان في ريف حلب."
    assert subs_of(extractor, text, DAY) == [AIR]


def test_guard_missiles_from_planes_stay_air(extractor) -> None:
    """Missiles are no ground weapon of their own: planes fire them."""
    text = "استهدفت طائرات حربية بلدة عندان في ريف حلب بالصواريخ."
    assert subs_of(extractor, text, DAY) == [AIR]


def test_guard_artillery_unit_struck_is_no_own_weapon(extractor) -> None:
    """An air raid on an artillery regiment: «المدفعية» is the target, the strike stays an air strike."""
    text = "شنت الطائرات الحربية غارة استهدفت فوج المدفعية قرب بلدة عندان في ريف حلب."
    assert SHELL not in subs_of(extractor, text, DAY)
