"""Weak transfers kept at the town of a kept agreement, on sentences of our own (branch g63b).

A leaving of fighters told far from the lead, with no day of its own and no source, scores below the keep threshold
(step.py min_confidence) and used to be dropped as "low confidence". When the same report keeps an agreement made at
that very town on or before its day, the leaving is that deal carried out (step.py DEAL_TOWN, "deal-town"); at a town
with no kept deal it stays dropped."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-04-10"  # a Tuesday
LEAD = ("توصلت الحكومة السورية وفصائل المعارضة إلى اتفاق في مدينة الرستن يوم الاثنين يقضي بخروج المسلحين منها. "
        "وتعاني المنطقة من أوضاع إنسانية صعبة منذ سنوات. ويعيش السكان في الأقبية خوفا من القصف المتواصل. ")


def _transfers(extractor, sentence: str) -> list:
    return events_of(extractor, LEAD + sentence, "Non-violent transfer of territory", PUB)


def test_a_weak_leaving_at_the_town_of_the_kept_deal_is_kept(extractor):
    evs = _transfers(extractor, "وذكرت وسائل إعلام رسمية أن حافلات تقل مسلحين غادرت مدينة الرستن.")
    assert [(e.location, e.date_start) for e in evs] == [("Ar Rastan", "2018-04-09")]
    assert "deal-town" in evs[0].rule_ids


def test_a_weak_leaving_at_another_town_stays_dropped(extractor):
    # the same leaving at a town where the report keeps no deal: nothing makes up for its low score
    assert _transfers(extractor, "وذكرت وسائل إعلام رسمية أن حافلات تقل مسلحين غادرت مدينة تلبيسة.") == []
