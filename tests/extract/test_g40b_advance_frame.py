"""The noun «تقدم» (advance) named as a frame is no clash (branch g40b), on sentences of our own.

«مع تقدم القوات» dates a flight or a surrender, «أدى تقدم الجيش إلى» names the cause of something else, and the
definite «التقدم» or «أي تقدم» is progress talked about. «حققت القوات تقدما» stays a clash.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday


def _battles(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB)))
    return [(e.sub_event_type, e.location_text) for e in doc.events if e.event_type == "Battles"]


def test_flight_with_the_advance_is_no_clash(extractor):
    text = "وفر مئات المدنيين الأربعاء من بلدة كفرنبل في ريف إدلب مع تقدم القوات الحكومية.\n"
    assert _battles(extractor, text) == []


def test_advance_as_a_cause_is_no_clash(extractor):
    text = "وأدى تقدم القوات الحكومية في ريف حماة الشمالي الأربعاء إلى نزوح آلاف الأسر.\n"
    assert _battles(extractor, text) == []


def test_definite_progress_talked_about_is_no_clash(extractor):
    text = "وقال الوزير الأربعاء إن بلاده تدعم التقدم الكبير للجيش في ريف حماة الشمالي.\n"
    assert _battles(extractor, text) == []


def test_any_advance_is_no_clash(extractor):
    text = "ومنعت الهجمات الجيش السوري من تحقيق أي تقدم في بلدة اللطامنة الأربعاء.\n"
    assert _battles(extractor, text) == []


def test_surrender_because_of_the_advance_is_no_clash(extractor):
    text = "وسلم عشرات المسلحين أنفسهم الأربعاء في بلدة اللطامنة بسبب تقدم الجيش السوري.\n"
    assert _battles(extractor, text) == []


def test_progress_made_stays_a_clash(extractor):
    text = "وحققت القوات الحكومية الأربعاء تقدما في ريف حماة الشمالي بعد اشتباكات مع مسلحي المعارضة.\n"
    assert _battles(extractor, text) != []
