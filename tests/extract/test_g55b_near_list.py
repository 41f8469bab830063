"""One event per town of a list told with a near word (branch g55b), on sentences of our own.

«قرب بلدات X وY وZ»: the near word is read on the first name only (precision 2), so the bare towns after it were
more exact and the act stood at Y, losing X. Each town of the list is now a place of the act.
"""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-03-08"  # a Thursday


def _places(extractor, text):
    doc = read_doc(extractor, text, PUB, "خبر")
    return sorted(e.location for e in doc.events if e.event_type in ("Battles", "Explosions/Remote violence"))


def test_clash_near_three_towns_is_one_event_each(extractor):
    text = "دارت اشتباكات عنيفة يوم الأربعاء بين قوات النظام وفصائل المعارضة قرب بلدات حمورية وسقبا وافتيريس.\n"
    assert _places(extractor, text) == ["Aftris", "Hamouriyah", "Saqba"]


def test_strike_near_two_towns_keeps_the_first(extractor):
    text = "قصفت الطائرات الحربية يوم الأربعاء مواقع قرب بلدتي حمورية وسقبا في الغوطة الشرقية.\n"
    assert _places(extractor, text) == ["Hamouriyah", "Saqba"]
