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
