"""Precision of stored violent events on unseen news, on sentences of our own (branch q17f): summaries of a war,
options, other senses of "battle", and weapons told as stored rather than fired."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _types(doc):
    return [e.event_type for e in doc.events]


def _reasons(doc):
    return {d["reason"] for d in doc.dropped}


@pytest.mark.parametrize("text, reason", [
    # taking "areas" or "its lands" sums up a war's course (md-gen-2100..2103)
    ("وقال الوزير إن القوات الحكومية استعادت مساحات كبيرة من قبضة الفصائل خلال الأعوام الماضية.", "modality:general"),
    ("وأكد رئيس الحكومة أن الجيش حرر أراضيه كلها من عصابات التنظيم.", "modality:general"),
    ("وقال الرئيس الإيراني إنه ينبغي أن تستعيد دمشق السيطرة على جميع أراضيها.", "modality:general"),
    # defeats in battles are a war's balance (md-gen-2104)
    ("ويخشى خبراء أن يعود التنظيم إلى آسيا بعد هزائم متتالية في المعارك في سوريا والعراق.", "modality:general"),
    # taking part in battles is a role in a war (md-gen-2105..2107); an arena is a place (md-gen-2108, 2109)
    ("وقالت الشرطة إن الموقوف شارك في العديد من المعارك بصفة قائد ميداني في التنظيم.", "modality:general"),
    ("وقتل في الغارة عناصر من الفصيل الذي يشارك مقاتلوه في المعارك ضد التنظيم.", "modality:general"),
    ("وتحولت البلدة إلى ساحة قتال بين الفصائل المتنافسة.", "modality:general"),
    # done previously or in a decade of the last century is history (md-bg-2100..2109)
    ("وكانت إسرائيل قد شنت سابقا غارات على مواقع في ريف دمشق.", "modality:background"),
    ("ونفذت القوات الإسرائيلية في ثمانينات القرن الماضي غارات على بيروت.", "modality:background"),
    ("ومن أبرز من اغتالتهم إسرائيل في بيروت في تسعينات القرن الماضي قادة فلسطينيون.", "modality:background"),
    # flight from a list of weapons reaches its last item (md-gen-1100, 5 tokens)
    ("ونزح آلاف المدنيين من ريف درعا هربا من الغارات والبراميل المتفجرة والصواريخ.", "modality:general"),
    # an expectation reaches past an aside between commas (md-exp-4, 12 tokens)
    ("ومن المتوقع أن يشن الجيش، مدعوما بغطاء جوي روسي، معارك ضد التنظيم في ريف القنيطرة.", "modality:expectation"),
    # expectations, refraining and habits (md-exp-2100..2102, md-ref-2100, 2101, md-gen-2110)
    ("وأشار الوزير إلى احتمالية توغل قوات تركية جديدة في شمال العراق أمس.", "modality:expectation"),
    ("وقالت إنها تشعر بقلق بشأن تقارير أفادت بقرب وقوع عملية عسكرية في ريف إدلب.", "modality:expectation"),
    ("وعادة تشن الطائرات الروسية غارات على ريف إدلب في الليل.", "modality:general"),
    ("وتمتنع إسرائيل منذ سنوات عن شن غارات على لبنان.", "modality:refusal"),
    # rockets owned or an arsenal of them are a capability (md-sense-2105..2110)
    ("وتواجه إسرائيل 130 ألف صاروخ يملكها حزب الله في لبنان.", "modality:sense"),
    ("وقد تفتح إيران النار عبر ميليشيات في سوريا تمتلك صواريخ متوسطة المدى.", "modality:sense"),
    ("وكشفت الصور ترسانة من الصواريخ الموجهة في قاعدة قرب حماة.", "modality:sense"),
    # an option of a strike has not happened (md-pos-2100)
    ("ولم يستبعد الرئيس الفرنسي أمس خيار قصف مطارات عسكرية سورية.", "modality:possibility"),
    # election battles are no fighting (md-sense-2100, 2101)
    ("واحتدمت المعارك الانتخابية في بغداد أمس بين القوائم الكبرى.", "modality:sense"),
    ("وتخوض الأحزاب الكردية معركة انتخابية حامية في أربيل.", "modality:sense"),
    # rockets stored or on launchers are a capability, not a launch (md-sense-2102..2104)
    ("وأظهرت صور التقطتها الأقمار الاصطناعية قاعدة قرب دمشق تضم مخازن لتخزين صواريخ بعيدة المدى.", "modality:sense"),
    ("وقالت وزارة الدفاع الروسية إنها سلمت دمشق أمس ثلاث منصات لإطلاق الصواريخ.", "modality:sense"),
])
def test_a_war_summed_up_an_option_or_a_capability_is_no_happening(extractor, text, reason):
    doc = _run(extractor, text)
    assert not {"Battles", "Explosions/Remote violence"} & set(_types(doc)), doc.events
    assert reason in _reasons(doc), doc.dropped


@pytest.mark.parametrize("text, etype", [
    # a town taken, a launch and a strike on a depot stay happenings
    ("وسيطرت القوات الحكومية أمس على بلدة مسرابا في الغوطة الشرقية.", "Battles"),
    ("وأطلقت الفصائل أمس صواريخ على مدينة جرمانا قرب دمشق.", "Explosions/Remote violence"),
    ("وقصفت طائرات إسرائيلية أمس مستودع صواريخ قرب مطار دمشق الدولي.", "Explosions/Remote violence"),
    ("واندلعت معارك عنيفة أمس بين القوات الحكومية والفصائل في ريف درعا.", "Battles"),
])
def test_a_taking_a_launch_or_a_fight_of_the_day_stays(extractor, text, etype):
    assert etype in _types(_run(extractor, text))


def test_a_former_name_before_the_act_is_no_history(extractor):
    # "سابقا" reads only right before the act (md-bg-2100, window 0): "(جبهة النصرة سابقا)" names a group by its old name
    doc = _run(extractor, "وقالت مصادر محلية إن هيئة تحرير الشام (جبهة النصرة سابقا) قصفت بلدة الفوعة في ريف إدلب.")
    assert "Explosions/Remote violence" in _types(doc), doc.dropped


def test_flight_reaches_the_last_weapon_of_a_list(extractor):
    # md-gen-1100 reads 5 tokens: every weapon of the list is a cause of flight, not one left to the confidence threshold
    doc = _run(extractor, "ونزح آلاف المدنيين من ريف درعا هربا من الغارات والبراميل المتفجرة والصواريخ.")
    assert doc.dropped and all(d["reason"] == "modality:general" for d in doc.dropped), doc.dropped
