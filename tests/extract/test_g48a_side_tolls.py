"""Fatalities (branch g48a): the dead of two sides told in one clause, each count with its side after it and joined
by "و" ("15 قتيلا من قوات النظام و9 من مسلحي التنظيم"), add up, whichever count is nearest the word of death; a comma,
a day or a place between the counts, or the number word "واحدة" itself, joins nothing."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-12"  # a Saturday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _dead(doc):
    return sorted(e.fatalities for e in doc.events if e.fatalities)


def test_two_sides_counts_after_the_word_of_death_add_up(extractor):
    doc = _run(extractor, "وخلفت الاشتباكات في ريف حماة الجمعة 15 قتيلا من قوات النظام و 9 قتلى من مسلحي "
                          "الفصائل المعارضة.")
    assert _dead(doc) == [24]


def test_two_sides_counts_before_the_verb_add_up(extractor):
    doc = _run(extractor, "وقال المرصد إن 21 من عناصر الفصائل و14 من القوات الحكومية قتلوا في المعارك التي دارت "
                          "في ريف درعا الجمعة.")
    assert _dead(doc) == [35]


def test_a_day_between_the_counts_keeps_them_apart(extractor):
    doc = _run(extractor, "وقتل في الاشتباكات في ريف حلب 30 من عناصر قوات النظام الخميس وستة آخرون الجمعة.")
    assert 36 not in _dead(doc)


def test_one_family_is_no_second_count(extractor):
    doc = _run(extractor, "وأسفرت الاشتباكات في ريف إدلب الجمعة عن مقتل 7 مدنيين من عائلة واحدة.")
    assert _dead(doc) == [7]
