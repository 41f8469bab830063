"""Battles recall (branch g109k), on sentences of our own.

- A battle told at a side or the surroundings of a town («في محيط مدينة X») in another sentence than a battle near
  another town over 10 km away is a happening of its own (merge._side_of_another_town); told at the wide countryside
  («ريف درعا الشرقي») it is still the same happening.
- «قوات الحكومة» (the bare "government forces") is the Syrian army, as «القوات الحكومية» is (actors.tsv syr-mil).
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-07-04"  # a Wednesday
NEAR_TOWN = "تصدت فصائل المعارضة، الأربعاء، لهجوم لقوات النظام بالقرب من بلدة كحيل في ريف درعا."


def _battles(extractor, text, published=PUB):
    doc = extractor(MetaStep()(Document(text=text, title="خبر", published=published)))
    return [e for e in doc.events if e.event_type == "Battles"]


def test_a_fight_at_the_surroundings_of_another_town_is_its_own_battle(extractor):
    text = NEAR_TOWN + " وأوضحت المصادر أن الفصائل صدت محاولات تقدم لقوات النظام في محيط مدينة إنخل."
    got = sorted(e.location for e in _battles(extractor, text))
    assert got == ["Inkhil", "Kahil"], got
    # told at the wide countryside, the fight is still the one near the town
    text = NEAR_TOWN + " وأوضحت المصادر أن الفصائل صدت محاولات تقدم لقوات النظام في ريف درعا الشرقي."
    got = [e.location for e in _battles(extractor, text)]
    assert got == ["Kahil"], got


def test_bare_government_forces_are_the_syrian_army_taking_a_town(extractor):
    got = _battles(extractor, "قالت مصادر إن قوات الحكومة سيطرت يوم الأحد على بلدة نوى في ريف درعا.")
    assert [(e.sub_event_type, e.actor1) for e in got] == [
        ("Government regains territory", "Military Forces of Syria (2000-)")], got
