"""A control verb with a span of months or years of its own tells a holding, not a taking (branch g99j), on sentences
of our own.

"سيطر التنظيم على المدينة أربع سنوات" (a bare count after the verb's object) and "سيطرت الهيئة على المدينة منذ نحو
ثلاث سنوات" (a hedged count after «منذ») tell how long a side held a place: no takeover of the report's days (rule id
md-state-65000). A count that is another phrase's («بعد حصار دام ثلاث سنوات»), a first-since («للمرة الأولى منذ ثلاثة
أعوام») and a relative clause's span («التي سيطرت عليها الفصائل خمس سنوات») leave a dated taking as it is.
"""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

HELD_SPAN = "md-state-65000"
TAKINGS = ("Non-state actor overtakes territory", "Government regains territory")
PUBLISHED = "2018-06-12"


def _takings(doc) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.date_start) for e in doc.events if e.sub_event_type in TAKINGS]


def _held_drops(doc) -> list[str]:
    return [d["text"] for d in doc.dropped if d.get("reason") == "modality:state"]


@pytest.mark.parametrize("text", [
    # a bare count of years after the object
    "قالت مصادر محلية إن تنظيم داعش سيطر على مدينة منبج أربع سنوات قبل أن تطرده منها قوات سوريا الديمقراطية.",
    # a hedged count after «منذ» (the unhedged «منذ ثلاث سنوات» was already read as a date years back)
    "وسيطرت هيئة تحرير الشام على مدينة سراقب منذ نحو ثلاث سنوات، بحسب ناشطين.",
    # the dual alone
    "وسيطرت الفصائل المعارضة على بلدة تادف سنتين.",
])
def test_control_with_a_span_of_years_is_a_holding(extractor, text):
    doc = read_doc(extractor, text, PUBLISHED)
    assert _takings(doc) == [], _takings(doc)
    assert _held_drops(doc), doc.dropped


@pytest.mark.parametrize("text, day", [
    # the count is the siege's («دام»), the taking has its Sunday
    ("سيطرت قوات النظام الأحد على بلدة تادف بعد حصار دام ثلاث سنوات.", "2018-06-10"),
    # a first since: the taking is news
    ("سيطرت قوات النظام، الأحد، على مدينة سراقب للمرة الأولى منذ ثلاثة أعوام.", "2018-06-10"),
    # the span belongs to the relative clause of the place
    ("سيطرت قوات النظام الأحد على بلدة تادف التي سيطرت عليها الفصائل خمس سنوات.", "2018-06-10"),
    # a battle's length in months after «بعد»
    ("سيطرت القوات العراقية الاثنين على بلدة القائم بعد معارك استمرت شهرين.", "2018-06-11"),
])
def test_a_span_of_another_phrase_leaves_the_taking(extractor, text, day):
    doc = read_doc(extractor, text, PUBLISHED)
    assert [d for _, d in _takings(doc)] == [day], _takings(doc)
    assert not any(HELD_SPAN in e.rule_ids for e in doc.events)
