"""Dates of recalled happenings (g40d): the verb of the relative clause of an indefinite noun that a span is counted
from ("بعد أسبوع من هجوم صاروخي استهدف ...") tells that earlier happening, as the noun does; the day told in the main
clause is not its day, so it is background like its noun. Told with a recent day of its own it stays news."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-16"  # a Monday: the last Saturday is 2018-04-14


def _doc(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _places(doc):
    return sorted(e.location for e in doc.events)


def test_the_verb_of_a_counted_from_noun_takes_no_day_of_the_main_clause(extractor):
    # before: a second air strike on Hama dated Saturday, a week after the attack it recalls
    doc = _doc(extractor, "شنت الطائرات غارات على مدينة إدلب السبت، بعد أسبوع من هجوم صاروخي استهدف مدينة حماة.")
    assert [e.date_start for e in doc.events] == ["2018-04-14"]
    assert all("حماة" not in (e.location_text or "") and e.location != "Ḩamāh" for e in doc.events)
    assert any(d["reason"] == "modality:background" and d["text"] == "استهدف" for d in doc.dropped)


def test_a_counted_number_of_days_as_well(extractor):
    doc = _doc(extractor, "قصفت المدفعية بلدة كفرنبل الأحد، بعد 10 أيام من تفجير انتحاري استهدف "
                          "سوقا في مدينة معرة النعمان.")
    assert [e.location for e in doc.events] == ["Kafranbel"]
    assert any(d["reason"] == "modality:background" and d["text"] == "استهدف" for d in doc.dropped)


def test_a_relative_verb_after_an_undated_noun_stays(extractor):
    # no span counted back: the noun and its verb are one happening of the news
    doc = _doc(extractor, "قتل خمسة مدنيين السبت في هجوم صاروخي استهدف مدينة حماة.")
    assert doc.events and all(e.date_start == "2018-04-14" for e in doc.events)
    assert not any(d["text"] == "استهدف" and d["reason"] == "modality:background" for d in doc.dropped)
