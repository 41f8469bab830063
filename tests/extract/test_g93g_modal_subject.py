"""Events that are not happenings (branch g93g): a strike or missile noun that is the subject of a modal right after it
(«الصواريخ يجب أن تستهدف»، «صواريخ يمكنها قصف»، «أي ضربات سوف تستهدف») tells what strikes should, could or will do
(frames._modal_subject); the range of one of a side's missiles and specialists in launching them are no attack
(modality md-sense-57800..57802). A strike told, and a noun whose next clause has the modal, stay events."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-12"  # a Saturday
SHELL = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _strikes(doc):
    return [e for e in doc.events if e.sub_event_type in (SHELL, AIR)]


def test_missiles_that_should_target_is_no_event(extractor):
    doc = _run(extractor, "وقال المتحدث الروسي يوم الجمعة إن صواريخ واشنطن يجب أن تصيب المتطرفين في حلب.")
    assert _strikes(doc) == []


def test_missiles_that_can_strike_is_no_event(extractor):
    doc = _run(extractor, "وقال القائد الإيراني يوم الجمعة إن صواريخ الحرس يمكنها قصف أي سفينة أمريكية قرب "
                          "مضيق هرمز.")
    assert _strikes(doc) == []


def test_strikes_that_will_hit_is_no_event(extractor):
    doc = _run(extractor, "وقال الوزير الفرنسي يوم الجمعة إن الضربات سوف تطال مصانع الغاز التابعة للجيش السوري "
                          "في حمص.")
    assert _strikes(doc) == []


def test_range_of_one_of_its_missiles_is_no_event(extractor):
    doc = _run(extractor, "وأعلنت طهران يوم الجمعة عن مضاعفة مدى أحد صواريخها الجديدة.")
    assert _strikes(doc) == []


def test_specialists_in_launching_missiles_is_no_shelling(extractor):
    doc = _run(extractor, "وقتل الجيش اليمني يوم الجمعة أربعة خبراء إيرانيين مختصين بإطلاق الصواريخ على الحوثيين "
                          "في جبهة حرض.")
    assert [e for e in doc.events if e.sub_event_type == SHELL] == []


def test_missiles_fired_stay_an_event(extractor):
    doc = _run(extractor, "وأطلق الحوثيون يوم الجمعة صواريخ على مدينة جازان السعودية.")
    assert [e for e in doc.events if e.sub_event_type == SHELL]


def test_modal_of_the_next_clause_keeps_the_strike(extractor):
    doc = _run(extractor, "وشنت طائرات أمريكية يوم الجمعة غارات على منشآت في حمص وإنهم يمكن أن يعودوا.")
    assert _strikes(doc)
