"""Fighters who «went out» with civilians (branch g71d): «خرج مئات المقاتلين والمدنيين» is an evacuation under a deal,
a transfer of territory (triggers.tsv tr-nvt-5000 needs fighters+evacuees). Only civilians joined to the fighters by «و»
count as evacuees: civilians leaving through corridors the army opened are no evacuation of fighters."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-07-17"  # a Tuesday


def _run(extractor, text):
    return read_doc(extractor, text, PUB)


def _nvt(doc):
    return [e for e in doc.events if "tr-nvt-5000" in e.rule_ids]


def test_fighters_and_civilians_who_went_out_transfer_territory(extractor):
    doc = _run(extractor, "وخرج مئات المقاتلين والمدنيين يوم الأحد من مدينة الرستن باتجاه الشمال.")
    assert [e.sub_event_type for e in _nvt(doc)] == ["Non-violent transfer of territory"], doc.dropped


def test_gunmen_and_civilians_joined_by_and(extractor):
    doc = _run(extractor, "وخرج نحو 500 مسلح ومدني من بلدة تلبيسة يوم الأحد.")
    assert _nvt(doc), doc.dropped


def test_fighters_who_went_out_in_two_batches(extractor):
    # «دفعة*» reads the singular with its endings, not the dual or the plural
    doc = _run(extractor, "وخرج مسلحو الفصائل على دفعتين يوم الأحد من مدينة الرستن باتجاه الشمال.")
    assert _nvt(doc), doc.dropped


def test_civilians_leaving_through_corridors_of_the_forces_are_no_evacuation(extractor):
    doc = _run(extractor, "وخرج آلاف المدنيين يوم الأحد من بلدة تلبيسة عبر ممرات فتحتها القوات الحكومية.")
    assert not _nvt(doc), [(e.sub_event_type, e.rule_ids) for e in doc.events]
