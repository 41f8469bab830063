"""Fighting told as going on, with no verb of one act (g100i). A continuation word behind a conjunction («وتتواصل
الاشتباكات»، «ولا تزال المعارك») now tells the clash as news, as the bare word did (step._ongoing_words); military
operations told going on by a predicate beside them («ومازالت العمليات العسكرية مستمرة»، «العمليات العسكرية تتركز
الآن على») are a clash (triggers tr-clash-68501..68508). Sentences composed for these tests."""
from __future__ import annotations

import pytest

from tests.marsad_testdata import read_doc

PUB = "2018-02-25"  # a Sunday
CLASH = "Armed clash"


def _clashes(extractor, text: str) -> list:
    return [e for e in read_doc(extractor, text, PUB).events if e.sub_event_type == CLASH]


@pytest.mark.parametrize("text, rule", [
    ("وتتواصل الاشتباكات العنيفة على أطراف مدينة حرستا.", "tr-clash-28"),
    ("ولا تزال المعارك دائرة في محيط مدينة حرستا.", "tr-clash-7"),
    ("وتتواصل الاشتباكات بين قوات النظام والفصائل في محيط مدينة حرستا.", "tr-clash-28"),
    ("ولم تفلح المناشدات الدولية بوقف الهجمات على مدينة حرستا، ومازالت العمليات العسكرية مستمرة.", "tr-clash-685"),
    ("وقال التلفزيون الرسمي إن العمليات العسكرية تتركز الآن على المزارع المحيطة بمدينة حرستا.", "tr-clash-685"),
    ("وتتواصل العمليات العسكرية في محيط مدينة حرستا.", "tr-clash-685"),
])
def test_fighting_going_on_is_news(extractor, text: str, rule: str):
    evs = _clashes(extractor, text)
    assert evs and evs[0].location == "Ḩarastā", evs
    assert any(r.startswith(rule) for r in evs[0].rule_ids), evs[0].rule_ids
    # no day told: dated up to the report
    assert str(evs[0].date_end) == PUB, evs[0].date_end


@pytest.mark.parametrize("text", [
    # a campaign's toll, a habit, a plan, an end, and «لا تزال» told of something else
    "وأدت العمليات العسكرية والقصف المتواصل على مدينة حرستا إلى نزوح الآلاف.",
    "وأوضح أن العمليات العسكرية تجري بشكل أساسي في مناطق زراعية قرب مدينة حرستا.",
    "ويسعى الجيش حاليا إلى ضمان أمن مدينة حرستا عبر اتفاقات جديدة أو عمليات عسكرية.",
    "وقال إن العمليات العسكرية في مدينة حرستا انتهت حاليا.",
    "وأكد أن العمليات العسكرية التركية تستهدف عناصر الحزب فقط، وأن القرية لا تزال تحت إدارة حكومة الإقليم.",
])
def test_operations_not_told_going_on_stay_none(extractor, text: str):
    assert not _clashes(extractor, text)


@pytest.mark.parametrize("text", [
    # general statements and wishes with a continuation word stay no clash
    "ولا تزال الأطراف تتبادل الاتهامات بشأن خرق الهدنة في مدينة حرستا.",
    "ويجب أن يتوقف القتال في مدينة حرستا، كما قال المبعوث.",
])
def test_general_statement_or_call_stays_none(extractor, text: str):
    assert not _clashes(extractor, text)
