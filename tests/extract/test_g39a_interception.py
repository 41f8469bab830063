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


LATER = ("عقد مجلس الأمن الدولي جلسة طارئة السبت لبحث الوضع في سوريا. "
         "ومن بين 50 صاروخا أطلقتها الدول الغربية، أسقطت الدفاعات السورية 30 صاروخا.")


def test_missiles_met_by_named_air_defences_are_a_report(extractor):
    # told once, after the lead, with no source: the named air defences support it (step._projectiles_met_by_defences)
    doc = _run(extractor, LATER, published="2018-04-15")
    dwu = [e for e in doc.events if e.sub_event_type == "Disrupted weapons use"]
    assert [e.actor1 for e in dwu] == ["Military Forces of Syria (2000-)"]


def test_a_downed_warplane_told_later_gets_no_such_support(extractor):
    # a warplane's downing is retold as background for weeks: no raise for it
    doc = _run(extractor, "عقد مجلس الأمن الدولي جلسة طارئة السبت لبحث الوضع في سوريا. "
                          "وكانت الدفاعات السورية قد أسقطت خلال الهجوم مقاتلة إسرائيلية من طراز إف 16.",
               published="2018-04-15")
    assert not [e for e in doc.events if e.sub_event_type == "Disrupted weapons use"]
