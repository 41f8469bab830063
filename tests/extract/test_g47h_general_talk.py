"""Talk about fighting kept as events, on sentences of our own (branch g47h): present-tense «تقاتل» tells a side's
standing role, a present-tense accusation or «مؤخرا» recalls strikes in general, and «استعاد» of an object that is no
land (weapons, a statue, calm, control of the situation) is no taking. A taking of a town and an accusation with a day
of its own still stand."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-05-10"  # a Thursday
VIOLENT = ("Explosions/Remote violence", "Battles")


def _violent(doc):
    return [e for e in doc.events if e.event_type in VIOLENT]


@pytest.mark.parametrize("text, reason", [
    ("وتقاتل القوات الحكومية مسلحي التنظيم في ريف دير الزور الشرقي منذ أشهر.", "modality:general"),
    ("وتقول دمشق إنها تقاتل جماعات إرهابية في بلدة كفرنبل بريف إدلب.", "modality:general"),
    ("وتتهم الحكومة الفصائل المسلحة بقصف الأحياء السكنية في مدينة حلب.", "modality:background"),
    ("ويتهم الناشطون النظام بشن غارات على المستشفيات في ريف إدلب.", "modality:background"),
    ("وكانت الطائرات قد شنت مؤخرا سلسلة ضربات على مواقع في ريف حماة.", "modality:background"),
    ("وقال المسؤول إن الجيش بدأ استعادة الأسلحة الثقيلة من الفصائل في مدينة درعا الخميس.", "modality:sense"),
    ("واستعادت الحكومة تمثالا أثريا من مدينة تدمر.", "modality:sense"),
    ("وقال المحافظ إن الشرطة استعادت السيطرة على الوضع في مدينة البصرة الخميس.", "modality:sense"),
])
def test_general_talk_is_no_happening(extractor, text, reason):
    doc = read_doc(extractor, text, PUB)
    assert not _violent(doc), [(e.sub_event_type, e.rule_ids) for e in doc.events]
    assert reason in {d["reason"] for d in doc.dropped}, doc.dropped


@pytest.mark.parametrize("text", [
    # a taking of land stays a taking
    "واستعادت قوات النظام الأربعاء السيطرة على بلدة كفرنبل في ريف إدلب.",
    # an accusation about a strike with a day of its own is the strike
    "وتتهم الحكومة الفصائل بقصف حي الحمدانية في مدينة حلب فجر الأربعاء.",
])
def test_happenings_stand(extractor, text):
    doc = read_doc(extractor, text, PUB)
    assert _violent(doc), doc.dropped
