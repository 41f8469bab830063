"""Battles named as a topic, not reported (branch g43g), on sentences of our own.

What people flee from in fear is not an attack yet, even when the attack noun comes seven words after «خشية»
(md-exp-12, window 8). A side's role in fighting («لعبوا دورا كبيرا في معارك») describes the side and reports
no clash (md-gen-22201..22203). A clash told in the main clause stays an event.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-06-20"  # a Wednesday


def _battles(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB)))
    return [(e.event_type, e.sub_event_type) for e in doc.events if e.event_type == "Battles"]


def test_a_feared_ground_attack_is_no_clash(extractor):
    text = ("نزح مئات المدنيين من البلدة خشية وقوعهم في حصار طويل أو تعرضهم لهجوم بري من القوات "
            "الحكومية.\n")
    assert _battles(extractor, text) == []


def test_a_role_in_battles_is_no_clash(extractor):
    text = "قال المسؤول إن المقاتلين لعبوا دورا كبيرا في معارك استعادة الحقول النفطية.\n"
    assert _battles(extractor, text) == []


def test_a_clash_before_a_feared_shelling_is_kept(extractor):
    text = ("اندلعت اشتباكات عنيفة بين الجيش والمسلحين في القرية أمس، ما دفع السكان إلى الفرار خشية "
            "القصف.\n")
    assert _battles(extractor, text) != []
