"""g100l: gunmen told as the doer of «استهدف» («واستهدف مسلحون مجهولون سيارة»، «مسلحون استهدفوا حاجزا») fired or
raided; with no projectile word tr-shell-17 read them as a shelling. The phrase holding its doer (triggers.tsv
tr-vac-68800.., tr-clash-68820.., tr-shell-68850..; trigger_kinds agent_inside) is an attack on civilians when civilians
are named, an armed clash when an armed target is named, else the bare shelling it was; its gunmen are its agent.
"""
from __future__ import annotations
from marsad_testdata import read_doc, subs_of


PUB = "2018-05-20"
UNID_IRQ = "Unidentified Armed Group (Iraq)"
UNID_SYR = "Unidentified Armed Group (Syria)"
CIV_IRQ = "Civilians (Iraq)"


def _rows(extractor, text: str) -> list[tuple]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in read_doc(extractor, text, PUB).events]


def test_gunmen_targeting_a_civilian_car_is_an_attack_on_civilians(extractor):
    rows = _rows(extractor, "واستهدف مسلحون مجهولون أمس سيارة تقل مدنيين على الطريق بين بغداد وكركوك.")
    assert rows == [("Attack", UNID_IRQ, CIV_IRQ)]


def test_gunmen_targeting_an_army_checkpoint_is_a_clash(extractor):
    rows = _rows(extractor, "واستهدف مسلحون يوم الثلاثاء حاجزا عسكريا في ريف درعا الشرقي.")
    assert [(s, a1) for s, a1, _ in rows] == [("Armed clash", UNID_SYR)]


def test_gunmen_before_the_verb_targeting_villagers(extractor):
    rows = _rows(extractor, "وذكرت مصادر محلية أن مسلحين مجهولين استهدفوا أمس منزل مختار القرية في ريف كركوك.")
    assert rows == [("Attack", UNID_IRQ, CIV_IRQ)]


def test_gunmen_with_mortars_stay_a_shelling(extractor):
    # guard: a projectile word told with them is the weapon's event (rf-vac-5), still theirs
    rows = _rows(extractor, "واستهدف مسلحون مجهولون بقذائف الهاون حيا سكنيا في كركوك أمس فقتل ثلاثة مدنيين.")
    assert rows == [("Shelling/artillery/missile attack", UNID_IRQ, CIV_IRQ)]


def test_gunmen_as_the_object_of_strikes_are_no_agent(extractor):
    # guard: «مسلحين» after «استهدفت الغارات» is what was struck; the strike is still the aircraft's
    subs = subs_of(extractor, "واستهدفت الغارات الجوية مسلحين في ريف إدلب الجنوبي أمس.", PUB)
    assert subs == ["Air/drone strike"]


def test_gunmen_who_abduct_are_an_abduction_only(extractor):
    # «استهدف المسلحون قرية ... وخطفوا منها» tells the abduction; their «استهدف» is no event of its own
    subs = subs_of(extractor, "واستهدف المسلحون قرية في ريف السويداء أمس وخطفوا منها عددا من المدنيين.", PUB)
    assert subs == ["Abduction/forced disappearance"]
