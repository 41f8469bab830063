"""No silent losses (branch q26a): every trigger mention ends in an event's evidence or in a dropped row that says
which guard set it aside; a killing licensed by a victim told by role is an attack on civilians."""
from __future__ import annotations

import pytest

from marsad.extract.filters import drop_event
from marsad.model import Document, Event, Evidence
from marsad.pipeline import MetaStep

PUB = "2018-05-01"


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _covered(doc, start, end):
    spans = [(e.start, e.end) for ev in doc.events for e in ev.evidence] + [(d["start"], d["end"]) for d in doc.dropped]
    return any(a <= start and end <= b for a, b in spans)


@pytest.mark.parametrize("text", [
    "ناقش الوزيران بنود الاتفاق في عمان أمس.",
    "قتل مسلحون مجهولون ثلاثة جنود في الموصل أمس.",
    "قصفت الطائرات بلدة كفرنبل أمس. وقال سكان إن الاتفاق لم يعد قائما، وقتل مسلحون مجهولون جنديا في المدينة.",
])
def test_every_trigger_mention_ends_in_an_event_or_a_dropped_row(extractor, text):
    doc = _run(extractor, text)
    triggers = doc.spans_of("trigger")
    assert triggers
    assert all(_covered(doc, s.start, s.end) for s in triggers), (doc.dropped, [e.evidence for e in doc.events])


@pytest.mark.parametrize("text, reason, rule", [
    ("ناقش الوزيران بنود الاتفاق في عمان أمس.", "needs:agreement_made", "tr-agr-3"),
    # neither civilians nor fighters counted (soldiers killed by gunmen are a clash since g35g: tr-clash-13100; people
    # «أشخاص» killed by gunmen an attack on civilians since g102f: tr-vac-74000)
    ("قتل مسلحون مجهولون ثلاثة في الموصل أمس.", "needs:civilian", "tr-vac-15"),
])
def test_a_trigger_whose_sentence_lacks_its_needed_cue_is_dropped_with_the_group(extractor, text, reason, rule):
    doc = _run(extractor, text)
    assert doc.events == []
    assert any(d["reason"].startswith(reason) and d["rule_id"] == rule for d in doc.dropped), doc.dropped


def test_a_dropped_merged_event_logs_each_of_its_mentions():
    doc = Document(text="x" * 40)
    ev = Event(event_type="Battles", sub_event_type="Armed clash", disorder_type="Political violence")
    ev.evidence = [Evidence(doc.doc_id, 0, 10, "x" * 10), Evidence(doc.doc_id, 20, 30, "x" * 10)]
    drop_event(doc, ev, "commentary: no day of its own", "genre")
    assert [(d["start"], d["end"], d["reason"]) for d in doc.dropped] == [
        (0, 10, "commentary: no day of its own"), (20, 30, "commentary: no day of its own")]


@pytest.mark.parametrize("text", [
    "قتل مسلحون مجهولون المرشح أحمد في بغداد أمس.",
    "قتل مسلحون مجهولون الطبيب خالد في الموصل أمس.",
    "قتل مسلحون مجهولون صحافيا في البصرة أمس.",
])
def test_a_killing_of_a_victim_told_by_role_is_an_attack_on_civilians(extractor, text):
    doc = _run(extractor, text)
    attacks = [e for e in doc.events if e.sub_event_type == "Attack"]
    assert attacks and attacks[0].actor2 == "Civilians (Iraq)", (doc.events, doc.dropped)
    assert "victims-told" in attacks[0].rule_ids


def test_intensified_attacks_press_the_offensive(extractor):
    doc = _run(extractor, "وكثفت القوات الحكومية هجماتها أمس على مواقع الفصائل في ريف إدلب.")
    assert "Armed clash" in [e.sub_event_type for e in doc.events], doc.dropped
