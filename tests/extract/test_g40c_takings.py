"""Takings (branch g40c), on sentences of our own.

A taking told far from the lead with no day of its own still reports a happening when its sentence names the force
and, right after the trigger, the town it took. An advance into a town after the other side withdrew is a taking,
not a clash.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-06-20"  # a Wednesday

LEAD = ("أعلنت منظمة إغاثية، الثلاثاء، أن آلاف المدنيين يعيشون في ظروف صعبة في المخيمات الحدودية.\n"
        "وقالت المنظمة إن المساعدات الغذائية لم تصل منذ أسابيع.\n")


def _events(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB)))
    return [(e.sub_event_type, e.location) for e in doc.events if e.event_type in ("Battles", "Strategic developments")]


def test_a_town_taken_late_in_the_article_is_kept(extractor):
    text = LEAD + "وتمكنت قوات النظام السوري من السيطرة على بلدتي بصر الحرير ومليحة العطش في ريف درعا.\n"
    assert ("Government regains territory", "Busr al-Harir") in _events(extractor, text)


def test_areas_taken_late_in_the_article_stay_a_summary(extractor):
    text = LEAD + "وتمكنت قوات النظام السوري من السيطرة على مناطق واسعة في جنوب البلاد خلال السنوات الماضية.\n"
    assert not [s for s, _ in _events(extractor, text) if "territory" in s]


def test_an_advance_after_a_withdrawal_is_a_taking(extractor):
    text = "وتتقدم القوات الحكومية إلى بلدة النعيمة في ريف درعا بعد انسحاب فصائل المعارضة منها.\n"
    assert [s for s, _ in _events(extractor, text)] == ["Government regains territory"]
