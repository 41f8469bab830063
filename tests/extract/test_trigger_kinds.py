"""trigger_kinds.tsv: the groups of triggers the merge and the attacker rules read (moved from code)."""
import pytest

from marsad.extract import lexicons as L


# the shelling kinds hold shelling words only; repelled_attack (g85d) the clash words «صد هجوم»، «تصدى لهجوم»;
# bare_blast (g91c) the explosion words naming no bomb «انفجار»، «التفجير»; repelling_verb (g100d) the finite «تصدت»، «صدت»;
# needs_town (g100g) the sending verbs «نشر»، «أرسل»; advance_within (g101e) the advance inside a named place «تقدمت في»;
# advance_clash (g101q) the advance read as a clash «تقدم*»، «تتقدم»; bodies_found (g102f) the bodies found «على جثث»;
# attack_launched (g103c) the attacks told by their launching «هجوم شنه»، «هاجم»; execution, lone_attack, custody_death
# (g103i) the executions, knife and vehicle attacks and deaths under torture; departure_noun (g103m) the fighters'
# departure nouns «خروج»، «إجلاء»; execution_told (g104j) an execution told done «تم إعدام»، «جرى إعدام»; device_named
# (g104k) the bombs named by their device «عبوة ناسفة»، «سيارة مفخخة»; group_union (g106h) groups merging «اندماج»، «توحد»;
# leaving_verb (g106w) the fighters' leaving verbs «غادر*»، «خرج*»، «انسحب*»; sites_each (g109g) a side evacuating its
# own sites «أخلى*»، «إخلاء»; crowd_in_sentence (g112h) the clash nouns that are a riot with protesters in their own sentence
KIND_SUB = {"repelled_attack": "Armed clash", "bare_blast": "Remote explosive/landmine/IED", "repelling_verb": "Armed clash",
            "needs_town": "Change to group/activity", "advance_within": "TERRITORY", "advance_clash": "Armed clash",
            "bodies_found": "Attack", "attack_launched": "Armed clash", "execution": "Attack", "lone_attack": "Attack",
            "custody_death": "Attack", "departure_noun": "Non-violent transfer of territory",
            "execution_told": "Attack", "device_named": "Remote explosive/landmine/IED",
            "group_union": "Change to group/activity", "leaving_verb": "Non-violent transfer of territory",
            "sites_each": "Change to group/activity", "cut_off": "TERRITORY",
            "crowd_in_sentence": "Violent demonstration"}
# a kind that marks how a phrase reads its sides, not its sub-type: each of its phrases has these readings (g100l);
# killing_verb (g103i) the rows of «قتل*»: civilians killed, or fighters killed by a named side
KIND_SUBS = {"agent_inside": {"Attack", "Armed clash", "Shelling/artillery/missile attack"},
             "killing_verb": {"Attack", "Armed clash"}}


def test_every_kind_holds_triggers_of_its_sub_type_only() -> None:
    subs = L.trigger_sub()
    for kind in L.TRIGGER_KINDS:
        ids = L.trigger_kind(kind)
        assert ids, kind
        want = KIND_SUBS.get(kind) or {KIND_SUB.get(kind, "Shelling/artillery/missile attack")}
        assert {subs[i] for i in ids} == want, kind


def test_a_word_naming_no_weapon_names_no_ground_weapon() -> None:
    # «قصف» joins an air strike (bare_strike); «قذائف هاون» keeps a shelling apart from it (ground_fire)
    assert not L.trigger_kind("bare_strike") & L.trigger_kind("ground_fire")
    assert "tr-shell-1" in L.trigger_kind("bare_strike") and "tr-shell-10" in L.trigger_kind("ground_fire")
    # «إطلاق قذائف» tells the firing side's act, not where the shells fell
    assert "tr-shell-25" in L.trigger_kind("ground_fire") and "tr-shell-25" not in L.trigger_kind("shells_told")


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(KeyError):
        L.trigger_kind("air_words")
