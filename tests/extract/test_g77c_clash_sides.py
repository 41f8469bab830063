"""g77c: the sides of armed clashes. The partitive «بين عناصر من X وY» names X as the first side (frames
_partitive_gap); the indefinite Syrian rebels («مقاتلين معارضين») and the accusative counted pro-government fighters
(«مقاتلا مواليا للنظام») are read as actors (actors.tsv); a side counted right before its killed word («أن 15 مقاتلا
مواليا للنظام قتلوا في هجمات نفذها مسلحو داعش») is the side that suffered (frames._dead_told_before). Sentences
composed for the tests."""
from __future__ import annotations

from marsad_testdata import events_of, sides_of, ISIS, NDF, REB, SYR

PUB = "2018-05-20"
CLASH = "Armed clash"


def test_partitive_first_side_keeps_its_place(extractor):
    evs = events_of(extractor, "ودارت اشتباكات عنيفة بين عناصر من قوات النظام وفصائل المعارضة في بلدة كفرنبل يوم السبت.",
                    CLASH, PUB)
    assert (SYR, REB) in sides_of(evs)


def test_indefinite_rebels_are_a_side(extractor):
    evs = events_of(extractor, "واندلعت مواجهات بين قوات النظام ومقاتلين معارضين في بلدة كفرنبل يوم السبت.", CLASH, PUB)
    assert (SYR, REB) in sides_of(evs)


def test_counted_fighters_before_their_killed_word_suffered(extractor):
    evs = events_of(extractor, "وقال المرصد إن 15 مقاتلا مواليا للنظام قتلوا في هجمات نفذها مسلحو تنظيم داعش في ريف "
                               "السويداء يوم السبت.", CLASH, PUB)
    assert (ISIS, NDF) in sides_of(evs)


def test_counted_members_of_a_side_before_their_killed_word(extractor):
    evs = events_of(extractor, "وقال المرصد إن 12 من عناصر قوات النظام قتلوا في هجمات نفذها مسلحو تنظيم داعش في ريف "
                               "السويداء يوم السبت.", CLASH, PUB)
    assert (ISIS, SYR) in sides_of(evs)
