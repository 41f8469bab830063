"""g49c: a borrowed or default attacker is never the owner of the positions the sentence says were hit
(owned_positions.tsv 29200-29214): «غارات استهدفت مواقع عسكرية سورية» is no strike by the Syrian government."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-05-10"


def test_the_owner_of_the_positions_hit_is_the_target_not_the_default_agent(extractor):
    evs = events_of(extractor, "شنت طائرات حربية يوم الأربعاء غارات استهدفت مواقع عسكرية سورية في ريف حمص.",
                    "Air/drone strike", PUB)
    assert evs
    assert all(e.actor1 != "Military Forces of Syria (2000-)" for e in evs)
    assert any(e.actor2 == "Military Forces of Syria (2000-)" and "owner-not-agent" in e.rule_ids for e in evs)

