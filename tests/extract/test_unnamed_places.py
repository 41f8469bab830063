"""An act over several unnamed towns ("استعادت ثماني بلدات") stands at the province of the report's place,
at ACLED precision 3, and stays apart from the happenings of the towns the report names."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-07-02"  # a Monday


def _run(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB)))


def _territory(doc):
    return [e for e in doc.events if e.sub_event_type in (
        "Government regains territory", "Non-violent transfer of territory")]


def test_counted_unnamed_towns_stand_at_the_province(extractor):
    doc = _run(extractor, "قصفت الطائرات الحربية مدينة درعا الأحد.\n"
                          "وكانت قوات النظام السوري استعادت السبت السيطرة على ثماني بلدات في الجنوب.")
    ev = _territory(doc)
    assert len(ev) == 1, [(e.sub_event_type, e.location) for e in doc.events]
    assert ev[0].admin1 == "Dar'a" and ev[0].geo_precision == 3
    assert "place-province" in ev[0].rule_ids


def test_a_plural_before_names_is_a_list_not_a_count(extractor):
    doc = _run(extractor, "قصفت الطائرات الحربية مدينة درعا الأحد.\n"
                          "وسيطرت قوات النظام السوري السبت على بلدات الحارة وسملين.")
    assert all("place-province" not in e.rule_ids for e in doc.events)


def test_unnamed_towns_do_not_merge_into_a_named_town(extractor):
    doc = _run(extractor, "سيطرت قوات النظام السوري السبت على بلدة داعل في ريف درعا.\n"
                          "كما استعادت قوات النظام السوري السبت السيطرة على ثماني بلدات أخرى.")
    places = sorted((e.location, e.geo_precision) for e in _territory(doc))
    assert places == [("Dar'a", 3), ("Dā‘il", 1)], places
