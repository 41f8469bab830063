"""One happening, one event (branch q26c): strikes told at one town on two days, each day told with its mention and
its own dead, are two events; a mention told by its statement's day, with no dead of its own, or
sharing a sentence stays one."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-15"  # a Sunday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _strikes(doc):
    return sorted((e.date_start, e.fatalities) for e in doc.events if e.event_type == "Explosions/Remote violence")


def test_strikes_on_one_town_with_their_dead_on_two_days_are_two(extractor):
    # merge._days_at_one_town: Friday's dead and Saturday's dead of strikes on one town, each told with its day
    doc = _run(extractor, "وقتل 12 مدنيا الجمعة في غارات جوية على بلدة كفرنبل. "
                          "وقال ناشطون إن 5 مدنيين قتلوا السبت في قصف جوي على بلدة كفرنبل.")
    assert _strikes(doc) == [("2018-04-13", 12), ("2018-04-14", 5)]


def test_a_day_told_without_dead_keeps_the_slack(extractor):
    # "وكانت الطائرات شنت غارات ... الخميس": no dead of its own, it may be the same raid told with another day
    doc = _run(extractor, "وقتل 12 مدنيا الجمعة في غارات جوية على بلدة كفرنبل. "
                          "وكانت طائرات حربية شنت غارات على كفرنبل يوم السبت.")
    assert len(_strikes(doc)) == 1


def test_a_statement_day_keeps_the_slack(extractor):
    # "أعلن ناشطون السبت": Saturday is the day of the statement, not of the strikes it tells
    doc = _run(extractor, "وقتل 12 مدنيا الجمعة في غارات جوية على بلدة كفرنبل. "
                          "وأعلن ناشطون السبت أن الغارات على كفرنبل قتلت 5 مدنيين.")
    assert len(_strikes(doc)) == 1


def test_mentions_of_one_sentence_with_two_days_stay_one(extractor):
    # a night told by its two days in one sentence is one strike
    doc = _run(extractor, "وقتل 12 مدنيا في غارات على بلدة كفرنبل ليل الجمعة وفي قصف جوي على كفرنبل فجر السبت.")
    assert len(_strikes(doc)) == 1
