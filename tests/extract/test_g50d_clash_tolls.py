"""Fatalities (branch g50d): the tolls of one clash told in different sentences, one side's dead in each ("قتل 12 من
قوات النظام" then "كما قتل 20 من مسلحي التنظيم"), give the merged clash the larger count, not the lowest (which kept
one side's dead only); a larger toll told as a running or earlier one ("عقب أيام من هجمات أسفرت عن مقتل 45") leaves the lowest."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-12"  # a Saturday
FIRST = ("اندلعت اشتباكات عنيفة بين قوات النظام ومسلحي تنظيم داعش في مدينة تدمر الجمعة، وأسفرت عن مقتل 12 عنصرا "
         "من قوات النظام. ")


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _clash_dead(doc):
    return sorted(e.fatalities for e in doc.events if e.event_type == "Battles")


def test_the_other_sides_dead_told_later_are_not_dropped_for_the_lowest(extractor):
    # g51e: the two sides' dead are now added (12 regime + 20 IS), no longer the larger count only
    doc = _run(extractor, FIRST + "كما قتل 20 من مسلحي التنظيم في الاشتباكات في مدينة تدمر الجمعة.")
    assert _clash_dead(doc) == [32]


def test_a_running_toll_told_later_leaves_the_lowest(extractor):
    doc = _run(extractor, FIRST + "وجاءت الاشتباكات عقب أيام من هجمات للتنظيم على مدينة تدمر أسفرت عن مقتل 45 "
                                  "من قوات النظام.")
    assert _clash_dead(doc) == [12]
