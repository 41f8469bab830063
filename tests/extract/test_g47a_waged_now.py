"""A fight that a present verb of waging governs is news of the day (g47a): «تخوض القوات معارك ضد ...» is a clash going on
as it is reported, while «ضد» after a clash noun framed otherwise («في القتال ضد»), a side's own battles («معاركها»)
and a relative clause («الذي يخوض معارك ضد») still read a standing campaign (md-gen-2900)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-16"  # a Wednesday


def _run(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB)))


def _clashes(doc):
    return [e for e in doc.events if e.sub_event_type == "Armed clash"]


def test_present_waging_verb_keeps_the_clash(extractor):
    doc = _run(extractor, "تخوض قوات النظام، مدعومة بغارات جوية، اليوم معارك عنيفة ضد مسلحي التنظيم في بلدة هجين.")
    assert [e.location for e in _clashes(doc)] == ["Hajīn"], doc.events


def test_waging_verb_with_its_subject_between_keeps_the_clash(extractor):
    doc = _run(extractor, "وقال المرصد إن الفصائل تخوض معارك ضد القوات الحكومية التي تحاول اقتحام مدينة حرستا.")
    assert _clashes(doc), doc.events


def test_a_sides_own_battles_stay_a_campaign(extractor):
    doc = _run(extractor, "وتخوض هذه القوات حاليا آخر معاركها ضد التنظيم في بلدة هجين.")
    assert not _clashes(doc), doc.events


def test_the_fight_against_a_side_without_the_verb_stays_general(extractor):
    doc = _run(extractor, "وأشاد الوزير بتضحيات المقاتلين في القتال ضد التنظيم في بلدة هجين.")
    assert not _clashes(doc), doc.events


def test_a_relative_clause_describes(extractor):
    doc = _run(extractor, "وزار الوزير مقر الفصيل الذي يخوض معارك ضد التنظيم في بلدة هجين.")
    assert not _clashes(doc), doc.events
