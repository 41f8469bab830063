"""The dead told without a figure («عشرات القتلى»، «قتل عدد من») take the count the very next sentence tells when
that sentence is only the toll, with no act, place or day of its own (branch g99ag), on sentences of our own.

«ووثق المرصد مقتل 14 مدنيا» and «وأفاد مصدر أن عدد القتلى بلغ 9» right after the act's sentence count the same
happening's dead: ACLED gives the figure, not the stand-in for «dozens» nor nothing. A next sentence with a place, a
day or a running toll («منذ بدء الحملة») is another happening's or a period's, and must not move.
"""
from __future__ import annotations

import pytest
from marsad_testdata import dead_of

PUB = "2018-03-06"  # a Tuesday
ACTS = ("Explosions/Remote violence", "Battles")


TOLD_NEXT = [
    # a vague «عشرات» in the act's sentence, the figure in the next
    ("قصفت الطائرات التركية بلدة جنديرس يوم الاثنين، وأسفر القصف عن عشرات القتلى والجرحى. "
     "ووثق المرصد السوري مقتل 14 مدنيا بينهم 3 أطفال.\n", [14]),
    # the dead told with no count, the count in the next sentence
    ("قتل عدد من عناصر الجيش ومسلحي العشائر في اشتباكات اندلعت يوم الاثنين في بلدة الميادين. "
     "وأفاد مصدر محلي أن عدد القتلى بلغ 9 عناصر من الطرفين.\n", [9]),
]

APART = [
    # the next sentence names a running toll: a period's, not this act's
    "قصفت الطائرات التركية بلدة جنديرس يوم الاثنين، وأسفر القصف عن عشرات القتلى والجرحى. "
    "ووثق المرصد مقتل 43 مدنيا منذ بدء الحملة العسكرية.\n",
    # the next sentence names another place: another happening's toll
    "قصفت الطائرات التركية بلدة جنديرس يوم الاثنين، وأسفر القصف عن عشرات القتلى والجرحى. "
    "ووثق المرصد مقتل 14 مدنيا في بلدة راجو.\n",
    # the next sentence tells the dead as another act's result («أسفرت عن»)
    "قتل عدد من عناصر الجيش في اشتباكات اندلعت يوم الاثنين في بلدة الميادين. "
    "وقال مصدر إن العملية التي نفذها التنظيم لاحقا أسفرت عن مقتل 14 عنصرا.\n",
]


@pytest.mark.parametrize("text,dead", TOLD_NEXT)
def test_next_sentence_toll_reaches_the_act(extractor, text, dead):
    assert dead_of(extractor, text, PUB, ACTS) == dead


@pytest.mark.parametrize("text", APART)
def test_next_sentence_toll_of_a_period_or_place_stays_apart(extractor, text):
    dead = dead_of(extractor, text, PUB, ACTS)
    assert 14 not in dead and 43 not in dead
