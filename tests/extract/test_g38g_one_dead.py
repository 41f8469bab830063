"""The dead told by a singular noun on sentences of our own (branch g38g): "قتل طفل"، "طفلا قتل"، "مقتل مدني" count one
dead; a singular one of a count told before ("ستة أشخاص من بينهم طفلة قتلوا") does not; and a merge with a counted
report of the same strike keeps the count (the singular reading is weaker than any number)."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-03-12"  # a Monday
EXPL = "Explosions/Remote violence"


def _strikes(extractor, text):
    return [e for e in read_doc(extractor, text, PUB).events if e.event_type == EXPL]


@pytest.mark.parametrize("text", [
    "وقال الدفاع المدني إن طفلا قتل الأحد في بلدة حمورية جراء قصف مدفعي.",
    "قتل مدني وأصيب ثلاثة آخرون الأحد جراء غارة جوية على بلدة حمورية.",
    "أسفرت غارة جوية الأحد على بلدة حمورية عن مقتل امرأة وإصابة خمسة مدنيين.",
])
def test_a_singular_victim_is_one_dead(extractor, text):
    evs = _strikes(extractor, text)
    assert [e.fatalities for e in evs] == [1], [(e.location, e.fatalities) for e in evs]


def test_one_of_a_count_told_before_is_not_the_dead(extractor):
    evs = _strikes(extractor, "وقال مسعفون إن ستة أشخاص من بينهم طفلة قتلوا الأحد في غارات جوية على بلدة حمورية.")
    assert evs and all(e.fatalities != 1 for e in evs), [(e.location, e.fatalities) for e in evs]


def test_a_counted_report_of_the_same_strike_is_not_lowered(extractor):
    text = ("قتل تسعة مدنيين الأحد جراء غارات جوية على بلدة حمورية في الغوطة الشرقية. "
            "وقال الدفاع المدني إن طفلا قتل في الغارات على بلدة حمورية.")
    evs = _strikes(extractor, text)
    assert [e.fatalities for e in evs] == [9], [(e.location, e.fatalities) for e in evs]
