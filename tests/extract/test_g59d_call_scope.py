"""Calls and conditions, branch g59d, on sentences of our own: a call covers the same act listed again and its means
after a long object; the verb of a relative clause after the called-for noun tells what happened (with a day of its own)."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-05-10"  # a Thursday
SHELL = "Shelling/artillery/missile attack"


def _strikes(extractor, text):
    return [e for e in read_doc(extractor, text, PUB).events if e.event_type == "Explosions/Remote violence"]


@pytest.mark.parametrize("text", [
    # the same act listed again after a long object ("وقصف" 7 words after "القصف"): the call covers it (_same_act_listed)
    "وجدد المبعوث الخميس دعوته إلى هدنة عاجلة لمنع القصف العنيف على بلدات الريف الشمالي المحاصرة وقصف مدينة حماة بقذائف الهاون.",
    # the means of an act called off ("بقذائف" after "وقصف مدينة حماة") is not used either (_means_of)
    "وجدد المبعوث الخميس دعوته إلى هدنة عاجلة لمنع القصف العنيف لبلدات الريف وقصف مدينة حماة بقذائف الهاون.",
])
def test_call_covers_listed_act_and_means(extractor, text):
    assert not _strikes(extractor, text)


def test_told_shelling_with_means_stays(extractor):
    text = "وأعلن المرصد أن الطائرات قصفت الأربعاء بلدات الريف الشمالي المحاصرة وقصفت مدينة حماة بقذائف الهاون."
    assert _strikes(extractor, text)


@pytest.mark.parametrize("text, rule", [
    ("ودعا الوزير إلى وقف القصف الذي استهدف أمس بلدة كفرنبل في ريف إدلب وأسفر عن مقتل خمسة مدنيين.", "own-day:md-rel-2"),
    ("وطالب المجلس بإنهاء الغارات التي استهدفت الثلاثاء مدينة دوما وأسفرت عن مقتل عشرة مدنيين.", "own-day:md-rel-1"),
])
def test_relative_clause_with_own_day_under_call(extractor, text, rule):
    """The call governs the noun it names; the relative clause's verb with a recent day of its own is news."""
    got = _strikes(extractor, text)
    assert len(got) == 1 and rule in got[0].rule_ids


def test_relative_clause_without_day_stays_dropped(extractor):
    doc = read_doc(extractor, "ودعا الوزير إلى وقف القصف الذي يستهدف بلدات ريف إدلب.", PUB)
    assert not doc.events
    assert "modality:relative" in {d["reason"] for d in doc.dropped}


def test_studying_a_strike_is_no_strike(extractor):
    """"لدراسة شن ضربة" (md-int-39600): a strike weighed has not been carried out."""
    text = "ودفع الهجوم الكيميائي الولايات المتحدة وحلفاءها لدراسة شن ضربة عسكرية على مطار الشعيرات في سوريا."
    assert not [e for e in _strikes(extractor, text) if e.sub_event_type == "Air/drone strike"]
    assert "modality:intention" in {d["reason"] for d in read_doc(extractor, text, PUB).dropped}
