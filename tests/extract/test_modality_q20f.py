"""What did not happen yet, on sentences of our own (branch q20f): the acts an agreement is reached "on" ("على أن" + a
verb) are its terms while the agreement stands; plans, proposals, what is considered, expected or heralded."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def test_an_agreement_on_an_act_stands_and_the_act_is_a_term(extractor):
    doc = _run(extractor, "وأبرم اتفاق الخميس في الرستن على أن يتم إجلاء المسلحين وعائلاتهم إلى الشمال.")
    assert [e.sub_event_type for e in doc.events] == ["Agreement"]
    assert "modality:terms" in {d["reason"] for d in doc.dropped}


def test_an_agreement_on_a_verb_is_no_view(extractor):
    # "على أن" + an imperfect verb is an act agreed on: the agreement is not read as a shared view (md-op-12)
    doc = _run(extractor, "وتوصل الجانبان الخميس إلى اتفاق في بلدة الرستن على أن تنسحب الفصائل المسلحة إلى إدلب.")
    assert [e.sub_event_type for e in doc.events] == ["Agreement"]


def test_a_view_after_a_pronoun_complementizer_stays_a_view(extractor):
    # "على أنه" + a noun: a view (md-op-13), the terms reading is not taken
    doc = _run(extractor, "وفسر ذلك على أنه تلويح باستهداف مواقع الحزب في لبنان.")
    assert "modality:terms" not in {d["reason"] for d in doc.dropped}


@pytest.mark.parametrize("text", [
    # expected (md-exp-3300)
    "ومن المرتقب خلال الساعات المقبلة أن تجري عملية إجلاء المسلحين من الرستن.",
    # considered (md-int-3300)
    "وقال المسؤول إن واشنطن تدرس توجيه ضربة عسكرية إلى مواقع النظام في دمشق.",
    # a plan's content (md-int-3303)
    "وتشمل الخطة خروج المسلحين من الرستن وتسليم أسلحتهم.",
])
def test_what_is_expected_considered_or_planned(extractor, text):
    doc = _run(extractor, text)
    assert not [e for e in doc.events if e.event_type != "Strategic developments" or e.sub_event_type != "Agreement"]


def test_what_is_heralded_is_no_event_but_the_act_heralding_it_is(extractor):
    # heralding (md-exp-3302): the taking heralded is no event; the weapons handed over are one (g36c: tr-chg-13504)
    doc = _run(extractor, "وسلمت الفصائل سلاحها الثقيل للجيش إيذانا باستعادته السيطرة على مدينة درعا.")
    assert [e.sub_event_type for e in doc.events] == ["Change to group/activity"]
    assert "modality:expectation" in {d["reason"] for d in doc.dropped}
