"""g99u: a bare attack noun names no weapon. «استهدف» with it as subject («الهجوم استهدف»، «واستهدف الهجوم») was read
as a shelling (tr-shell-17) with the regime as default attacker; with civilians named in its sentence it is an attack
on civilians (tr-vac-65901..65905), without them a shelling as before but with no coder default for the attacker
(trigger_kinds bare_attack). The accusative «هجوما انتحاريا» is a suicide bomb (tr-sui-65900), not a clash.
"""
from __future__ import annotations
from marsad_testdata import pairs_of, subs_and_rules, subs_of


PUB = "2018-06-12"
SHELL = "Shelling/artillery/missile attack"
REGIME = "Military Forces of Syria (2000-)"


def test_bare_attack_on_villagers_is_an_attack_on_civilians(extractor):
    subs = subs_of(extractor, "قال المرصد إن الهجوم استهدف فجر الاثنين قرى يقطنها السكان في ريف حماة الشرقي.", PUB)
    assert subs == ["Attack"]


def test_verb_first_bare_attack_on_civilians(extractor):
    got = subs_and_rules(extractor, "واستهدف الهجوم، صباح الاثنين، مدنيين في بلدة السلمية شرق حماة.", PUB)
    assert [s for s, _ in got] == ["Attack"]
    assert any("tr-vac-65905" in r for _, r in got)


def test_verb_first_indefinite_attack_keeps_its_chemical_reading(extractor):
    # guard: «استهدف هجوم كيميائي» is the chemical attack's own trigger, not a bare attack
    subs = subs_of(extractor, "واستهدف هجوم كيميائي، صباح الاثنين، مدنيين في بلدة اللطامنة شمال حماة.", PUB)
    assert subs == ["Chemical weapon"]


def test_bare_attack_without_civilians_takes_no_default_attacker(extractor):
    pairs = pairs_of(extractor, "واستهدف الهجوم صباح الاثنين سوقا شعبيا في بلدة السلمية شرق حماة، مخلفا 12 قتيلا.",
                     SHELL, PUB)
    assert pairs and all(a1 != REGIME for a1, _ in pairs)


def test_shelling_with_its_weapon_keeps_the_default(extractor):
    # guard: a shelling word naming its projectiles is read as before, with the coder's default attacker
    pairs = pairs_of(extractor, "استهدفت قذائف صاروخية، صباح الاثنين، سوقا في بلدة السلمية شرق حماة، مخلفا 12 قتيلا.",
                     SHELL, PUB)
    assert pairs and pairs[0][0] == REGIME


def test_suicide_attack_accusative_is_a_suicide_bomb(extractor):
    subs = subs_of(extractor, "نفذ مسلح يوم الاثنين هجوما انتحاريا على حاجز للجيش قرب مدينة الرمادي.", PUB)
    assert "Suicide bomb" in subs and "Armed clash" not in subs


def test_bare_attack_on_a_military_post_is_no_attack_on_civilians(extractor):
    # guard: with no civilian in the sentence the bare attack is not read as violence against civilians
    subs = subs_of(extractor, "وقال مصدر إن الهجوم استهدف صباح الاثنين موقعا عسكريا قرب بلدة السلمية شرق حماة.", PUB)
    assert "Attack" not in subs
