"""What did not happen, on sentences of our own (branch q19a): a demand, aim or threat covers each verbal noun
listed after its first object ("طالبهم بتسليم السلاح وتسوية أوضاعهم أو الخروج")."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


@pytest.mark.parametrize("text", [
    # the last item after "أو", past an item with no trigger of its own
    "وقالت مصادر محلية إن الجيش طالب المسلحين في الرستن بتسليم أسلحتهم، وتسوية أوضاعهم أو الخروج من البلدة.",
    # the second item joined by "و"
    "ودعت الحكومة الفصائل في درعا إلى تسليم السلاح الثقيل والانسحاب من المعبر.",
])
def test_listed_after_a_demand(extractor, text):
    doc = _run(extractor, text)
    assert not doc.events
    # (a trigger lacking its needed cue is logged too, as "needs:...": no candidate of its own)
    assert {d["reason"] for d in doc.dropped if not d["reason"].startswith("needs:")} == {"modality:call"}


def test_a_done_act_after_a_demand_stays(extractor):
    # a verbal noun after a verb of its own, with no joiner before it, is no item of the demand's list
    doc = _run(extractor, "طالب الجيش المسلحين في البلدة بتسليم السلاح الثقيل، وبدأ انسحاب المسلحين الأربعاء من بلدة الرستن.")
    assert [e.sub_event_type for e in doc.events] == ["Non-violent transfer of territory"]


@pytest.mark.parametrize("text, reason", [
    # talks whose aim is a withdrawal (md-int-2500)
    ("وتترافق هذه الاستعدادات مع مفاوضات بين الجيش والفصائل الهدف منها خروج المسلحين من بلدة الرستن.", "modality:intention"),
    # a delegation walking out of talks is no withdrawal from ground (md-sense-2500)
    ("قصفت الطائرات الروسية الخميس بلدات في ريف درعا. وانتهت الجولة الأولى من المحادثات بين الروس والفصائل، السبت، "
     "بانسحاب وفد المعارضة.", "modality:sense"),
])
def test_talks_are_no_withdrawal(extractor, text, reason):
    doc = _run(extractor, text)
    assert not [e for e in doc.events if e.event_type == "Strategic developments"]
    assert reason in {d["reason"] for d in doc.dropped}


def test_amounts_to_is_a_likening(extractor):
    # "تصل إلى حد الاستسلام" (md-op-2500): the terms amount to a surrender, nobody surrendered
    doc = _run(extractor, "وقال الوفد المفاوض، السبت، إن الشروط التي قدمها الروس تصل إلى حد الاستسلام الكامل للفصائل.")
    assert not doc.events
    assert "modality:opinion" in {d["reason"] for d in doc.dropped}


def test_a_supporter_of_the_protests_tells_no_protest(extractor):
    # "من مؤيدي الاحتجاجات" (md-gen-2500) describes the man killed; no protest is told
    doc = _run(extractor, "وقتل مجهولون، الثلاثاء، الناشط علي حسن بإطلاق نار في مدينة البصرة، وهو من مؤيدي الاحتجاجات "
                          "التي نظمت ضد الحكومة.")
    assert not [e for e in doc.events if e.event_type == "Protests"]
    assert "modality:general" in {d["reason"] for d in doc.dropped}
