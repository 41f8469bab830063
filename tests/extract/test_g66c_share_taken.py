"""A share of a named area taken, told on a statement's day (branch g66c), on sentences of our own.

«في المئة» after a taking reads a campaign's sum (modality general). An army or minister's statement of a recent day
that its forces took «65 في المئة من الغوطة» is that day's taking of the area, as ACLED codes it; the sum told with no
statement's day, of no named area, or in a relative clause of another act stays dropped.
"""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-03-21"  # a Wednesday


def _takings(extractor, text):
    doc = read_doc(extractor, text, PUB, "خبر")
    return [(e.sub_event_type, e.location, str(e.event_date)) for e in doc.events if e.event_type == "Battles"]


def test_share_told_on_statement_day_is_a_taking(extractor):
    text = "وأعلنت وزارة الدفاع يوم الثلاثاء أن الجيش السوري استعاد نحو 60 في المئة من الغوطة الشرقية.\n"
    assert _takings(extractor, text) == [("Government regains territory", "Eastern Ghouta", "2018-03-20")]


def test_share_of_an_area_named_after_its_word(extractor):
    text = "وقال الجيش السوري الاثنين إن قواته سيطرت على 75 بالمئة من مساحة الغوطة الشرقية.\n"
    assert _takings(extractor, text) == [("Government regains territory", "Eastern Ghouta", "2018-03-19")]


def test_share_with_no_statement_day_stays_a_sum(extractor):
    text = "وتمكن الجيش السوري من استعادة نحو 60 في المئة من الغوطة الشرقية.\n"
    assert _takings(extractor, text) == []


def test_share_of_unnamed_lands_stays_a_sum(extractor):
    text = "وقال الجيش الثلاثاء إنه استعاد 70 بالمئة من الأراضي التي كانت تحت سيطرة المسلحين.\n"
    assert _takings(extractor, text) == []


def test_day_of_another_act_before_a_relative_clause(extractor):
    text = "وقالت الوكالة الثلاثاء إن الرئيس زار الغوطة الشرقية التي استعادت قواته أكثر من 80 في المئة من مساحة الغوطة الشرقية.\n"
    assert _takings(extractor, text) == []
