"""A strike told after a word of addition (branch g64c), on sentences of our own.

"ل" + verbal noun is read as an aim («للسيطرة على»). After «إضافة»/«بالإضافة»/«علاوة» it is one more listed act
(«اشتباكات عنيفة، إضافة للقصف بالبراميل المتفجرة من المروحيات»): the air strike told that way beside ground
fighting was dropped as an intention. A real aim after «ل» stays an aim.
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-04-05"  # a Thursday
AIR = ("Explosions/Remote violence", "Air/drone strike")


def _events(extractor, text):
    doc = read_doc(extractor, text, PUB, title="خبر")
    return [(e.event_type, e.sub_event_type) for e in doc.events]


def test_barrels_added_to_clashes_are_an_air_strike(extractor):
    text = ("دارت يوم الأربعاء اشتباكات عنيفة في بلدة اللطامنة بريف حماة بين قوات النظام وفصائل المعارضة، "
            "إضافة للقصف بالبراميل المتفجرة من الطائرات المروحية على البلدة.\n")
    assert AIR in _events(extractor, text)


def test_air_strikes_added_with_bal_idafa_are_an_air_strike(extractor):
    text = ("شهدت بلدة كفرنبل يوم الأربعاء مواجهات بين الفصائل وقوات النظام بالإضافة للغارات الجوية "
            "الروسية على أطراف البلدة.\n")
    assert AIR in _events(extractor, text)


def test_an_aim_after_li_stays_an_aim(extractor):
    text = "حشدت قوات النظام يوم الأربعاء تعزيزات قرب بلدة كفرنبل للقصف بالبراميل المتفجرة على البلدة.\n"
    assert AIR not in _events(extractor, text)
