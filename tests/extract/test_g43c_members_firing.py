"""Members who fired (branch g43c), on sentences of our own.

After a gunfire noun («برصاص»، «بنيران») the group whose members are named («عناصر تابعة لـ X»، «عناصر من X») fired:
X is the agent, not the dead's side. A killing noun («مقتل عناصر من X») keeps X as the side that lost men.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-06-20"  # a Wednesday
SDF = "SDF: Syrian Democratic Forces"


def _events(extractor, text):
    return extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB))).events


def test_members_belonging_to_a_group_fired(extractor):
    text = "أصيب مدني برصاص عناصر تابعة لقوات سوريا الديمقراطية في مدينة الرقة يوم الأحد.\n"
    evs = [e for e in _events(extractor, text) if e.event_type == "Violence against civilians"]
    assert evs and all(e.actor1 == SDF for e in evs)


def test_members_of_a_group_fired(extractor):
    text = "أصيب مدني برصاص عناصر من قوات سوريا الديمقراطية في مدينة الرقة يوم الأحد.\n"
    evs = [e for e in _events(extractor, text) if e.event_type == "Violence against civilians"]
    assert evs and all(e.actor1 == SDF for e in evs)


def test_members_killed_are_not_the_agent(extractor):
    text = "أفاد المرصد بمقتل عناصر من قوات سوريا الديمقراطية بانفجار عبوة ناسفة في مدينة الرقة يوم الأحد.\n"
    evs = [e for e in _events(extractor, text) if e.event_type == "Explosions/Remote violence"]
    assert evs and all(e.actor1 != SDF for e in evs)
