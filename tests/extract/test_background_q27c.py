"""History told as the state of a place (branch q27c), on sentences of our own.

A relative clause in the pluperfect ("البلدة التي كانت قد تعرضت لقصف"، "القرى التي كانوا قد طردوا منها") describes
what the place went through, as the plain relative clause does ("التي تعرضت لقصف"); with a day of its own it is news.
"""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-03"  # a Thursday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _relative(doc):
    return [d for d in doc.dropped if d["reason"] == "modality:relative"]


@pytest.mark.parametrize("text", [
    "ووصل الوزير إلى بلدة حرستا التي كانت قد تعرضت لقصف عنيف.",
    "ورجع المسلحون إلى القرى التي كانوا قد طردوا منها في ريف حمص.",
    "وتفقد المحافظ مدينة الرمادي التي كان قد سيطر عليها التنظيم.",
])
def test_a_pluperfect_relative_clause_describes_the_place(extractor, text):
    doc = _run(extractor, text)
    assert not doc.events, [(e.sub_event_type, e.location) for e in doc.events]
    assert _relative(doc), doc.dropped


def test_a_pluperfect_relative_clause_with_its_own_day_is_news(extractor):
    doc = _run(extractor, "ووصل الوزير إلى بلدة حرستا التي كانت قد تعرضت لقصف عنيف يوم الثلاثاء.")
    assert [e.sub_event_type for e in doc.events] == ["Shelling/artillery/missile attack"]
    assert str(doc.events[0].event_date) == "2018-05-01"


LEAD = "قصفت طائرات حربية مدينة إدلب يوم الثلاثاء. "


def test_a_sentence_with_no_time_after_one_of_history_goes_on_with_it(extractor):
    doc = _run(extractor, LEAD + "وفي عام 2014 سيطر التنظيم على مدينة الرقة. وأعدم مسلحوه عشرات من سكان المدينة.")
    assert [e.location for e in doc.events] == ["Idlib"], [(e.sub_event_type, e.location) for e in doc.events]
    assert any(d["reason"] == "background (history told on)" for d in doc.dropped), doc.dropped


@pytest.mark.parametrize("text", [
    # after a sentence of news, the same sentence is news
    LEAD + "وتقدم الجيش نحو مدينة الرقة. وأعدم مسلحون عشرات من سكان المدينة.",
    # a time of its own ends the history
    LEAD + "وفي عام 2014 سيطر التنظيم على مدينة الرقة. وأعدم مسلحون أمس عشرات من سكان المدينة.",
    # an old happening named by a noun is a comparison or a reference, not history told on
    LEAD + "وكان هجوم انتحاري مماثل قد وقع في بغداد في 16 كانون الثاني الماضي. وأعدم مسلحون عشرات من سكان المدينة.",
])
def test_news_after_the_lead_or_with_its_own_time_stays(extractor, text):
    doc = _run(extractor, text)
    assert "Attack" in [e.sub_event_type for e in doc.events], doc.dropped


def test_the_lead_dropped_as_old_is_not_carried_on(extractor):
    # the lead tells the news: an old date read into it is no history for the next sentence
    doc = _run(extractor, "اعتقلت الشرطة مشتبها به في هجوم وقع في عام 2013. واعتقلت الشرطة رجلا آخر في مدينة حلب.")
    assert "Arrests" in [e.sub_event_type for e in doc.events], doc.dropped
