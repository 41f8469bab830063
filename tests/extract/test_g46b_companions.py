"""Companion words that license a trigger (branch g46b), on sentences of our own.

«مقتل» is a clash only with soldiers or fighters counted as its dead (troops_counted). A single soldier or
member told in the genitive («مقتل جندي»، «مقتل عنصر من قوات الأمن») and fighters counted with «من»
(«مقتل ثلاثة من عناصر/مسلحي الحركة») were missed. Arson is a riot only with the crowd in the sentence
(protesters); the construct form «متظاهرو المدينة» was missed. A speaker («قال ضابط») must not count.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-05"  # a Thursday


def _events(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="خبر", published=PUB)))
    return [(e.event_type, e.sub_event_type) for e in doc.events]


def test_one_member_killed_is_a_clash(extractor):
    text = "أعلنت الشرطة مقتل عنصر من قوات الأمن في كركوك يوم الأربعاء.\n"
    assert ("Battles", "Armed clash") in _events(extractor, text)


def test_one_soldier_killed_is_a_clash(extractor):
    text = "أعلنت وزارة الدفاع مقتل جندي في مدينة الحسكة يوم الأربعاء.\n"
    assert ("Battles", "Armed clash") in _events(extractor, text)


def test_fighters_counted_with_min_is_a_clash(extractor):
    text = "أعلنت الشرطة مقتل ثلاثة من مسلحي التنظيم في كركوك يوم الأربعاء.\n"
    assert ("Battles", "Armed clash") in _events(extractor, text)


def test_protesters_in_construct_form_make_arson_a_riot(extractor):
    text = "أحرق متظاهرو المدينة مقر الحزب في البصرة يوم الأربعاء.\n"
    assert ("Riots", "Violent demonstration") in _events(extractor, text)


def test_an_officer_speaking_counts_no_dead(extractor):
    text = "قال ضابط في الشرطة إن مقتل رجل في كركوك يوم الأربعاء قيد التحقيق.\n"
    assert ("Battles", "Armed clash") not in _events(extractor, text)
