"""g109h (precision, audit set B): threats told with their means, history told «سابقا», denied reports, and a town
referred back to an old day.

- «كأس» (a cup) is no «إس» after «ك» (md-shd-126000): the threat reaching «باستهداف» is read, not another sense.
- A trigger glossing another in brackets, or right after that gloss («طائرات مسيرة (درون) مفخخة»), is as unreal as it
  (step._gloss_of).
- «سابقا هجمات ... باستخدام طائرات مسيرة» recalls history (md-bg-126001, 126002); «مهددا بهجمات» is a threat
  (md-thr-126003); «تحمل صواريخ» names a capability (md-sense-126004, 126005).
- A denial reaches the act told in the report it denies after «عن/بأن/حول» (frames._denied_report).
- An act with no day of its own at a town a back word refers to, told in an earlier sentence with an old year, is that
  old happening (step._day_of_place_told)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-04-02"


def _reasons(doc) -> dict[str, str]:
    return {d["text"]: d["reason"] for d in doc.dropped}


def test_cup_is_no_system_name(extractor):
    text = ("هدد التنظيم في بيان على مواقع التواصل الاجتماعي باستهداف مباريات كأس آسيا والجماهير في ملاعب مدينة حماة "
            "باستخدام طائرات مسيرة.")
    doc = read_doc(extractor, text, PUB)
    assert _reasons(doc)["باستهداف"] == "modality:threat"


def test_gloss_of_threatened_means_is_threatened(extractor):
    text = ("هدد التنظيم في بيان على مواقع التواصل الاجتماعي باستهداف الجنود والمدنيين في شوارع مدينة حماة باستخدام "
            "طائرات مسيرة (درون) مفخخة.")
    doc = read_doc(extractor, text, PUB)
    assert doc.events == []
    reasons = _reasons(doc)
    assert reasons["درون"] == reasons["مفخخة"] == "modality:threat"


def test_attacks_done_previously_are_history(extractor):
    text = "وشن التنظيم سابقا هجمات عنيفة باستخدام طائرات مسيرة ضد مطار حماة العسكري."
    doc = read_doc(extractor, text, PUB)
    assert doc.events == []
    assert _reasons(doc)["طائرات مسيرة"] == "modality:background"


def test_threatening_participle(extractor):
    text = "ونشر التنظيم صورا جديدة، مهددا بهجمات واسعة تستهدف القوات الروسية في حماة."
    doc = read_doc(extractor, text, PUB)
    assert doc.events == []
    assert _reasons(doc)["تستهدف"] == "modality:threat"


def test_carrying_rockets_is_a_capability(extractor):
    doc = read_doc(extractor, "وظهرت في الصور طائرة مسيرة تحمل صواريخ موجهة فوق مدينة إدلب.", PUB)
    assert _reasons(doc)["صواريخ"] == "modality:sense"


def test_denial_reaches_the_denied_report(extractor):
    text = ("وكان مصدر في القنصلية قد نفى، فجر الأحد، وفقا لما نقلته وكالة الأنباء الرسمية، التصريحات التي نسبتها "
            "وكالة \"فرانس برس\"، إلى مسؤولين أمنيين، عن أن الصحفي العراقي أحمد الكاتب قد \"قتل في مبنى القنصلية في "
            "مدينة أربيل\".")
    doc = read_doc(extractor, text, "2018-10-08")
    assert doc.events == []
    assert _reasons(doc)["قتل"] == "modality:denial"


def test_town_referred_back_to_an_old_day(extractor):
    text = ("في مارس/آذار 2016، سيطر التنظيم على مدينة تدمر بعد معارك عنيفة. وقال شهود عيان إنهم شاهدوا طائرات تقصف "
            "المدينة وإن عشرة مدنيين قتلوا.")
    doc = read_doc(extractor, text, "2018-02-14")
    assert doc.events == []


def test_town_referred_back_to_a_recent_day_stays(extractor):
    text = ("في الأول من فبراير/شباط 2018، سيطر التنظيم على مدينة تدمر بعد معارك عنيفة. وقال شهود عيان إنهم شاهدوا "
            "طائرات تقصف المدينة وإن عشرة مدنيين قتلوا.")
    doc = read_doc(extractor, text, "2018-02-14")
    assert any(e.sub_event_type == "Air/drone strike" for e in doc.events)

