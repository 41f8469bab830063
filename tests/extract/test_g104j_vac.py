"""Violence against civilians (branch g104j), on sentences of our own.

An execution told done by «تم/جرى» + its noun («تم إعدامهم داخل منازلهم») is the act itself, reported as a verb
reports it: kept as a happening though its place and day come from the sentences before, not dropped as a named
mention. Storming a village («اقتحم مسلحو داعش قرية ... وقتلوا») launches an attack as «هاجم» does: with civilians
killed and no armed side hit it is an attack on civilians. A video's or a witness's killing verb («وهم يذبحون/يعدمون
رهائن»، «يقطعون رؤوس»، «ذبحوا») tells the killing of captives or civilians; civilians' bodies found where an armed
group attacked («على جثث 20 مدنيا ... بعد هجوم تنظيم داعش عليها») are that group's killing.
"""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc

VAC, IS = "Violence against civilians", "Islamic State (Iraq and Syria)"


def _read(extractor, text):
    """The document of ``text`` as a report of 4 May 2018 (its days are the Thursday before)."""
    return read_doc(extractor, text, "2018-05-04", title="تطورات")


def _sides(doc):
    """(event type, sub-type, actor1, actor2) of each event of ``doc``."""
    return [(e.event_type, e.sub_event_type, e.actor1, e.actor2) for e in doc.events]


def _vac(doc):
    return [s for s in _sides(doc) if s[0] == VAC]


@pytest.mark.parametrize("told", ["تم إعدامهم داخل منازلهم", "جرى إعدامهم في بيوتهم"])
def test_execution_told_done_is_kept_with_the_context(extractor, told):
    doc = _read(extractor, "فجر انتحاريون من تنظيم داعش أحزمتهم الناسفة في مدينة الحويجة يوم الخميس. "
                           f"وقال مسؤول محلي إن فرق الإنقاذ عثرت على جثث مدنيين {told}.")
    assert _vac(doc) == [(VAC, "Attack", IS, "Civilians (Iraq)")], (_sides(doc), doc.dropped)


def test_court_execution_told_done_stays_a_sentence(extractor):
    # «تم إعدام» carried out by a court (charge, prison) is no attack on civilians
    doc = _read(extractor, "وأعلنت وزارة العدل العراقية يوم الخميس أنه تم إعدام 12 مدانا بتهم الإرهاب في سجن الناصرية.")
    assert _vac(doc) == [], _sides(doc)


@pytest.mark.parametrize("text, country", [
    # storming a village and killing its people: an attack on civilians, not a clash
    ("اقتحم مسلحو داعش قرية قرب الحويجة يوم الخميس وقتلوا عشرة مدنيين.", "Iraq"),
    ("اقتحم مسلحو داعش قرية قرب الحويجة يوم الخميس وقتلوا خمسة من سكانها.", "Iraq"),
    # the killing verbs of a video or a witness
    ("نشر تنظيم داعش يوم الخميس مقطع فيديو يظهر عناصره وهم يذبحون ثلاثة رهائن في ريف دير الزور.", "Syria"),
    ("بث تنظيم داعش يوم الخميس تسجيلا يظهر مسلحيه وهم يعدمون خمسة مدنيين في بادية دير الزور.", "Syria"),
    ("أظهر مقطع فيديو عناصر من داعش وهم يقطعون رؤوس أربعة رهائن في ريف الرقة يوم الخميس.", "Syria"),
    ("وقال شهود إن مسلحي داعش ذبحوا ثلاثة من الرهائن في ريف دير الزور يوم الخميس.", "Syria"),
    # civilians' bodies found where the group attacked: it killed them
    ("وعثر الأهالي على جثث 20 مدنيا في قرية قرب الحويجة بعد هجوم تنظيم داعش عليها يوم الخميس.", "Iraq"),
])
def test_people_killed_by_the_group(extractor, text, country):
    doc = _read(extractor, text)
    assert _sides(doc) == [(VAC, "Attack", IS, f"Civilians ({country})")], (_sides(doc), doc.dropped)


def test_storming_a_checkpoint_stays_a_clash(extractor):
    doc = _read(extractor, "اقتحم مسلحو داعش حاجزا للجيش قرب الحويجة يوم الخميس وقتلوا خمسة جنود.")
    assert _vac(doc) == [] and [s[0] for s in _sides(doc)] == ["Battles"], _sides(doc)


def test_bodies_under_a_strikes_rubble_are_no_gunmens_attack(extractor):
    doc = _read(extractor, "وعثرت فرق الدفاع المدني على جثث خمسة مدنيين تحت الأنقاض بعد غارات جوية على بلدة كفرنبل يوم الخميس.")
    assert [s[1] for s in _sides(doc)] == ["Air/drone strike"], _sides(doc)


def test_a_threat_pictured_is_no_killing(extractor):
    # a poster of a fighter beheading a president: no captive or civilian, no killing
    doc = _read(extractor, "نشر تنظيم داعش ملصقا يظهر أحد عناصره وهو يقطع رأس الرئيس الأميركي.")
    assert _vac(doc) == [], _sides(doc)
