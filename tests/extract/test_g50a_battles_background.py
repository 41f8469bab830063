"""Battles triggers that recall, talk about or criticise are no clash (branch g50a), on sentences of our own.

«في أعقاب» before a Battles trigger recalls an earlier happening, an advance «بعد تحقيق X تقدما» is the time of
another report, an advance that «يثير مخاوف» is talked about, and «هاجم» a channel or a minister is criticism.
A clash reported plainly stays a clash.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday


def _battles(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB)))
    return [(e.sub_event_type, e.location_text) for e in doc.events if e.event_type == "Battles"]


def _drops(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB)))
    return {(d["reason"], d.get("rule_id")) for d in doc.dropped}


def test_taking_recalled_after_fi_aqab_is_no_clash(extractor):
    text = ("قال مسؤول في الأمم المتحدة الأربعاء إن آلاف المدنيين خرجوا من الغوطة الشرقية.\n"
            "وبقي آلاف المدنيين في البلدات التي دخلتها القوات الحكومية في أعقاب شطر الغوطة الشرقية.\n")
    assert _battles(extractor, text) == []
    # read as recalled, not merely left undated
    assert ("modality:background", "tr-terr-17") in _drops(extractor, text)


def test_advance_after_tahqiq_is_no_clash(extractor):
    text = "وقالت الإذاعة إن المسعفين كانوا مهددين بعد تحقيق قوات النظام السوري تقدما ميدانيا في جنوب سوريا.\n"
    assert _battles(extractor, text) == []


def test_advance_raising_fears_is_no_clash(extractor):
    text = ("قال مسؤول في الأمم المتحدة الأربعاء إن الوضع في ريف حماة الشمالي حرج.\n"
            "ويثير تقدم قوات النظام السوري في ريف حماة الشمالي مخاوف من حدوث مأساة إنسانية جديدة.\n")
    assert _battles(extractor, text) == []
    # the advance is talked about, whatever its confidence
    assert ("modality:general", "tr-clash-23") in _drops(extractor, text)


def test_attacking_a_channel_is_criticism(extractor):
    text = "أكد وزير خارجية البحرين، الأربعاء، دعم بلاده للمملكة العربية السعودية، بينما هاجم قناة \"الجزيرة\" القطرية.\n"
    assert _battles(extractor, text) == []


def test_plain_clash_stays(extractor):
    text = "هاجم مسلحو تنظيم داعش الأربعاء نقطة للجيش العراقي في قضاء الطارمية واندلعت اشتباكات عنيفة.\n"
    assert _battles(extractor, text) != []
