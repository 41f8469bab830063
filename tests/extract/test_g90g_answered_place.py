"""The town of the happening a lead sentence's act answers ("ردا على الهجوم ... على مدينة X") is neither the context
place of that act nor the document's place (branch g90g), on sentences of our own."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

SHELLING = "Shelling/artillery/missile attack"


def _places(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published="2018-03-05")))
    return [e.location for e in doc.events if e.sub_event_type == SHELLING]


@pytest.mark.parametrize("text, place", [
    # the strike's sentence names only the answered town; the next sentence, with no act, tells where it fell
    ("أعلنت قوات سوريا الديمقراطية قصف مواقع عسكرية للجيش التركي، ردا على الهجوم التركي على مدينة عفرين. وتقع"
     " المواقع في ولاية هاتاي التركية.", "Hatay"),
    ("قصفت الفصائل المسلحة مواقع للجيش السوري ليل الأحد، ردا على الغارات على مدينة دوما. وتقع المواقع في حي جوبر"
     " بدمشق.", "Jobar"),
])
def test_answered_town_is_not_the_lead_acts_place(extractor, text, place):
    assert _places(extractor, text) == [place]


def test_answered_town_alone_gives_no_place(extractor):
    # nothing else is named: the answered town is still not where the shelling fell
    assert _places(extractor, "قصفت الفصائل المسلحة مواقع للجيش السوري ليل الأحد، ردا على الغارات على مدينة دوما.") \
        == [None]


def test_fronted_reason_keeps_the_acts_town(extractor):
    # "وردا على ذلك" opens the sentence: the town told after it is the act's own
    text = "وردا على ذلك، قصفت الفصائل المسلحة مواقع للجيش السوري في مدينة حرستا. وقال ناشطون إن القصف كان عنيفا."
    assert _places(extractor, text) == ["Ḩarastā"]
