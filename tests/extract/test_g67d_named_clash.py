"""Fighting only named by a definite clash noun is no clash of a day (branch g67d), on sentences of our own.

«المعارك»، «الاشتباكات»، «الاقتتال» with their article, with no day of their own and no verb telling them as news,
name a war or a campaign in general («وقفة في المعارك التي تخوضها ...»، «جزء من الاقتتال الداخلي»): ACLED codes
no event for them. Clashes told going on («تتواصل الاشتباكات في ...») or with a verb of their own («احتدمت
المواجهات في ...») stay.
"""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-03-21"  # a Wednesday


def _clashes(extractor, text):
    doc = read_doc(extractor, text, PUB, "خبر")
    return [(e.location, str(e.event_date)) for e in doc.events if e.sub_event_type == "Armed clash"]


def test_pause_in_the_fighting_is_no_clash(extractor):
    text = ("أعلن متحدث باسم وزارة الدفاع الأميركية يوم الثلاثاء سحب مقاتلين أكراد من مواقعهم.\n"
            "وقال المتحدث إن ذلك أدى إلى توقف مؤقت في المعارك التي تخوضها المجموعات الكردية ضد تنظيم داعش في ريف"
            " دير الزور.\n")
    assert _clashes(extractor, text) == []


def test_part_of_the_infighting_is_no_clash(extractor):
    text = ("سقطت قذيفة هاون قرب السياج الحدودي في الجولان يوم الثلاثاء.\n"
            "وقال الجيش الإسرائيلي في بيان إن القذيفة جزء من الاقتتال الداخلي بين النظام والفصائل المعارضة في"
            " محافظة القنيطرة.\n")
    assert _clashes(extractor, text) == []


def test_clashes_told_going_on_stay(extractor):
    text = ("توقفت الغارات على ريف درعا يوم الثلاثاء.\n"
            "بينما تتواصل الاشتباكات بين قوات النظام وفصائل المعارضة في محيط مدينة طفس غرب درعا.\n")
    assert [loc for loc, _ in _clashes(extractor, text)] == ["Ţafas"]


def test_clash_told_with_its_verb_stays(extractor):
    text = ("تقدمت القوات الحكومية في الغوطة الشرقية يوم الثلاثاء.\n"
            "واحتدمت المواجهات في بيت سوا بين القوات الحكومية ومسلحي جيش الإسلام.\n")
    assert ("Beit Sawa", "2018-03-20") in _clashes(extractor, text)
