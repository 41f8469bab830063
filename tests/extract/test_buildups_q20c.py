"""Build-ups that are no happening of their own (branch q20c), on sentences of our own: reinforcements told as the
preparation for an operation, as a lasting course or as the frame of another happening (triggers.tsv needs
"!buildup_frame"); a sending told as the news stays an event."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-06-21"  # a Thursday
CHANGE = "Change to group/activity"


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


@pytest.mark.parametrize("text", [
    # the preparation for an operation to come, no place reached told (a build-up sent «إلى» a named place before its
    # aim is an event since g111b: tests/extract/test_g111b_buildups.py)
    "وأفادت مصادر محلية بوصول تعزيزات عسكرية كبيرة لقوات النظام استعدادا لهجوم على مدينة جاسم في ريف درعا.",
    # a lasting course
    "وترسل قوات النظام تعزيزات منذ أسابيع إلى محيط مدينة جاسم في ريف درعا الشمالي.",
    "وقالت المصادر إن الجيش ما زال يدفع بتعزيزات عسكرية إلى محيط مدينة جاسم في ريف درعا.",
    # the frame of another happening of its sentence
    "وقصفت المدفعية بلدة جاسم في ريف درعا، في الوقت الذي أرسلت فيه قوات النظام تعزيزات إلى المنطقة.",
])
def test_a_framed_build_up_is_no_happening(extractor, text):
    doc = _run(extractor, text)
    assert not [e for e in doc.events if e.sub_event_type == CHANGE]
    assert any(d["reason"] == "modality:general" for d in doc.dropped)


def test_a_sending_told_as_the_news_stays(extractor):
    doc = _run(extractor, "وأرسلت قوات النظام، الأربعاء، تعزيزات عسكرية كبيرة إلى مدينة جاسم في ريف درعا الشمالي.")
    assert [e for e in doc.events if e.sub_event_type == CHANGE]
