"""Recall from `modality:general` (g48c): «تمكنت من التقدم» (succeeded in advancing) is an advance achieved, not the
progress talked about that md-gen-17405 «التقدم» reads (shields md-shd-27600..27603); the present «تتمكن من التقدم» stays
an aim. A barring cue ("منذ أيام", an explosion) bars only the triggers of its own clause when "فيما/بينما/كما" split the
sentence into two happenings (step._in_clause)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-16"  # a Wednesday


def _run(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB)))


def _of(doc, sub):
    return [e for e in doc.events if e.sub_event_type == sub]


def test_an_advance_achieved_is_a_clash(extractor):
    doc = _run(extractor, "قالت المصادر إن قوات النظام تمكنت من التقدم في قرية الشيفونية بريف دمشق أمس.")
    assert [e.location for e in _of(doc, "Armed clash")] == ["Shifuniyah"], doc.events


def test_an_advance_aimed_at_stays_dropped(extractor):
    doc = _run(extractor, "وتسعى القوات إلى قطع الطريق بحيث تتمكن من التقدم في قرية الشيفونية بريف دمشق.")
    assert not _of(doc, "Armed clash"), doc.events


def test_progress_talked_about_stays_general(extractor):
    doc = _run(extractor, "وأشاد الوزير بالتقدم الكبير للجيش في قرية الشيفونية بريف دمشق.")
    assert not _of(doc, "Armed clash"), doc.events


def test_a_bar_in_another_clause_leaves_the_arrival(extractor):
    doc = _run(extractor, "وأوضحت المصادر أن تعزيزات مماثلة وصلت منذ أيام إلى المنطقة، فيما وصلت اليوم تعزيزات عسكرية "
                          "لقوات النظام إلى مدينة تدمر بريف حمص.")
    assert [e.location for e in _of(doc, "Change to group/activity")] == ["Tadmur"], doc.events


def test_a_bar_in_the_same_clause_still_bars(extractor):
    doc = _run(extractor, "وأوضحت المصادر أن تعزيزات عسكرية لقوات النظام وصلت منذ أيام إلى مدينة تدمر بريف حمص.")
    assert not _of(doc, "Change to group/activity"), doc.events
