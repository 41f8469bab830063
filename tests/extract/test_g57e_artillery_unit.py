"""«المدفعية» right after a unit or arm word names the unit, not a shelling (branch g57e), on sentences of our own.

«وحدة المدفعية» attacked is a clash on the unit, «سلاح المدفعية» withdrawn is a weapon handed back; a shelling told
with its own verb stays a shelling.
"""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-05-27"  # a Sunday


def _run(extractor, text):
    return read_doc(extractor, text, PUB, "تقرير")


def _shellings(doc):
    return [e for e in doc.events if e.sub_event_type == "Shelling/artillery/missile attack"]


def _drops(doc):
    return {(d["reason"], d.get("rule_id")) for d in doc.dropped}


def test_artillery_unit_attacked_is_no_shelling(extractor):
    doc = _run(extractor, "وقالت وزارة الدفاع الروسية أمس إن جنديين قتلا عندما تعرضت وحدة المدفعية التي يخدمان فيها "
                          "قرب مدينة الميادين إلى هجوم ليلي.\n")
    assert _shellings(doc) == []
    assert ("modality:sense", "tr-shell-22") in _drops(doc)


def test_artillery_arm_withdrawn_is_no_shelling(extractor):
    doc = _run(extractor, "وأعلنت الفصائل أمس أنها سحبت سلاح المدفعية من خطوط التماس في ريف إدلب.\n")
    assert _shellings(doc) == []
    assert ("modality:sense", "tr-shell-22") in _drops(doc)


def test_shelling_told_with_its_verb_stays(extractor):
    doc = _run(extractor, "وقصفت قوات النظام أمس بسلاح المدفعية بلدة كفرنبل في ريف إدلب.\n")
    assert [e.location for e in _shellings(doc)] == ["Kafranbel"]
