"""Days carried to acts told in passing (g90c): an act with no day of its own, told within two sentences after an act
of the same kind told with its own recent day, takes that day rather than the lead's (the statement's) day."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-09-09"  # a Sunday; "السبت" is 2018-09-08


def _doc(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _days(doc, sub):
    return sorted((e.location, e.date_start) for e in doc.events if e.sub_event_type == sub)


LEAD = "أعلن الدفاع المدني الأحد حصيلة جديدة لضحايا التصعيد في ريف إدلب. "


def test_an_undated_shelling_after_a_dated_one_takes_its_day(extractor):
    doc = _doc(extractor, LEAD + "وقتل خمسة مدنيين في قصف مدفعي استهدف بلدة سراقب السبت. "
                                 "كما أسفر قصف مدفعي على بلدة كفرنبل عن إصابة ثلاثة أشخاص.")
    days = dict(_days(doc, "Shelling/artillery/missile attack"))
    assert days.get("Kafranbel") == "2018-09-08"


def test_an_act_of_another_kind_keeps_the_leads_day(extractor):
    doc = _doc(extractor, LEAD + "وقتل خمسة مدنيين في قصف مدفعي استهدف بلدة سراقب السبت. "
                                 "واعتقلت قوات الأمن ثلاثة مسلحين في بلدة كفرنبل.")
    assert [d for _, d in _days(doc, "Arrests")] == ["2018-09-09"]
