"""Strategic developments missed on unseen news, on sentences of our own (branch g36c): a curfew imposed and
leaflets dropped (Other), an observation point set up, air defences that confront an attack in the imperfect or the
verbal noun, and fighters who handed over their weapons."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-05-10"  # a Thursday
SD = "Strategic developments"


def _sd(extractor, text: str) -> list[tuple[str, list[str]]]:
    doc = read_doc(extractor, text, PUB)
    return [(e.sub_event_type, e.rule_ids) for e in doc.events if e.event_type == SD]


def _has(events: list[tuple[str, list[str]]], sub: str, rule: str) -> bool:
    return any(s == sub and any(r.startswith(rule) for r in rules) for s, rules in events)


@pytest.mark.parametrize("text", [
    "فرضت السلطات العراقية حظر التجول في مدينة الناصرية مساء الأربعاء.",
    "وأعلنت قيادة العمليات حظرا للتجوال في مدينة الناصرية الأربعاء.",
])
def test_a_curfew_imposed_is_other(extractor, text):
    assert _has(_sd(extractor, text), "Other", "tr-oth-135")


def test_a_curfew_lifted_is_no_event(extractor):
    text = "وأعلنت قيادة العمليات رفع حظر التجول في مدينة الناصرية الأربعاء."
    assert not _has(_sd(extractor, text), "Other", "tr-oth-135")


def test_leaflets_dropped_are_other(extractor):
    text = "وألقت مروحيات الجيش السوري الأربعاء منشورات على بلدة سراقب تدعو المسلحين إلى المصالحة."
    assert _has(_sd(extractor, text), "Other", "tr-oth-13506")


def test_leaflets_posted_online_are_no_event(extractor):
    text = "ويكتب الناشط منشورات على فيسبوك عن الحياة في بلدة سراقب."
    assert not _has(_sd(extractor, text), "Other", "tr-oth-135")


def test_an_observation_point_set_up(extractor):
    text = "أعلن الجيش التركي، الأربعاء، إنشاء نقطة المراقبة العاشرة قرب بلدة مورك."
    assert _has(_sd(extractor, text), "Headquarters or base established", "tr-base-13500")


def test_air_defences_confronting_an_attack_in_the_imperfect(extractor):
    text = "وقالت الوكالة الرسمية إن الدفاعات الجوية السورية تتصدى لهجوم على مطار الشعيرات مساء الأربعاء."
    assert _has(_sd(extractor, text), "Disrupted weapons use", "tr-dis-13500")


def test_fighters_handed_over_their_weapons(extractor):
    text = "وسلم مسلحو الفصائل أسلحتهم الثقيلة للشرطة العسكرية الروسية في بلدة الرستن الأربعاء."
    assert _has(_sd(extractor, text), "Change to group/activity", "tr-chg-1350")


@pytest.mark.parametrize("text", [
    "وأسقطت مروحيات عسكرية سورية منشورات على بلدات ريف إدلب أمس.",
    "وبدأ إسقاط المنشورات من الطائرات الحربية فوق بلدات ريف إدلب أمس.",
])
def test_leaflets_dropped_are_no_shooting_down(extractor, text):
    # the verb of dropping is read in its sense (md-sense-808, 809); the leaflets make the event (tr-oth-13506)
    doc = read_doc(extractor, text, PUB)
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [(SD, "Other")]
    assert any(d["reason"] == "modality:sense" for d in doc.dropped), doc.dropped
