"""Fatalities (branch g51e): the dead of the two sides of one clash told in different sentences ("مقتل 12 عنصرا من
قوات النظام" then "كما قتل 20 من مسلحي التنظيم") are added; a repeat of one side's toll, a count of the same side
or a running/earlier toll is not added (the larger or the lowest stays, as g50d left it)."""
from __future__ import annotations

from marsad.extract.merge import ARMED_SIDE, STATE_SIDE, _count_side
from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-12"  # a Saturday
FIRST = ("اندلعت اشتباكات عنيفة بين قوات النظام ومسلحي تنظيم داعش في مدينة تدمر الجمعة، وأسفرت عن مقتل 12 عنصرا "
         "من قوات النظام. ")


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _clash_dead(doc):
    return sorted(e.fatalities for e in doc.events if e.event_type == "Battles")


def test_the_count_names_whose_dead_it_counts():
    assert _count_side("وأسفرت المواجهات عن مقتل 14 جنديا في البلدة", 14) == STATE_SIDE
    assert _count_side("كما قتل سبعة مسلحين في المواجهات", 7) == ARMED_SIDE
    # a pro-government word wins over the armed noun it qualifies
    assert _count_side("قتل 30 مسلحا مواليا للحكومة في الهجوم", 30) == STATE_SIDE
    # no side word before the next number: unknown
    assert _count_side("قتل 40 شخصا بينهم 6 من الجنود", 40) is None


def test_the_other_sides_dead_are_added(extractor):
    doc = _run(extractor, FIRST + "كما قتل 20 من مسلحي التنظيم في الاشتباكات في مدينة تدمر الجمعة.")
    assert _clash_dead(doc) == [32]


def test_a_count_of_the_same_side_is_not_added(extractor):
    doc = _run(extractor, FIRST + "كما قتل 15 جنديا من قوات النظام في الاشتباكات في مدينة تدمر الجمعة.")
    assert _clash_dead(doc) == [15]


def test_a_running_toll_of_the_other_side_is_not_added(extractor):
    doc = _run(extractor, FIRST + "ومنذ مطلع الشهر قتل 60 من مسلحي التنظيم في الاشتباكات في مدينة تدمر.")
    assert _clash_dead(doc) == [12]
