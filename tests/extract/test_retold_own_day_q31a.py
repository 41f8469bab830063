"""Happenings retold with their own day (q31a): a recalled happening (a reason, the start of a counted span) told
with a recent day of its own right after it is a happening of the news on that day, even when a nearer day told
before it belongs to the main clause."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-02"  # a Wednesday; "الاثنين" is 2018-04-30, "الجمعة الماضي" 2018-04-27


def _doc(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _kept(doc):
    return sorted((e.sub_event_type, e.date_start) for e in doc.events)


def test_a_reason_keeps_its_own_day_told_after_it(extractor):
    doc = _doc(extractor, "ونفذت القوات العراقية حملة اعتقالات في كركوك فجر الاثنين ردا على تفجير انتحاري استهدف "
                          "حاجزا للجيش في قضاء الحويجة يوم الجمعة الماضي.")
    assert ("Suicide bomb", "2018-04-27") in _kept(doc)
    bomb = next(e for e in doc.events if e.sub_event_type == "Suicide bomb")
    assert "own-day-after" in bomb.rule_ids


def test_a_day_far_in_a_nested_clause_is_not_the_reasons(extractor):
    doc = _doc(extractor, "ونفذت القوات العراقية حملة اعتقالات في كركوك فجر الاثنين ردا على تفجير انتحاري اتهمت "
                          "السلطات المحلية خلية من تنظيم داعش بتنفيذه في قضاء الحويجة يوم الجمعة الماضي.")
    assert "Suicide bomb" not in {e.sub_event_type for e in doc.events}


def test_the_happening_a_span_is_counted_from_keeps_its_own_day(extractor):
    doc = _doc(extractor, "وعقد المجلس اجتماعا طارئا بعد يومين على غارات شنتها طائرات التحالف فجر الاثنين على "
                          "قرية قرب مدينة البوكمال.")
    assert _kept(doc) == [("Air/drone strike", "2018-04-30")]
    assert "own-day:span-from" in doc.events[0].rule_ids


def test_the_happening_a_span_is_counted_from_with_no_day_is_dated_back_from_the_report(extractor):
    # g99h: with no day of its own, the act two days before an undated clause (the report's day, publication or the
    # day before) is two days before either (span-back-point-64800), news, no longer background
    doc = _doc(extractor, "وعقد المجلس اجتماعا طارئا بعد يومين على غارات شنتها طائرات التحالف على قرية قرب "
                          "مدينة البوكمال.")
    assert [(e.sub_event_type, str(e.date_start), str(e.date_end)) for e in doc.events] == [
        ("Air/drone strike", "2018-04-29", "2018-04-30")]
    assert "span-back-point-64800" in doc.events[0].rule_ids
