"""An explicit day closing one sentence, carried to the act the next sentence opens on «فقد/وقد»
with no day of its own (branch g97b): the act took place that day, so an old day makes it
history (background), a recent one dates it, rather than the report's day."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-07-17"  # a Tuesday


def _events(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published=PUB)))
    return [(e.event_type, e.sub_event_type, e.event_date) for e in doc.events]


def test_old_day_told_before_faqad_is_history(extractor):
    text = ("تلقت العائلة نبأ مفجعا صباح الـ 9 من تشرين الثاني / نوفمبر 2016. "
            "فقد خطف مسلحون سبعة رعاة في بادية الأنبار.\n")
    assert _events(extractor, text) == []


def test_old_year_told_before_waqad_is_history(extractor):
    text = ("وعاد المهندس إلى قريته في الشهر الأخير من عام 2014. "
            "وقد خطف مسلحون شقيقه في قضاء الحويجة.\n")
    assert _events(extractor, text) == []


def test_recent_day_told_before_dates_the_act(extractor):
    # not the lead: the lead's day would be the context's day anyway
    text = ("قال الجيش العراقي يوم الاثنين إنه أحبط هجوما في كركوك. "
            "واستيقظ سكان الحي على أصوات الرصاص فجر الجمعة 13 تموز 2018. "
            "فقد خطف مسلحون سبعة رعاة في بادية الأنبار.\n")
    got = _events(extractor, text)
    assert [(t, s, d) for t, s, d in got] == [
        ("Violence against civilians", "Abduction/forced disappearance", "2018-07-13")]


def test_since_year_is_not_carried(extractor):
    # "منذ 2015" closing the sentence before is when a state began, not the act's day: the act keeps the report's time
    text = "تعيش المنطقة فوضى أمنية منذ 2015. فقد خطف مسلحون سبعة رعاة في بادية الأنبار.\n"
    got = _events(extractor, text)
    assert [(t, s) for t, s, _ in got] == [("Violence against civilians", "Abduction/forced disappearance")]
