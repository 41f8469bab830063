"""Strategic developments that did not happen (branch q33b), on sentences of our own.

- "لضمان" (to ensure) before an act opens a purpose, as "بهدف" does (modality.tsv md-int-10700);
- imminent in the feminine and the accusative, past the subject ("وشيكا"، "وشيكة": md-fut-10700..10702);
- the nuclear deal with its country between ("اتفاق إيران النووي": md-sense-12 over one token).
"""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc

PUB = "2018-03-05"


@pytest.mark.parametrize("text, reason", [
    ("كثفت الدبلوماسية الفرنسية اتصالاتها الدولية لضمان التوصل إلى هدنة إنسانية في الغوطة الشرقية.",
     "modality:intention"),
    ("قال الرئيس التركي، الإثنين، إن قواته تطوق مدينة عفرين، وإن دخول وسط المدينة أصبح وشيكا.",
     "modality:future"),
    ("وفرضت واشنطن، الإثنين، عقوبات جديدة على قادة حزب الله بعد انسحابها من اتفاق إيران النووي.",
     "modality:sense"),
])
def test_not_a_happening(extractor, text, reason):
    doc = read_doc(extractor, text, PUB, title="تطورات")
    assert not doc.events, [(e.sub_event_type, e.location_text) for e in doc.events]
    assert any(d["reason"] == reason for d in doc.dropped), doc.dropped


@pytest.mark.parametrize("text, expected", [
    ("أعلنت الفصائل، الإثنين، التوصل إلى هدنة إنسانية مع القوات الحكومية في الغوطة الشرقية.", "Agreement"),
    ("دخلت القوات التركية، الإثنين، وسط مدينة عفرين بعد انسحاب المقاتلين الأكراد منها.", None),
])
def test_the_happening_itself_stays(extractor, text, expected):
    doc = read_doc(extractor, text, PUB, title="تطورات")
    assert doc.events, doc.dropped
    if expected:
        assert [e.sub_event_type for e in doc.events] == [expected], doc.dropped
