"""Happenings Marsad missed on fresh news (branch q31d), on sentences of our own: a superlative's period is no day,
what was "subjected to" gunfire, a side withdrawing its heavy weapons."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-04-30"


def _run(extractor, text):
    return read_doc(extractor, text, PUB)


def _subs(doc):
    return [e.sub_event_type for e in doc.events]


def test_a_superlatives_period_is_not_the_day(extractor):
    # "in recent years" is what the strike is weighed against: it is no general statement
    doc = _run(extractor, "ونفذت الطائرات الإسرائيلية فجر الأحد غارات هي الأعنف على مواقع إيرانية في سوريا في السنوات الأخيرة.")
    assert "Air/drone strike" in _subs(doc), doc.dropped
    doc = _run(extractor, "واستهدفت العملية التي تعتبر الأهم للجيش في السنوات الأخيرة مخازن أسلحة قرب دمشق.")
    assert not any(d["reason"].startswith("general statement") for d in doc.dropped), doc.dropped


def test_a_period_that_ended_before_stays_the_days(extractor):
    # a superlative before a period over before the report: the strikes may have been then
    doc = _run(extractor, "وكانت الطائرات شنت أعنف غاراتها على مواقع في ريف حماة في عام 2017.")
    assert not doc.events, [(e.sub_event_type, e.date_start) for e in doc.events]


def test_what_was_subjected_to_gunfire_was_shot_at(extractor):
    doc = _run(extractor, "وتعرضت قافلة تقل مدنيين يوم السبت لإطلاق نار من مسلحين مجهولين قرب مدينة حماة.")
    assert "Attack" in _subs(doc), doc.dropped


def test_a_ceasefire_is_no_shooting(extractor):
    doc = _run(extractor, "ودعا المبعوث الدولي يوم السبت جميع الأطراف إلى الالتزام بوقف لإطلاق النار في مدينة حماة.")
    assert "Attack" not in _subs(doc), [(e.sub_event_type, e.rule_ids) for e in doc.events]


def test_withdrawing_heavy_weapons_changes_a_sides_activity(extractor):
    doc = _run(extractor, "وقال مسؤولون إن فصائل المعارضة بدأت صباح الأحد بسحب أسلحتها الثقيلة من المنطقة العازلة في إدلب.")
    assert "Change to group/activity" in _subs(doc), doc.dropped
