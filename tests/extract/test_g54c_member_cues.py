"""Member words that license a clash or a transfer (branch g54c), on sentences of our own.

«مقتل» is a clash only with soldiers or fighters counted as its dead (troops_counted): one member told as
«أحد عناصر» was missed. A withdrawal is a transfer only with fighters in the sentence: militias
(«الميليشيات»، «ميليشيات») and the construct «إرهابيي» were missed. Civilians leaving stay no transfer.
"""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-04-05"  # a Thursday
CLASH = ("Battles", "Armed clash")
TRANSFER = ("Strategic developments", "Non-violent transfer of territory")


def _events(extractor, text):
    doc = read_doc(extractor, text, PUB, "خبر")
    return [(e.event_type, e.sub_event_type) for e in doc.events]


def test_one_member_told_with_ahad_is_a_clash(extractor):
    text = "أعلنت الشرطة مقتل أحد عناصر قوات الأمن في كركوك يوم الأربعاء.\n"
    assert CLASH in _events(extractor, text)


def test_militias_withdrawing_is_a_transfer(extractor):
    text = "انسحبت الميليشيات من بلدة الحاضر في ريف حلب يوم الأربعاء.\n"
    assert TRANSFER in _events(extractor, text)


def test_construct_terrorists_leaving_is_a_transfer(extractor):
    text = "أعلن الجيش خروج إرهابيي الفصيل من بلدة الحاضر في ريف حلب يوم الأربعاء.\n"
    assert TRANSFER in _events(extractor, text)


def test_civilians_leaving_stay_no_transfer(extractor):
    text = "غادر مئات المدنيين بلدة الحاضر في ريف حلب يوم الأربعاء هربا من القصف.\n"
    assert TRANSFER not in _events(extractor, text)


def test_one_member_of_a_family_is_no_clash(extractor):
    text = "أعلنت الشرطة مقتل أحد أفراد عائلة في كركوك يوم الأربعاء.\n"
    assert CLASH not in _events(extractor, text)
