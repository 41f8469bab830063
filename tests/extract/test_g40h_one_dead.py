"""One dead told without a number, on sentences of our own (branch g40h): a word of death carrying a singular pronoun
("لقي طفل حتفه"، "أدى إلى مقتله": function_words one_dead), a singular victim of an attack on civilians right
after the killing word ("قتلت الناشطة"، "مقتل متظاهر"), also past unnamed killers ("قتل مسلحون مجهولون فتاة":
killer_words)."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-03-12"  # a Monday


def _dead(extractor, text, event_type):
    return [e.fatalities for e in read_doc(extractor, text, PUB).events if e.event_type == event_type]


@pytest.mark.parametrize("text, event_type", [
    # the pronoun of the word of death is its one dead
    ("أطلق مسلحون مجهولون النار على طفل الأحد في مدينة الموصل ما أدى إلى مقتله.", "Violence against civilians"),
    ("تعرض مدني لإطلاق نار من مسلحين مجهولين الأحد في مدينة الموصل أدى إلى مقتله.", "Violence against civilians"),
    ("انفجرت عبوة ناسفة بسيارة مدير المدرسة الأحد في مدينة الموصل ما أدى إلى مصرعه.", "Explosions/Remote violence"),
    ("أفاد مصدر طبي بأن طفلا واحدا لقي حتفه الأحد جراء قصف مدفعي على بلدة حمورية.", "Explosions/Remote violence"),
    # singular victims of attacks on civilians
    ("قتلت الناشطة هدى علي الأحد بإطلاق نار في مدينة البصرة.", "Violence against civilians"),
    ("قتل مسلحون مجهولون فتاة الأحد في مدينة الموصل.", "Violence against civilians"),
    ("قتل مسلحون مجهولون الصحفي سامر علي الأحد في مدينة كركوك.", "Violence against civilians"),
])
def test_one_dead_without_a_number(extractor, text, event_type):
    assert _dead(extractor, text, event_type) == [1]


def test_a_number_still_counts_the_dead(extractor):
    # the pronoun reading is only for sentences with no number of the dead
    text = "قتل مسلحون مجهولون خمسة مدنيين الأحد في مدينة الموصل بعد أن أطلقوا النار على سيارتهم."
    assert _dead(extractor, text, "Violence against civilians") == [5]


def test_plural_victims_are_not_one(extractor):
    text = "قتل مسلحون مجهولون الصحفيين الأحد في مدينة كركوك."
    assert 1 not in _dead(extractor, text, "Violence against civilians")
