"""Statements kept as events, on sentences of our own (branch g37c): a warning reaches what it warns of after
"من/مغبة" though the one warned and an aside stand between; a happening called fake did not happen; demanding,
being compelled to and being determined to tell what is asked or meant."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-05-10"  # a Thursday
VIOLENT = ("Explosions/Remote violence", "Battles", "Strategic developments")


def _run(extractor, text, published=PUB):
    return read_doc(extractor, text, published)


def _violent(doc):
    return [e for e in doc.events if e.event_type in VIOLENT]


@pytest.mark.parametrize("text", [
    # the one warned and a relative clause about it stand between the warning and "من" (frames._warned_of)
    "حذرت وزارة الدفاع الروسية الأربعاء الدول الغربية، التي تحشد سفنها الحربية قبالة الساحل منذ أيام، من استهداف "
    "مطار حماة العسكري.",
    # "من مغبة": the act after it is warned of
    "وحذر وزير الخارجية الإيراني في مؤتمر صحفي عقده في طهران مساء الأربعاء القوات الأمريكية من مغبة قصف مطار حماة "
    "العسكري.",
    # a verbal noun joined by "و" to the object warned of, beyond the object's own reach
    "حذرت موسكو الأربعاء واشنطن، التي تعد لضربة منذ أيام، من إسقاط أي طائرة روسية في الأجواء السورية فوق الساحل، "
    "واستهداف مطار حماة العسكري.",
])
def test_what_a_warning_warns_of_did_not_happen(extractor, text):
    doc = _run(extractor, text)
    assert not _violent(doc), [(e.sub_event_type, e.rule_ids) for e in doc.events]
    assert "modality:threat" in {d["reason"] for d in doc.dropped}, doc.dropped


def test_a_strike_told_beside_a_warning_stands(extractor):
    # the strike is told with its own preposition ("في غارات"), not as what the warning warns of
    doc = _run(extractor, "حذر المرصد الخميس من كارثة إنسانية في المنطقة، بعد مقتل عشرة مدنيين في غارات جوية على "
                          "بلدة كفرنبل الأربعاء.")
    assert _violent(doc), doc.dropped


@pytest.mark.parametrize("text", [
    "وقال مسؤول روسي إن هجوما كيماويا مزيفا وقع الأربعاء في بلدة كفرنبل.",  # md-neg-13900
    "وقال مسؤول روسي إن هجوما كيماويا مفبركا وقع الأربعاء في بلدة كفرنبل.",  # md-neg-13903
])
def test_a_happening_called_fake_did_not_happen(extractor, text):
    doc = _run(extractor, text)
    assert not _violent(doc), [(e.sub_event_type, e.rule_ids) for e in doc.events]


@pytest.mark.parametrize("text", [
    # demanding as a circumstantial, the one asked between (md-call-13900)
    "وقال الوزير الأربعاء إن الحملة على حلب لا بد منها، مطالبا كل المقاتلين في المدينة إلقاء السلاح.",
    # compelled to (md-call-13902)
    "وأكد المتحدث الإسرائيلي الأربعاء أن الجيش مضطر لمواصلة الغارات على مواقع إيرانية في سوريا.",
    # determined to (md-int-13903)
    "وقال الرئيس التركي الأربعاء إن قواته مصممة على السيطرة على مدينة منبج.",
])
def test_what_is_asked_or_meant_did_not_happen(extractor, text):
    doc = _run(extractor, text)
    assert not _violent(doc), [(e.sub_event_type, e.rule_ids) for e in doc.events]


@pytest.mark.parametrize("text", [
    # called staged after the happening (md-neg-13905)
    "وقال مسؤول روسي الأربعاء إن الهجوم الكيماوي على بلدة كفرنبل مسرحية أعدتها جهات أجنبية.",
])
def test_what_is_called_staged_did_not_happen(extractor, text):
    doc = _run(extractor, text)
    assert not _violent(doc), [(e.sub_event_type, e.rule_ids) for e in doc.events]
