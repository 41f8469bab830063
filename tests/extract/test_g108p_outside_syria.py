"""Whole-article audit of articles outside Syria (branch g108p): the part of the body a bullet hit («في منطقة الرأس
والصدر») is no place, so a second telling of a killing is not kept apart at a namesake village (place_words.tsv masks);
«في المقابل» (on the other hand) opens a turn of the report, not the terms of a deal (modality.tsv md-shd-118500)."""
from __future__ import annotations

from marsad_testdata import read_doc


def test_a_body_part_hit_is_no_place(extractor):
    doc = read_doc(extractor, "قالت الشرطة العراقية إن الناشطة سلمى حسن قتلت بعد أن أطلق مسلحون مجهولون النار عليها في "
                              "حي الكرادة ببغداد يوم الخميس. وأوضح مصدر أمني أن المهاجمين اعتدوا عليها بالضرب قبل أن "
                              "يطلقوا عدة رصاصات أصابتها في منطقة الرأس والصدر، أسفرت عن مقتلها في الحال.", "2018-09-28")
    attacks = [e for e in doc.events if e.event_type == "Violence against civilians"]
    assert [(e.location, e.date_start, e.fatalities) for e in attacks] == [("Baghdad", "2018-09-27", 1)]


def test_on_the_other_hand_is_no_term(extractor):
    doc = read_doc(extractor, "ونظم أنصار المحافظ تجمعا أمام مبنى المحافظة في الناصرية يوم الأحد. وفي المقابل، احتج "
                              "مئات الطلاب على قرار إغلاق الجامعة أمام مبنى المحافظة في الناصرية يوم الأحد.", "2018-09-25")
    assert [(e.event_type, e.location) for e in doc.events] == [("Protests", "Nasiriyah")]

