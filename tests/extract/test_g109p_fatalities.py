"""Fatalities of matched events (branch g109p), on sentences of our own.

A change of territory that counts the same toll from the same sentence as an event of another kind, where the sentence
tells the dead as that act's result («جراء انفجار لغم خلال سيطرتهم»، «إثر قصف»), loses the toll to it
(merge._taking_toll_of_act): the dev gold codes no toll on such a taking. A fight named as the cause («جراء المعارك»)
leaves the toll on the taking, which holds the fight folded into it.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-07-04"  # a Wednesday


def _tolls(extractor, text, published=PUB):
    doc = extractor(MetaStep()(Document(text=text, title="خبر", published=published)))
    return sorted((e.sub_event_type, e.fatalities or 0) for e in doc.events)


def test_dead_of_a_mine_during_a_taking_are_the_mines_not_the_takings(extractor):
    got = _tolls(extractor, "قتل تسعة عناصر من قوات النظام، الثلاثاء، جراء انفجار لغم أرضي خلال سيطرتهم على بلدة "
                            "الحراك في ريف درعا الشرقي، بحسب المرصد.")
    assert got == [("Government regains territory", 0), ("Remote explosive/landmine/IED", 9)], got
    # the dead of the fighting stay with the taking, which holds the fight
    got = _tolls(extractor, "قتل سبعة عناصر من الفصائل، الثلاثاء، جراء المعارك والقصف المدفعي خلال سيطرة قوات "
                            "النظام على بلدة الحراك في ريف درعا الشرقي، بحسب المرصد.")
    assert ("Government regains territory", 7) in got, got
