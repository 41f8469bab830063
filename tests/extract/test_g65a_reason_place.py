"""A town named only in a sentence's reason clause is not carried to the next sentence (branch g65a), on sentences
of our own.

"قصفت ... مواقع في مدينة X ردا على هجوم في مدينة Y" then a sentence naming no place: the next sentence goes on with
the act told (at X), not with the happening answered (at Y). Before, the sentence's last place (Y) was carried.
"""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-03-08"  # a Thursday
STRIKE = "قصفت طائرات حربية يوم الأربعاء مواقع عسكرية في مدينة حمص ردا على هجوم صاروخي استهدف مدينة حماة.\n"
NEXT = "وقال مسؤول عسكري إن اشتباكات عنيفة اندلعت يوم الأربعاء بين القوات الحكومية ومقاتلي المعارضة.\n"


def _places(extractor, text, kind):
    doc = read_doc(extractor, text, PUB, "خبر")
    return sorted(e.location for e in doc.events if e.event_type == kind)


def test_next_sentence_stands_at_the_act_not_the_answered_town(extractor):
    assert _places(extractor, STRIKE + NEXT, "Battles") == ["Homs"]


def test_without_reason_clause_the_last_town_is_carried(extractor):
    # no reason clause: the sentence's last town is still the next sentence's place
    told = "قصفت طائرات حربية يوم الأربعاء مواقع عسكرية في مدينة حمص ومدينة حماة.\n"
    assert _places(extractor, told + NEXT, "Battles") == ["Ḩamāh"]
