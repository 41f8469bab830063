"""An act told with its own other day at a site its sentence leaves unnamed keeps no place of the report's act (g112j).

«وأدت ضربة في التاسع من أبريل إلى مقتل سبعة عسكريين إيرانيين في قاعدة جوية سورية» closing a report on a strike at
al-Kiswah a month later took al-Kiswah from the sentences before it, and the report's own strike there, told with no
day of its own, was merged into it: stored on the old day with the old toll. An old act at «قاعدة جوية سورية»,
«مواقع عسكرية في سورية» is placed at its country, and does not join the report's act at a named place.
Sentences of our own.
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-06-14"


def _strikes(extractor, text):
    doc = read_doc(extractor, text, PUB, title="خبر")
    return [(e.date_start, e.location, e.fatalities) for e in doc.events
            if e.event_type == "Explosions/Remote violence"]


REPORT_AND_OLD_STRIKE = (
    "أظهرت صور مدى قوة الضربة الإسرائيلية التي استهدفت ليل الأربعاء موقعا عسكريا قرب مدينة حمص وسط سوريا.\n"
    "وقال الإعلام الرسمي إن الضربة إسرائيلية، وإن الدفاعات الجوية دمرت ثلاثة صواريخ في منطقة الرستن في ريف حمص "
    "الشمالي.\n"
    "وقال المرصد السوري لحقوق الإنسان إن 11 عنصرا على الأقل قتلوا في الضربات الصاروخية التي استهدفت منطقة الرستن.\n"
    "وأدت غارة في الثالث من حزيران إلى مقتل خمسة عسكريين إيرانيين في قاعدة جوية سورية.\n")


def test_the_reports_strike_at_its_named_place_keeps_its_day_and_toll(extractor):
    assert ("2018-06-13", "Ar Rastan", 11) in _strikes(extractor, REPORT_AND_OLD_STRIKE)


def test_an_old_strike_at_an_unnamed_base_is_not_at_the_reports_place(extractor):
    assert not [s for s in _strikes(extractor, REPORT_AND_OLD_STRIKE) if s[0] == "2018-06-03" and s[1] == "Ar Rastan"]


def test_old_strikes_on_unnamed_sites_are_not_at_the_reports_base(extractor):
    text = ("أفاد المرصد السوري لحقوق الإنسان بأن انفجارات قوية هزت الأربعاء مطار الشعيرات العسكري في ريف حمص، ولم "
            "تعرف أسبابها بعد.\n"
            "وقال مدير المرصد إن الانفجارات وقعت في مستودعات ذخيرة لقوات النظام في المطار.\n"
            "وخلال الأسابيع الماضية، استهدفت إسرائيل مرات عدة مواقع عسكرية في سورية كان آخرها ليلة الثالث والرابع من "
            "حزيران، حيث أعلنت إسرائيل قصف أهداف إيرانية ردا على إطلاق صواريخ على الجولان.\n")
    old = [s for s in _strikes(extractor, text) if s[0] == "2018-06-03"]
    assert old and all(s[1] != "Shayrat airbase" for s in old)
