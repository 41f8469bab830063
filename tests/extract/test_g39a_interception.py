"""Interceptions and strikes told in one report (branch g39a): a missile intercepted in one country is no face of
strikes in another country told on those days (filters.without_interceptions_of_strikes)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday

TEXT = ("شنت طائرات إسرائيلية الأربعاء غارات جوية على مواقع عسكرية في ريف دمشق. "
        "وفي سياق آخر، أعلنت الدفاعات الجوية السعودية الأربعاء اعتراض صاروخ بالستي أطلقه الحوثيون باتجاه مدينة جازان.")


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def test_an_interception_in_another_country_stays_beside_a_strike(extractor):
    doc = _run(extractor, TEXT)
    dwu = [e for e in doc.events if e.sub_event_type == "Disrupted weapons use"]
    assert [e.country for e in dwu] == ["Saudi Arabia"]
    assert "interception: the defender's side of a strike told on the same days" not in {d["reason"] for d in doc.dropped}


def test_an_interception_of_the_strike_in_its_country_is_still_its_face(extractor):
    # the design stays: Syrian air defences meeting the Israeli missiles of that day are the strike's other side
    doc = _run(extractor, "شنت طائرات إسرائيلية الأربعاء غارات جوية على مواقع عسكرية في ريف دمشق. "
                          "وقالت وكالة سانا إن الدفاعات الجوية السورية أسقطت الأربعاء عددا من الصواريخ الإسرائيلية.")
    assert [e.sub_event_type for e in doc.events] == ["Air/drone strike"]
