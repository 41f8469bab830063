"""A taking of a share of a region told with its own weekday just before it is that day's advance (branch g95b).

«تمكنت القوات يوم الأربعاء من استعادة السيطرة على أكثر من نصف مساحة ...» is the day's news; the same words with a
since or so-far word («منذ»، «حتى الآن»)، a pluperfect recall, or the day on a report of speech («قال الجيش الجمعة إنه
استعاد») stay a campaign summary (md-gen-17410..17413). Sentences of our own.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday


def _takings(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB)))
    return [(e.sub_event_type, str(e.event_date)) for e in doc.events if e.event_type == "Battles"]


def test_share_taken_on_its_own_day_is_news(extractor):
    text = "وتمكنت القوات الحكومية بعد وصول تعزيزات كبيرة الأربعاء من استعادة السيطرة على أكثر من نصف مساحة ريف حماة الشمالي.\n"
    assert _takings(extractor, text) == [("Government regains territory", "2018-05-09")]


def test_most_of_a_region_on_its_own_day_is_news(extractor):
    text = "وتمكن الجيش السوري الثلاثاء من استعادة السيطرة على معظم قرى ريف حماة الشمالي.\n"
    assert _takings(extractor, text) == [("Government regains territory", "2018-05-08")]


def test_so_far_keeps_the_summary(extractor):
    text = "وتمكنت القوات الحكومية الأربعاء من استعادة السيطرة حتى الآن على أكثر من نصف مساحة ريف حماة الشمالي.\n"
    assert _takings(extractor, text) == []


def test_since_keeps_the_summary(extractor):
    text = "ومنذ بدء الهجوم تمكنت القوات الحكومية الأربعاء من استعادة السيطرة على أكثر من نصف مساحة ريف حماة الشمالي.\n"
    assert _takings(extractor, text) == []


def test_the_day_of_a_claim_is_not_the_takings(extractor):
    text = "وقال الجيش الأربعاء إنه استعاد السيطرة على معظم قرى ريف حماة الشمالي.\n"
    assert _takings(extractor, text) == []


def test_no_day_keeps_the_summary(extractor):
    text = "وتمكنت القوات الحكومية من استعادة السيطرة على أكثر من نصف مساحة ريف حماة الشمالي.\n"
    assert _takings(extractor, text) == []
