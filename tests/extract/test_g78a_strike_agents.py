"""g78a: air strike agents after the merge. The "grounded" rule (actor_roles.tsv 50400: a side with no aircraft is no
air strike's agent) also holds for an event the merge types as an air strike from a shelling mention whose agent was a
faction; a state's campaign named in the strike's sentence («الهجوم التركي») gives its agent before the country's
default. Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import events_of, SYR, TUR

PUB = "2018-03-15"
AIR = "Air/drone strike"


def test_a_factions_shelling_merged_into_an_air_strike_is_not_its_agent(extractor):
    text = ("وقال جيش الإسلام إن القصف والقتال استمرا الثلاثاء في بلدة كفربطنا دون توقف.\n\n"
            "وقتل 12 مدنيا الثلاثاء في كفربطنا التي استهدفتها 40 غارة جوية.")
    evs = events_of(extractor, text, AIR, PUB)
    assert evs and all(e.actor1 == SYR for e in evs)
    assert any("grounded-merged" in e.rule_ids for e in evs)
    # a drone told with the strike may be the group's: the rule does not act
    text = ("وقال جيش الإسلام إن القصف والقتال استمرا الثلاثاء في بلدة كفربطنا دون توقف.\n\n"
            "وقتل 12 مدنيا الثلاثاء في كفربطنا التي استهدفتها طائرة مسيرة بغارة جوية.")
    evs = events_of(extractor, text, AIR, PUB)
    assert all("grounded-merged" not in e.rule_ids for e in evs)


def test_the_state_campaign_named_in_the_sentence_flew_the_strike(extractor):
    evs = events_of(extractor, "ويحاول المقاتلون الأكراد التصدي للهجوم التركي على منطقة عفرين، في عملية تترافق مع قصف "
                               "جوي ومدفعي كثيف يوم الأحد.", AIR, PUB)
    assert evs and all(e.actor1 == TUR for e in evs)
    # a campaign told as what the strikes answer gives no agent
    evs = events_of(extractor, "وتتواصل الغارات الجوية على عفرين يوم الأحد، ردا على الهجوم التركي على مواقع الجيش.",
                    AIR, PUB)
    assert evs and all("actor-campaign" not in e.rule_ids for e in evs)


def test_a_qualifier_may_stand_between_campaign_and_state(extractor):
    evs = events_of(extractor, "ويتصدى المسلحون للعملية العسكرية التركية في ريف عفرين وسط قصف جوي عنيف يوم الأحد.",
                    AIR, PUB)
    assert evs and all(e.actor1 == TUR and "actor-campaign" in e.rule_ids for e in evs)

