"""A recalled happening whose relative clause is set off by a comma (branch g46e), on sentences of our own.

"بعد أيام من القصف المكثف، الذي بدأ الثلاثاء على المنطقة": the comma opens a relative clause of the recalled noun, so
the recent day inside it is that happening's own and the happening is news. A day set off by a comma after the
relative clause ("اتفاق الإجلاء، الذي توسطت فيه روسيا، صباح اليوم") is the main verb's, not the noun's.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-05"  # a Saturday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def test_a_day_in_a_relative_clause_after_a_comma_is_the_recalled_happenings_own(extractor):
    doc = _run(extractor, "وتقدمت القوات الحكومية في ريف إدلب بعد أيام من القصف المكثف، الذي بدأ الثلاثاء على المنطقة.")
    shelling = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert [str(e.event_date) for e in shelling] == ["2018-05-01"], [
        (e.sub_event_type, str(e.event_date)) for e in doc.events]
    assert not [d for d in doc.dropped if d["reason"] == "modality:background"], doc.dropped


def test_a_day_after_the_relative_clause_is_the_main_verbs(extractor):
    # a guard for precision (main drops it too): the day after the clause's closing comma is the start of the
    # carrying out, not the agreement's; the relative-clause comma must not let it through
    doc = _run(extractor, "وبدأ تنفيذ اتفاق الإجلاء، الذي رعته روسيا، صباح اليوم في ريف حمص.")
    assert not [e for e in doc.events if e.sub_event_type == "Agreement"], [
        (e.sub_event_type, str(e.event_date)) for e in doc.events]
