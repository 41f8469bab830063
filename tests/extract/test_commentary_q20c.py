"""General commentary told with a battle noun (branch q20c), on sentences of our own: the fight against a side as a
standing campaign (md-gen-2900), fighting as a cause of flight (md-gen-2902..2911), a battle "not over" (md-gen-2915, 2916)."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-06-28"  # a Thursday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


@pytest.mark.parametrize("text", [
    # the fight against a side, a role or a standing campaign
    "وأشاد الوزير بتضحيات المقاتلين الأكراد في القتال ضد تنظيم داعش في شرق سوريا.",
    "وقال الرئيس إن بلاده انتصرت في المعركة ضد التنظيم في العراق وسوريا.",
    "وقدم التحالف الدعم الجوي للقوات العراقية خلال المعارك ضد داعش في محافظة نينوى.",
    # a battle that is not over is a view of a war (md-gen-2915, 2916)
    "وأشاد الرئيس بدور المقاتلين في محاربة التنظيم، وهي معركة يقول الحلفاء إنها لم تنته بعد.",
    "وقال المتحدث إن المعركة ضد خلايا التنظيم في البادية لم تنته بعد.",
    # fighting as the cause of a flight
    "وقالت المفوضية إن القتال في ريف درعا الشرقي تسبب في فرار خمسين ألف شخص من منازلهم.",
    "وأكدت المنظمة أن عشرين ألف مدني فروا جراء تصاعد القتال في محافظة درعا.",
])
def test_battle_commentary_is_no_clash(extractor, text):
    doc = _run(extractor, text)
    assert not [e for e in doc.events if e.event_type == "Battles"]
    assert any(d["reason"] == "modality:general" for d in doc.dropped)


def test_clashes_told_as_the_news_stay(extractor):
    doc = _run(extractor, "واندلعت اشتباكات عنيفة الأربعاء بين قوات النظام وفصائل المعارضة في بلدة بصر الحرير بريف درعا.")
    assert [e for e in doc.events if e.event_type == "Battles"]
