"""g53c: a borrowed or default attacker named by name as the owner of what the strike hit (construct «مقرات قوات
النظام», «تابعة لـ X») is the target, not the agent (owned_positions.tsv 33600-33605, step.py `_owns_by_name`)."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-05-10"
SYRIA = "Military Forces of Syria (2000-)"


def test_headquarters_of_the_regime_in_construct_are_the_target(extractor):
    evs = events_of(extractor, "قال مسؤولون إن النظام السوري يحشد قواته. وقصفت طائرات حربية يوم الأحد مقرات قوات النظام "
                    "في ريف حماة.", "Air/drone strike", PUB)
    assert evs
    assert all(e.actor1 != SYRIA for e in evs)
    assert any(e.actor2 == SYRIA and "owner-not-agent" in e.rule_ids for e in evs)


def test_an_operations_room_belonging_to_the_regime_is_the_target(extractor):
    evs = events_of(extractor, "قال مسؤولون إن النظام السوري يحشد قواته. وقصفت طائرات حربية يوم الأحد غرفة عمليات تابعة "
                    "لقوات النظام في ريف حماة.", "Air/drone strike", PUB)
    assert evs
    assert all(e.actor1 != SYRIA for e in evs)
    assert any(e.actor2 == SYRIA and "33600" in e.rule_ids for e in evs)


def test_the_owner_named_after_another_act_is_not_this_acts_target(extractor):
    evs = events_of(extractor, "قال مسؤولون إن النظام السوري يحشد قواته. وقصفت طائرات حربية يوم الأحد ريف حماة بعد هجوم "
                    "للفصائل على مقرات قوات النظام.", "Air/drone strike", PUB)
    assert evs
    assert all("33602" not in e.rule_ids and "29209" not in e.rule_ids for e in evs)
