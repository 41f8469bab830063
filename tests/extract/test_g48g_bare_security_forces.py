"""Security forces named without their country (branch g48g): «القوات الأمنية» and «قوى الأمن» are the event
country's police like «قوات الأمن» (actors.tsv), and the bare police is the country's own dated force where
actors.tsv has one (actor_by_country.tsv abc-28400..28402)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-07-16"  # a Monday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _sides(doc):
    return [(e.event_type, e.actor1, e.actor2) for e in doc.events]


def test_clash_with_bare_security_forces_keeps_the_iraqi_police(extractor):
    doc = _run(extractor, "وفي مدينة الناصرية العراقية، اقتحم محتجون غاضبون مبنى المحافظة يوم الأحد وأحرقوا "
                          "بوابته، ما أدى إلى صدام بينهم وبين القوات الأمنية.")
    sides = _sides(doc)
    assert any(a2 == "Police Forces of Iraq (2014-2018)" for _, _, a2 in sides), sides


def test_bare_police_in_iraq_is_the_dated_iraqi_police(extractor):
    doc = _run(extractor, "واشتبك عشرات المتظاهرين مع قوات الأمن أمام مبنى محافظة كربلاء العراقية يوم الأحد.")
    names = {a for _, a1, a2 in _sides(doc) for a in (a1, a2) if a and a.startswith("Police")}
    assert names == {"Police Forces of Iraq (2014-2018)"}, _sides(doc)
