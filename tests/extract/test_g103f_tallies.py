"""A campaign's toll is no day's event (g103f; sentences of our own): hundreds of dead told on no day of their own
right after a sentence that counts from a start point days back go on with that count, and a toll told "during a
campaign" («خلال حملة التصعيد»، «خلال الحملة العسكرية») sums it. The day's own events keep their day and their dead."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-03-06"


def test_hundreds_dead_after_a_since_sentence_are_its_running_toll(extractor):
    text = ("ومنذ بدء الهجوم على المنطقة، سيطرت القوات على عشرات القرى. "
            "وقتل 430 من المقاتلين خلال المعارك والغارات. وقتل 130 شخصا أمس في غارات على بلدة مسرابا.")
    doc = read_doc(extractor, text, PUB)
    # the day's strike told on a day of its own keeps its dead; the campaign's 430 are a total
    assert sorted(e.fatalities for e in doc.events if e.fatalities) == [130]
    assert 430 in [t["value"] for t in doc.totals]
    # a start point of the last day or two is when the day's shelling began: its toll is the day's
    text = "وتتعرض بلدة مسرابا منذ صباح أمس لقصف عنيف. وقتل 120 شخصا في القصف على البلدة."
    assert 120 in [e.fatalities for e in read_doc(extractor, text, PUB).events]


@pytest.mark.parametrize("span", ["خلال حملة التصعيد الأخيرة", "خلال الحملة العسكرية على المنطقة",
                                  "خلال حملة عسكرية على المنطقة"])
def test_a_toll_told_during_a_campaign_is_a_total(extractor, span):
    text = f"وقال المرصد إن أكثر من 400 شخص قتلوا جراء قصف القوات الحكومية على بلدة دوما {span}."
    doc = read_doc(extractor, text, PUB)
    assert [e.fatalities for e in doc.events if e.fatalities] == []
    assert 400 in [t["value"] for t in doc.totals]
