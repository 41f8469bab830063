"""g98ff: a nationality adjective right after a woman told by role («الناشطة العراقية»، «الصحفية السورية») is hers, never
the state's army as the attacker: a killing whose hand goes unnamed stays an unidentified armed group's. Sentences
composed for the tests."""
from __future__ import annotations

from marsad_testdata import pairs_of

PUB = "2018-04-10"
IRQ_ARMY = "Military Forces of Iraq (2014-2018)"


def test_woman_activist_shot_is_no_army_attack(extractor) -> None:
    text = "قتلت الناشطة العراقية برصاص مسلحين في مدينة الناصرية يوم الاثنين."
    agents = [a1 for a1, _ in pairs_of(extractor, text, "Attack", PUB)]
    assert agents and IRQ_ARMY not in agents


def test_woman_journalist_shot_is_no_army_attack(extractor) -> None:
    text = "قتلت الصحفية العراقية بإطلاق نار في مدينة الناصرية يوم الاثنين."
    agents = [a1 for a1, _ in pairs_of(extractor, text, "Attack", PUB)]
    assert agents and IRQ_ARMY not in agents


def test_guard_army_named_as_the_killer_stays(extractor) -> None:
    # the army named by its own words is still the agent: the feminine role words remove only their own nationality
    text = "قتلت القوات العراقية الناشطة برصاص في مدينة الناصرية يوم الاثنين."
    agents = [a1 for a1, _ in pairs_of(extractor, text, "Attack", PUB)]
    assert IRQ_ARMY in agents
