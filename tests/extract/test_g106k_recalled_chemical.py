"""Acts recalled in later articles (g106k): a chemical attack told in the «كيمياوي» spelling or as «الهجوم بالكيماوي»
is the attack «الهجوم الكيماوي» names. Recalled with a day (or a week) of its own within a month of the report, it is
coded on that day at its place; told with an old year it stays background."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep


def _doc(extractor, text, published):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _chemical(doc):
    return [(e.date_start, e.location) for e in doc.events if e.sub_event_type == "Chemical weapon"]


@pytest.mark.parametrize("text", [
    "طالب وزير الخارجية الفرنسي بمحاسبة المسؤولين عن الهجوم الكيمياوي على بلدة سراقب في الرابع من شباط.",
    "طالب وزير الخارجية الفرنسي بمحاسبة المسؤولين عن الهجوم بالكيماوي على بلدة سراقب في الرابع من شباط.",
])
def test_a_recalled_attack_told_in_the_other_spelling_keeps_its_day_and_place(extractor, text):
    doc = _doc(extractor, text, "2018-02-12")
    assert _chemical(doc) == [("2018-02-04", "Saraqib")]


def test_the_last_week_of_a_known_attack_in_the_other_spelling(extractor):
    # the Douma attack of 7 April recalled "last week" on the Friday after: a week that holds its day
    doc = _doc(extractor, "أكدت الحكومة البريطانية، الجمعة، أن لديها ما يثبت مسؤولية دمشق عن الهجوم الكيمياوي "
                          "على مدينة دوما الأسبوع الماضي.", "2018-04-13")
    chem = [e for e in doc.events if e.sub_event_type == "Chemical weapon"]
    assert [e.location for e in chem] == ["Dūmā"]
    assert chem[0].date_start <= "2018-04-07" <= chem[0].date_end


def test_an_old_attack_in_the_other_spelling_stays_background(extractor):
    doc = _doc(extractor, "طالب وزير الخارجية الفرنسي بمحاسبة المسؤولين عن الهجوم الكيمياوي على بلدة سراقب "
                          "في الرابع من شباط 2016.", "2018-02-12")
    assert _chemical(doc) == []


def test_an_alleged_gas_attack_recalled_with_its_day(extractor):
    # «مفترض» between the attack and its weapon: the phrase is the chemical attack, dated by its own day
    doc = _doc(extractor, "وصل المحققون الدوليون إلى بلدة سراقب للتحقيق في هجوم مفترض بغاز سام وقع في البلدة "
                          "في الرابع من شباط.", "2018-02-12")
    assert _chemical(doc) == [("2018-02-04", "Saraqib")]
