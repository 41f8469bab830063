"""g98w: a definite act named after «ل» as the object of a reaction, with its own recent day in its relative clause
(«سيدفع ثمنا باهظا للهجوم الكيماوي الذي شهدته البلدة مساء الأحد»، «أعلنت تأييدها للغارات التي نفذتها ... فجر الأحد»), is
a dated happening, not an aim (md-purpose-li): step._told_relative + _told_with_own_day, rule own-day:li-relative.
A relative clause that is modal or future («التي قد تبدأ»، function_words li_relative_unreal) or an aim with no
relative clause stays unreal; an old anniversary is still dropped by the background rule.
"""
from __future__ import annotations
import pytest
from marsad_testdata import subs_and_rules


PUB = "2018-05-14"  # a Monday

KEPT = [
    ("وقال الوزير إن الحكومة ستدفع ثمنا باهظا للهجوم الكيماوي الذي شهدته بلدة الخربة في ريف حمص مساء الأحد.",
     "Chemical weapon"),
    ("وأعلنت الحكومة الأردنية تأييدها للغارات الجوية التي نفذتها الطائرات الحربية على مطار الضبعة العسكري في ريف حمص "
     "فجر الأحد.", "Air/drone strike"),
]

UNREAL = [
    # the relative clause tells a coming day
    ("وتستعد الطائرات الحربية للغارات الجوية التي قد تبدأ على مطار الضبعة العسكري في ريف حمص مساء الخميس.",
     "Air/drone strike"),
    # "ل" + an act with a day but no relative clause is still a purpose
    ("وأرسل الجيش تعزيزات لشن هجوم على بلدة الخربة في ريف حمص يوم الأحد.", "Armed clash"),
    # the anniversary of an attack decades ago is background
    ("وأحيا السكان الأحد الذكرى الثلاثين للهجوم الكيماوي الذي شنته القوات على بلدة الخربة في 16 مارس 1988.",
     "Chemical weapon"),
]


@pytest.mark.parametrize("text,sub", KEPT)
def test_act_reacted_to_with_its_own_recent_day_is_kept(extractor, text, sub):
    got = subs_and_rules(extractor, text, PUB)
    assert any(s == sub and "own-day:li-relative" in rules for s, rules in got)


@pytest.mark.parametrize("text,sub", UNREAL)
def test_aim_coming_day_or_anniversary_stays_unreal(extractor, text, sub):
    assert all(s != sub and "own-day:li-relative" not in rules for s, rules in subs_and_rules(extractor, text, PUB))
