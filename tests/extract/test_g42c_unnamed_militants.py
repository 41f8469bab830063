"""Unnamed militants (branch g42c), on sentences of our own.

Indefinite «متشددين/متشددون» name an unidentified armed group: the army or police that reports what they did is
no side of it. With the article («المتشددين») the word refers back to a side named before and is no mention.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-06-20"  # a Wednesday
UNID_IRAQ = "Unidentified Armed Group (Iraq)"


def _events(extractor, text):
    return extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB))).events


def test_militants_reported_by_the_army_are_the_attackers(extractor):
    text = "قال الجيش العراقي إن متشددين أطلقوا النار على مدنيين في قرية بمحافظة ديالى يوم الأحد وقتلوا أربعة منهم.\n"
    evs = [e for e in _events(extractor, text) if e.event_type == "Violence against civilians"]
    assert evs and all(e.actor1 == UNID_IRAQ for e in evs)


def test_militants_told_by_the_police_are_the_attackers(extractor):
    text = "وقالت الشرطة إن متشددين فتحوا النار على سوق شعبي في مدينة كركوك أمس فقتلوا ثلاثة مدنيين.\n"
    evs = [e for e in _events(extractor, text) if e.event_type == "Violence against civilians"]
    assert evs and all(e.actor1 == UNID_IRAQ for e in evs)


def test_the_militants_with_the_article_refer_back(extractor):
    text = "وقالت السلطات السورية إن الطائرة كانت تقصف المتشددين في ريف درعا يوم الأحد عندما أسقطت.\n"
    evs = [e for e in _events(extractor, text) if e.event_type == "Explosions/Remote violence"]
    assert evs and all("Unidentified" not in (e.actor1 or "") for e in evs)
