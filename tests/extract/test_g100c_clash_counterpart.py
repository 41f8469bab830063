"""A battle has two sides (ACLED): a clash whose other side goes unnamed gets the coder's default counterpart
(default_targets.tsv, g100c 67900-67999): in Syria (2018) the government and the factions fight each other, IS's
attacks fall on the government's forces; in Iraq the PKK and Turkey fight each other. The government's clash gives
way to the armed group the report names most. Sentences composed for the test."""
from __future__ import annotations

import pytest

from marsad_testdata import SYR, pairs_of

PUB = "2018-03-14"  # a Wednesday
REB = "Opposition Rebels (Syria)"
IS = "Islamic State (Iraq and Syria)"
PKK = "PKK: Kurdistan Workers Party"
TUR = "Military Forces of Turkey (2016-)"


@pytest.mark.parametrize("text, sides", [
    # the government storming a town with no faction named: against the factions (dt-67900)
    ("حاولت قوات النظام، الأحد، اقتحام بلدة كفرنبودة في ريف حماة الشمالي من ثلاثة محاور، وسط قصف مدفعي كثيف.",
     (SYR, REB)),
    # the factions fighting with no foe named: against the government (dt-67901)
    ("خاضت فصائل المعارضة، الأحد، اشتباكات عنيفة في محيط بلدة جاسم بريف درعا الشمالي.", (REB, SYR)),
    ("هاجمت فصائل المعارضة، الأحد، بلدة جاسم بريف درعا الشمالي واندلعت اشتباكات استمرت حتى المساء.", (REB, SYR)),
    # IS's attack on villages with no defender named: against the government's forces (dt-67902)
    ("شن مسلحو تنظيم داعش، الأربعاء، هجوما على قرى في ريف السويداء الشرقي، واندلعت اشتباكات عنيفة استمرت ساعات.",
     (IS, SYR)),
    # the PKK in northern Iraq: against Turkey (dt-67904)
    ("خاض مسلحو حزب العمال الكردستاني، الاثنين، اشتباكات عنيفة في جبال قنديل شمال العراق.", (PKK, TUR)),
])
def test_clash_with_one_side_named_gets_the_usual_foe(extractor, text, sides):
    assert pairs_of(extractor, text, "Armed clash", PUB) == [sides]


def test_government_clash_keeps_the_group_the_report_names(extractor):
    # guard: a report about IS's hold on a camp: the storming is against IS, not the generic factions
    text = ("يحاصر تنظيم داعش مخيم اليرموك جنوب دمشق منذ سنوات. ويسيطر مسلحو داعش على معظم أحياء المخيم. "
            "وحاولت قوات النظام، الأحد، اقتحام مخيم اليرموك من جهة حي التضامن.")
    assert pairs_of(extractor, text, "Armed clash", PUB) == [(SYR, IS)]


@pytest.mark.parametrize("text", [
    "اندلعت اشتباكات عنيفة، الاثنين، بين مسلحي تنظيم داعش وقوة أمنية في قضاء الطارمية شمال بغداد.",
    # (g103c: told with three people it killed, the attack is IS's attack on civilians, not a clash)
    "شن مسلحو تنظيم داعش، الاثنين، هجوما على قرية في قضاء الطارمية شمال بغداد.",
])
def test_is_attack_in_iraq_gets_no_generic_foe(extractor, text):
    # guard: in Iraq IS attacked the army, the police, the Hashd, the Peshmerga and villagers alike: no default
    assert pairs_of(extractor, text, "Armed clash", PUB) == [(IS, None)]
