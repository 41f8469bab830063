"""Battles told in words or as references, not reported (branch g38k), on sentences of our own.

A retaking named right after «قبل» only dates something else ("حكمها المسلحون سنوات قبل
استعادتها"); «هاجم زعيم/الرئيس/وزير ...» is a leader's attack in words. A real attack told with
the same verb stays a battle.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday


def _battles(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB)))
    return [(e.sub_event_type, e.location_text) for e in doc.events if e.event_type == "Battles"]


def test_a_retaking_after_qabla_is_a_reference(extractor):
    text = "عاد مئات النازحين إلى مدينة منبج التي حكمها المسلحون سنوات قبل استعادتها من قبل القوات الحكومية.\n"
    assert _battles(extractor, text) == []


def test_a_leader_attacking_in_words_is_no_clash(extractor):
    text = "هاجم زعيم حزب الأمة يوم الخميس الجيش السوداني لفشله في حماية المدنيين في مدينة الفاشر.\n"
    assert _battles(extractor, text) == []


def test_gunmen_attacking_stay_a_battle(extractor):
    text = "هاجم مسلحون يوم الأربعاء حاجزا للجيش العراقي في مدينة الموصل واشتبكوا مع عناصره.\n"
    assert _battles(extractor, text) == [("Armed clash", "الموصل")]
