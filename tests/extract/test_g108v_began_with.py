"""Whole-article audit, seed 1109 (branch g108v), on sentences of our own.

A bare «بدأ/بدأت» opening a clause after a comma, taking a strike word by «ب» («، بدأ بقصف عنيف»), after a campaign running
since a day a week or more back, tells how that campaign began over its first days: a tally, no day's strike
(step._began_with, mark began-with-120500). A subject of its own («بدأت القوات بقصف») or a recent day leaves the act.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-12"  # a Thursday


def _strikes(extractor, text, published=PUB):
    doc = extractor(MetaStep()(Document(text=text, title="خبر", published=published)))
    return [(e.sub_event_type, e.location, e.date_start) for e in doc.events
            if e.event_type == "Explosions/Remote violence"]


def test_a_campaign_since_march_that_began_with_shelling_is_no_strike(extractor):
    text = ("وتشن القوات الحكومية منذ 5 مارس هجوما واسعا على ريف حمص الشمالي، بدأ بقصف مدفعي كثيف تبعه تقدم "
            "بري في عدة محاور.\n")
    assert not _strikes(extractor, text), _strikes(extractor, text)


def test_a_campaign_since_weeks_back_that_began_with_strikes_is_no_strike(extractor):
    text = ("وتواصل قوات النظام منذ 20 فبراير حملتها العسكرية على مدينة الرستن، بدأت بغارات جوية مكثفة على "
            "أحيائها السكنية.\n")
    assert not _strikes(extractor, text), _strikes(extractor, text)


def test_shelling_begun_by_a_named_force_today_stays(extractor):
    text = "وبدأت القوات الحكومية اليوم الخميس بقصف مدينة الرستن في ريف حمص الشمالي بالمدفعية الثقيلة.\n"
    assert _strikes(extractor, text), _strikes(extractor, text)


def test_a_campaign_begun_yesterday_keeps_its_shelling(extractor):
    text = "وشنت القوات الحكومية أمس الأربعاء هجوما على مدينة الرستن في ريف حمص، بدأ بقصف مدفعي عنيف.\n"
    assert _strikes(extractor, text), _strikes(extractor, text)
