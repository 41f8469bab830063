"""Happenings told as done that Marsad dropped (branch q30c), on sentences of our own: what a place "was subjected to"
with a long subject between, the one object such a verb takes, fighters who went out on buses."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-30"


def _run(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB)))


def _subs(doc):
    return [e.sub_event_type for e in doc.events]


def test_what_a_place_suffered_after_a_long_subject_is_a_fact(extractor):
    # twelve tokens between "تعرضت" and "لقصف": the sites, whose they are, where, and when
    doc = _run(extractor, "وتعرضت مواقع عسكرية تابعة لقوات النظام في ريف مدينة حماة الجنوبي مساء الأحد لقصف صاروخي عنيف.")
    assert "Shelling/artillery/missile attack" in _subs(doc), doc.dropped


def test_an_aim_after_what_was_suffered_stays_an_aim(extractor):
    # "تعرض" takes one object: the shelling was suffered, the expulsion after it is what the shelling is for
    doc = _run(extractor, "ويتعرض الجيب منذ أيام لقصف عنيف من الطائرات الحربية في مسعى من قوات النظام لطرد المسلحين من البلدة.")
    assert not [e for e in doc.events if e.event_type == "Battles"], [(e.sub_event_type, e.rule_ids) for e in doc.events]
    assert any(d["text"] == "لطرد" and d["reason"] == "modality:intention" for d in doc.dropped), doc.dropped


def test_objects_joined_by_and_are_all_suffered(extractor):
    doc = _run(extractor, "وتعرضت البلدة مساء الأحد لقصف مدفعي ولغارات جوية عنيفة.")
    assert not any(d["reason"] == "modality:intention" for d in doc.dropped), doc.dropped


def test_fighters_who_went_out_on_buses_transfer_territory(extractor):
    # buses are what an evacuation leaves on (trigger_cues.tsv evacuees); no batch or family is told here
    doc = _run(extractor, "وخرج مئات المسلحين على متن 40 حافلة يوم الاثنين من مدينة الرستن باتجاه الشمال.")
    assert any("tr-nvt-5000" in e.rule_ids for e in doc.events), doc.dropped
