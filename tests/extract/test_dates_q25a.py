"""The day of the happening, third round (q25a): a weekday told alone after a word of what is scheduled or about to
start ("من المقرر"، "يبدأ"، "سيبدأ") is the coming one, not the last; a sequence or a plan told of the past keeps it."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-03"  # a Thursday: the last Saturday is 2018-04-28, the coming one 2018-05-05


def _doc(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _dates(doc):
    return [(e.date_start, e.date_end) for e in doc.events]


def test_a_scheduled_weekday_does_not_date_the_lead(extractor):
    # the lead's day would date the undated agreement; a coming Saturday is no day of it
    doc = _doc(extractor, "أعلنت وسائل إعلام رسمية التوصل إلى اتفاق مع فصيل فيلق الرحمن على الانسحاب من بلدة "
                          "عربين. ومن المقرر أن يبدأ تنفيذ الاتفاق صباح السبت.")
    assert doc.events and all(ds != "2018-04-28" for ds, _ in _dates(doc))
    assert ("2018-05-02", "2018-05-03") in _dates(doc)


def test_the_coming_day_of_a_verb_after_the_trigger_is_not_the_triggers(extractor):
    doc = _doc(extractor, "أعلن التلفزيون الرسمي التوصل إلى اتفاق في بلدة عربين يبدأ تنفيذه صباح السبت.")
    agreements = [e for e in doc.events if e.sub_event_type == "Agreement"]
    assert agreements and agreements[0].date_start == "2018-05-02"
    assert not [d for d in doc.dropped if d["reason"] == "modality:future date"]


def test_a_scheduled_start_on_a_coming_day_is_no_happening(extractor):
    doc = _doc(extractor, "وسيبدأ انسحاب المقاتلين من بلدة عربين صباح السبت.")
    assert not doc.events


def _days(extractor, text, published=PUB):
    rec = extractor.recognize(MetaStep()(Document(text=text, published=published)))
    return [d.date_start.isoformat() for d in rec["dates"]]


def test_a_sequence_told_of_the_past_keeps_the_last_day(extractor):
    assert _days(extractor, "عززت القوات مواقعها جنوب دمشق، قبل أن تبدأ قصفا مركزا على المخيم السبت.") == [
        "2018-04-28"]


def test_a_plan_told_of_the_past_keeps_the_last_day(extractor):
    assert _days(extractor, "وكان من المتوقع أن يبدأ فريق المفتشين عمله السبت.") == ["2018-04-28"]


def test_a_future_verb_of_holding_makes_the_day_coming(extractor):
    assert _days(extractor, "وسوف يعقد الرئيسان قمة في طهران السبت.") == ["2018-05-05"]


def test_a_weekday_alone_stays_the_last_one(extractor):
    doc = _doc(extractor, "قصفت القوات الحكومية مخيم اليرموك السبت.")
    assert _dates(doc) == [("2018-04-28", "2018-04-28")]
