"""«حول» (about) after "there are reports" or an inquiry tells a happening reported as done (branch g71b), on sentences
of our own; «حول» after a statement about a plan stays a general statement (md-gen-7)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-07-05"  # a Thursday


def _subs(extractor, text: str) -> list[str]:
    return [e.sub_event_type for e in read_doc(extractor, text, PUB).events]


def test_there_are_reports_about_air_strikes_is_a_strike(extractor):
    subs = _subs(extractor, "وقال المسؤول إن هناك تقارير حول الضربات الجوية على بلدة طفس في محافظة درعا، ما أسفر "
                            "عن مقتل مدنيين.")
    assert "Air/drone strike" in subs


def test_an_inquiry_about_a_shelling_is_the_shelling(extractor):
    subs = _subs(extractor, "وفتحت الشرطة تحقيقا حول القصف المدفعي على بلدة طفس في محافظة درعا أمس الأربعاء.")
    assert "Shelling/artillery/missile attack" in subs


def test_a_statement_about_a_withdrawal_stays_general(extractor):
    subs = _subs(extractor, "وأثارت تصريحات الرئيس حول الانسحاب من بلدة طفس في محافظة درعا تساؤلات كثيرة.")
    assert subs == []
