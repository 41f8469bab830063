"""Merged tolls (branch g42e): a lower toll told with another kind of act than the event's own does not lower the
event's toll when the mentions merge (merge._other_act_toll); between reports of one act the lowest still wins."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-07-18"  # a Wednesday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def test_a_car_bombs_dead_do_not_lower_the_air_strikes_toll(extractor):
    doc = _run(extractor, "قتل 17 مدنيا في غارات جوية استهدفت مساء الثلاثاء مدينة نوى في ريف درعا الغربي. "
                          "وأسفر تفجير سيارة مفخخة قرب المدينة عن مقتل تسعة عناصر من قوات النظام.")
    strikes = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert strikes and max(e.fatalities for e in strikes) == 17


def test_two_reports_of_one_strike_keep_the_lower_figure(extractor):
    doc = _run(extractor, "قتل 17 مدنيا في غارات جوية استهدفت مساء الثلاثاء مدينة نوى في ريف درعا الغربي. "
                          "وأسفرت الغارات الجوية على نوى عن مقتل 15 مدنيا بحسب مصدر طبي.")
    strikes = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert [e.fatalities for e in strikes] == [15]
