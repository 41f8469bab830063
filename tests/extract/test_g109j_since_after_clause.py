"""A since-phrase inside a later act's clause (g109j). A clash or a strike told in the main clause, and after it a
clause of «بعدما» or «بعد أن» whose own act is dated by a span («خلال الأيام الماضية»، «خلال الأسبوعين
الماضيين»): the span dates that act, not the trigger, which is news, no running tally (step._after_clause_between,
rule fo-127000). A span in the trigger's own clause, or dead counted in the sentence, keeps the tally reading.
Sentences composed for these tests."""
from __future__ import annotations

import pytest

from tests.marsad_testdata import read_doc

PUB = "2018-06-27"
RULE = "fo-127000"

AFTER_CLAUSE = (
    ("وفي محيط مدينة نوى، تستمر اشتباكات عنيفة بعدما سيطرت قوات النظام خلال الأيام الماضية على تلال قريبة.",
     "Armed clash"),
    ("وتدور معارك بين الفصائل وقوات النظام في مدينة نوى بعد أن حشدت القوات خلال الأسبوعين الماضيين تعزيزات كبيرة.",
     "Armed clash"),
)
# the span in the trigger's own clause, or a toll of the dead: the rule reads none
NOT_AFTER_CLAUSE = (
    "وتدور خلال الأيام الماضية اشتباكات عنيفة في مدينة نوى بعدما سيطرت قوات النظام على تلال قريبة.",
    "وقتل 40 عنصرا في اشتباكات في مدينة نوى بعدما سيطرت قوات النظام خلال الأيام الماضية على تلال قريبة.",
)


def _read(extractor, text: str) -> tuple[list, list]:
    doc = read_doc(extractor, text, PUB)
    return doc.events, doc.dropped


@pytest.mark.parametrize("text,sub", AFTER_CLAUSE)
def test_span_of_the_later_clause_leaves_the_trigger_news(extractor, text: str, sub: str):
    events, dropped = _read(extractor, text)
    assert any(e.sub_event_type == sub and RULE in e.rule_ids and e.location == "Nawá" for e in events)
    assert not any(d["reason"] == "reported total" for d in dropped)


@pytest.mark.parametrize("text", NOT_AFTER_CLAUSE)
def test_own_span_or_toll_stays_off(extractor, text: str):
    events, _ = _read(extractor, text)
    assert all(RULE not in e.rule_ids for e in events)
