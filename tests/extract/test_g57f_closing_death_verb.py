"""A plural verb of death closing a long counted subject (branch g57f): "سبعة عناصر من حلفاء القوات الحكومية الأجانب
قتلوا في انفجار" counts seven dead however many words stand between the number and the verb; a sum of two counts, a
count of the wounded or a mark between are left to the nearest-word rule."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-03-12"  # a Monday
EXPL = "Explosions/Remote violence"


def _dead(extractor, text):
    return [e.fatalities for e in read_doc(extractor, text, PUB).events if e.event_type == EXPL]


def test_a_long_counted_subject_before_the_verb_is_the_dead(extractor):
    text = "وقال المرصد إن سبعة عناصر من حلفاء القوات الحكومية الأجانب قتلوا الأحد في انفجار عبوة ناسفة بمدينة الميادين."
    assert _dead(extractor, text) == [7]


def test_a_long_subject_of_martyrs_is_counted_too(extractor):
    text = "وقال الدفاع المدني إن تسعة أشخاص من سكان الحي القديم في البلدة استشهدوا الأحد جراء غارة جوية على بلدة حمورية."
    assert _dead(extractor, text) == [9]


def test_the_wounded_before_the_verb_are_not_the_dead(extractor):
    text = ("قتل ثمانية أشخاص وأصيب 12 آخرون الأحد بانفجار عبوة ناسفة خلال تشييع مقاتلين من العشائر قتلوا "
            "السبت في بلدة الشرقاط.")
    assert 12 not in _dead(extractor, text)
