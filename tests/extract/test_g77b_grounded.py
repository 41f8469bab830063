"""g77b: a side with no aircraft is never the agent of an air strike (actor_roles.tsv 50400, rule "grounded"): a strike
told in passing in a fighting sentence is not the other side's; the side becomes the target and the coder's default
(or the state whose aircraft the sentence names) the agent. A drone strike may be a group's. Sentences composed for
the tests."""
from __future__ import annotations

from marsad_testdata import events_of, REB, SYR

PUB = "2018-07-16"
AIR = "Air/drone strike"


def test_strike_told_with_a_fight_is_not_the_factions(extractor):
    evs = events_of(extractor, "وسيطرت قوات النظام على بلدة الهبيط في ريف إدلب بعد معارك عنيفة مع الفصائل، وسط قصف "
                               "جوي ومدفعي مكثف يوم الأحد.", AIR, PUB)
    assert evs and all(e.actor1 == SYR and e.actor2 == REB for e in evs)
    assert any("50400" in e.rule_ids for e in evs)


def test_strikes_with_clashes_between_two_sides(extractor):
    evs = events_of(extractor, "ودارت اشتباكات عنيفة بين قوات النظام والفصائل في ريف إدلب الأحد ترافقت مع غارات جوية "
                               "مكثفة على المنطقة.", AIR, PUB)
    assert evs and all(e.actor1 == SYR for e in evs)


def test_the_aircraft_named_before_the_strike_give_its_agent(extractor):
    evs = events_of(extractor, "وشاركت طائرات روسية الأحد في قصف الفصائل في ريف إدلب رغم اعتراضات تركيا.", AIR, PUB)
    assert evs and all(e.actor1 == "Military Forces of Russia (2000-)" and e.actor2 == REB for e in evs)


def test_a_drone_strike_may_be_a_groups(extractor):
    evs = events_of(extractor, "وهاجم تنظيم داعش بطائرة مسيرة مواقع الجيش العراقي في الأنبار يوم الأحد.", AIR, PUB)
    assert evs and all(e.actor1 == "Islamic State (Iraq and Syria)" for e in evs)


def test_the_reports_armed_group_is_no_unnamed_striker(extractor):
    text = ("أعلن تنظيم داعش أن مسلحيه هاجموا نقطة للجيش العراقي قرب الحدود. وقال تنظيم داعش في بيان إن مسلحيه قتلوا "
            "جنديين.\n\nودمرت غارة جوية الأحد مخزنا للأسلحة في بلدة القائم غرب الأنبار.")
    evs = events_of(extractor, text, AIR, PUB)
    assert evs and all(e.actor1 != "Islamic State (Iraq and Syria)" for e in evs)
