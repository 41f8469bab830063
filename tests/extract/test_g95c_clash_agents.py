"""The attacker of a clash told around the clash word: a verb joined by «و» shares the subject of the verb before it,
not that verb's object («دفع الجيش التركي وحدات حماية الشعب إلى التراجع وتقدم نحو ...»); a clash told «في محاولة
لـX لاقتحام ...» has X as its attacker, not the country's default army (branch g95c; sentences of our own)."""
from __future__ import annotations

from marsad_testdata import fields_of

PUB = "2018-03-05"
CLASH = "Armed clash"


def _clash_sides(extractor, text: str) -> list[tuple]:
    return [(a1, a2) for st, a1, a2 in fields_of(extractor, text, PUB, "sub_event_type", "actor1", "actor2")
            if st == CLASH]


def test_joined_verb_keeps_first_subject(extractor):
    text = ("واستطاع الجيش التركي يوم الأحد من دفع وحدات حماية الشعب إلى التراجع عن القرى الحدودية وتقدم من "
            "المحور الشمالي نحو مدينة عفرين.")
    sides = _clash_sides(extractor, text)
    assert sides and sides[0][0] == "Military Forces of Turkey (2016-)"


def test_attempt_names_attacker(extractor):
    text = ("قال المرصد إن اشتباكات عنيفة دارت يوم الأحد على أطراف مدينة عفرين الغربية، في محاولة للقوات التركية "
            "والفصائل الموالية لها لاقتحام المدينة التي تسيطر عليها وحدات حماية الشعب.")
    sides = _clash_sides(extractor, text)
    assert sides and sides[0][0] == "Military Forces of Turkey (2016-)"


def test_attempt_with_min(extractor):
    text = ("وتدور معارك عنيفة يوم الأحد قرب بلدة حرستا في محاولة من قوات النظام السوري التقدم نحو "
            "مواقع المعارضة المسلحة.")
    sides = _clash_sides(extractor, text)
    assert sides and sides[0][0] == "Military Forces of Syria (2000-)"
