"""Chemical attacks told again (branch g85a), on sentences of our own.

A year after an attack ("بعد عام من الهجوم") is its anniversary, not the attack; a fact-finding mission's conclusion
("بعثة تقصي الحقائق خلصت إلى ...") comes months after it. Chlorine spelled «الكلورين» is chlorine: a fresh attack told
with it is a chemical attack.
"""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc


CHEM = "Chemical weapon"


def _chemical(doc):
    return [e for e in doc.events if e.sub_event_type == CHEM]


@pytest.mark.parametrize("text", [
    "طالب وزراء أوروبيون، يوم الخميس، بمعاقبة المسؤولين بعد عام من الهجوم بغاز السارين على بلدة اللطامنة.",
    "تظاهر العشرات، الأحد، في إدلب بعد عامين من الهجوم بغاز الكلور على مدينة سراقب.",
])
def test_a_year_after_an_attack_is_its_anniversary(extractor, text):
    doc = read_doc(extractor, text, "2018-03-25")
    assert not _chemical(doc), [(e.event_date, e.location) for e in doc.events]
    assert any(d["reason"] == "modality:background" for d in doc.dropped), doc.dropped


def test_a_fact_finding_conclusion_is_no_new_attack(extractor):
    text = ("وأعلنت المنظمة، الثلاثاء، أن بعثة تقصي الحقائق التابعة لها في مدينة اللطامنة خلصت إلى انبعاث غاز الكلور "
            "من أسطوانة سقطت على مستشفى البلدة.")
    doc = read_doc(extractor, text, "2018-06-12")
    assert not _chemical(doc), [(e.event_date, e.location) for e in doc.events]
    assert any(d["reason"] == "modality:legal" for d in doc.dropped), doc.dropped


def test_chlorine_spelled_alkloreen_is_a_chemical_attack(extractor):
    text = "أصيب عشرة مدنيين بحالات اختناق، يوم السبت، إثر تعرضهم لغاز الكلورين في بلدة حمورية بالغوطة الشرقية."
    doc = read_doc(extractor, text, "2018-03-04")
    chem = _chemical(doc)
    assert [e.location for e in chem] == ["Hamouriyah"], [(e.sub_event_type, e.location) for e in doc.events]
    assert "tr-chem-54913" in chem[0].rule_ids
    assert str(chem[0].event_date) == "2018-03-03"
