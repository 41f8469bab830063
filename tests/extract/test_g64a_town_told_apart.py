"""A town's own battle told far down the body is not folded into the lead's wider area (branch g64a), on sentences
of our own.

A clash at «الغوطة الشرقية» (a region, precision 2) told in the lead took in a clash at a town inside it told much
later, so the town's battle had no event of its own. Now a Battles mention naming its own town, told more than
TOWN_APART_CHARS after every mention of the area's event, stands at its town (merge.py _town_told_apart).
"""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-03-08"  # a Thursday
LEAD = "دارت يوم الأربعاء اشتباكات عنيفة بين القوات الحكومية وفصائل المعارضة في الغوطة الشرقية.\n"
# filler with no happening of its own, to put the town's mention far from the lead
FILLER = "وتعاني الأسر في المنطقة من نقص كبير في المواد الغذائية والأدوية منذ سنوات طويلة، ويطالب السكان بفتح الطرق.\n" * 9
TOWN = "واندلعت يوم الأربعاء اشتباكات عنيفة في بلدة مسرابا بين القوات الحكومية ومقاتلي جيش الإسلام.\n"


def _battles(extractor, text):
    doc = read_doc(extractor, text, PUB, "خبر")
    return sorted(e.location for e in doc.events if e.event_type == "Battles")


def test_town_battle_far_down_the_body_is_its_own(extractor):
    assert len(LEAD + FILLER) > 800
    assert _battles(extractor, LEAD + FILLER + TOWN) == ["Eastern Ghouta", "Misraba"]


def test_town_battle_next_to_the_lead_is_the_same_story(extractor):
    # told right after the area's clash, the town narrows the same happening: one event
    assert len(_battles(extractor, LEAD + TOWN)) == 1
