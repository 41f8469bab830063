"""What the act's place is only said to be near is no place of the act when the sentence names another (q26b):
"الغوطة الشرقية القريبة من دمشق" is at the Ghouta, "على بعد 170 كيلومترا من بغداد" is not Baghdad; alone, it stays
(near X). Where the wounded are carried to is no place of the act either."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-03-06"


def _places(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published=PUB)))
    return [(e.sub_event_type, e.location) for e in doc.events]


@pytest.mark.parametrize("text, sub_event_type, location", [
    ("شنت الطائرات الحربية فجر الاثنين غارات على الغوطة الشرقية القريبة من العاصمة السورية دمشق.",
     "Air/drone strike", "Eastern Ghouta"),
    ("أعلن التلفزيون الرسمي الاثنين التوصل إلى اتفاق مع فصيل في الغوطة الشرقية على الخروج من المنطقة المتاخمة "
     "للعاصمة دمشق.", "Agreement", "Eastern Ghouta"),
    ("عند وصول القافلة إلى مدخل مدينة تكريت، على بعد 170 كيلومترا من بغداد، اندلعت اشتباكات مع مسلحين مساء الأحد.",
     "Armed clash", "Tikrīt"),
])
def test_a_place_only_said_to_be_near_gives_way_to_the_place_named(extractor, text, sub_event_type, location):
    assert (sub_event_type, location) in _places(extractor, text), _places(extractor, text)


def test_a_place_said_to_be_near_stays_when_the_sentence_names_no_other(extractor):
    placed = _places(extractor, "قصفت المدفعية مساء الأحد منطقة زراعية قريبة من بلدة داعل.")
    assert [p for _, p in placed] == ["Dā‘il"], placed


def test_where_the_wounded_are_carried_to_is_no_place_of_the_act(extractor):
    # the second sentence tells the same clash (at Baqubah), not one at Baghdad
    doc = extractor(MetaStep()(Document(published=PUB, text=(
        "قال مسؤول أمني إن اشتباكات اندلعت مساء الأحد بين مسلحين وقوة للجيش في مدينة بعقوبة.\n"
        "وأضاف أن الاشتباكات أسفرت عن إصابة ثلاثة جنود نقلوا إلى مدينة بغداد للعلاج."))))
    assert [(e.location, "tr-clash-28" in e.rule_ids) for e in doc.events] == [("Baqubah", True)], \
        [(e.location, e.rule_ids) for e in doc.events]


def test_a_place_in_the_speakers_words_is_no_other_place(extractor):
    placed = _places(extractor, "وقال قيادي في فصيل معارض في الغوطة الشرقية إن ثلاثة مدنيين قتلوا الأحد في قصف جوي "
                                "على مزارع قريبة من بلدة داعل.")
    assert "Dā‘il" in [p for _, p in placed], placed
