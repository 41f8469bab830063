"""g102j: a rally told by where it stands or by people going out to the streets is a protest. «تجمع/احتشد/تجمهر*»
with a named square or flags waved (rally_site: tr-pro-74400..74402), and «خروج/خرج*» with «إلى الشوارع» (streets_out:
tr-pro-74406, 74407) make a Peaceful protest. Before, a gathering without a claim was dropped (needs:rally_claim) and
a going out was read as an evacuation and dropped (needs:fighters). Guards: funerals and welcomes (crowd_other), fighters
going out (still an evacuation), a call to go out, a curfew that forbids it, gatherings of fighters struck
(gathering_struck, fighters) and the town Al-Mayadin («الميادين» is no square).
"""
from __future__ import annotations

import pytest
from marsad_testdata import subs_and_rules, subs_of

PUB = "2018-05-12"
PRO = "Peaceful protest"
NVT = "Non-violent transfer of territory"


@pytest.mark.parametrize("text, rule", [
    # a gathering in a named square, flags waved
    ("احتشد المئات من أهالي مدينة حمص في ساحة الساعة الجمعة ملوحين بالأعلام تأييدا للجيش.", "tr-pro-74401"),
    # a crowd in a square, no claim: where it stands is the rally
    ("تجمهر العشرات من الطلاب الخميس في ميدان التحرير وسط القاهرة.", "tr-pro-74402"),
    # the verbal noun of going out with the crowd and the streets
    ("أفادت مصادر محلية بخروج المئات إلى الشوارع في مدينة الناصرية الجمعة.", "tr-pro-74406"),
    # the verb
    ("خرج سكان مدينة السويداء إلى الشوارع مساء الخميس بعد انقطاع المياه.", "tr-pro-74407"),
])
def test_rally_is_a_protest(extractor, text, rule):
    got = subs_and_rules(extractor, text, PUB)
    assert any(sub == PRO and rule in rules for sub, rules in got), got


@pytest.mark.parametrize("text", [
    # a crowd come to bury a man
    "تجمع المئات في ساحة بلدة طفس الخميس لتشييع جثمان شاب قتل في الاشتباكات.",
    # a crowd come to welcome returning fighters
    "احتشد الأهالي في ساحة قرية المزرعة الجمعة لاستقبال المقاتلين العائدين من الجبهة.",
    # going out forbidden by a curfew
    "فرضت السلطات الجمعة حظر التجول في مدينة الكوت ومنعت الخروج إلى الشوارع.",
    # a call to go out
    "دعت لجان التنسيق الأهالي إلى الخروج إلى الشوارع في مدينة العمارة الجمعة.",
    # gatherings of fighters struck in a town's square
    "قصفت وحدات الجيش أمس تجمعات للإرهابيين في ساحة بلدة اللطامنة بريف حماة.",
    # the town Al-Mayadin is no square
    "تجمع مئات الأهالي أمس في مدينة الميادين بريف دير الزور الشرقي.",
])
def test_crowd_that_is_no_rally(extractor, text):
    assert PRO not in subs_of(extractor, text, PUB)


def test_fighters_going_out_stay_an_evacuation(extractor):
    text = "بدأ خروج المسلحين من بلدة عربين الخميس إلى الشوارع المؤدية للمعبر تمهيدا لنقلهم إلى الشمال."
    subs = subs_of(extractor, text, PUB)
    assert PRO not in subs
