"""Strategic developments that are talk, not happenings (branch g50b), on sentences of our own.

Agreeing to hold a session or a meeting is procedure, not an agreement between sides of a conflict; a deal there is
only "talk of" is a rumour; an entry a minister calls rejected is a stance. A real agreement and a real entry stay.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-06-20"  # a Wednesday

AGREEMENT = ("Strategic developments", "Agreement")
TRANSFER = ("Strategic developments", "Non-violent transfer of territory")


def _types(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB)))
    return [(e.event_type, e.sub_event_type) for e in doc.events]


def test_agreeing_to_hold_a_session_is_no_agreement(extractor):
    text = "وقالت الوكالة يوم الاثنين إن رئيس المجلس وافق على عقد جلسة طارئة لبحث الأوضاع في المدينة.\n"
    assert AGREEMENT not in _types(extractor, text)


def test_a_deal_to_hold_one_meeting_is_no_agreement(extractor):
    text = "وقال دبلوماسيون إن اتفاقا جرى التوصل إليه مساء الاثنين لعقد اجتماع واحد بدلا من اجتماعين.\n"
    assert AGREEMENT not in _types(extractor, text)


def test_talk_of_a_deal_is_no_agreement(extractor):
    text = "وتابعت الصحف يوم الاثنين ما يجري في البلدة في ظل الحديث عن توصل المسلحين إلى اتفاق مع الجيش.\n"
    assert AGREEMENT not in _types(extractor, text)


def test_a_deal_reached_stays_an_agreement(extractor):
    text = "وقالت مصادر يوم الاثنين إن المسلحين توصلوا إلى اتفاق مع الجيش على الخروج من البلدة.\n"
    assert AGREEMENT in _types(extractor, text)


def test_an_entry_called_rejected_is_no_transfer(extractor):
    text = "قال الوزير يوم الاثنين إن دخول قوات النظام السوري إلى منبج مرفوض إن كان الهدف دعم الوحدات الكردية.\n"
    assert TRANSFER not in _types(extractor, text)
