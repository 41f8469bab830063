"""Dates of going-on fighting and of a statement told by a noun phrase (branch g111i).

1. "وفي الريف الشرقي، تتواصل اشتباكات عنيفة" after a report of one day: fighting told going on (going-on, date-ongoing)
   with no day of its own goes on at the report's time; the dev gold dates it by the context's day («المعارك مستمرة»
   in Saturday's report: that Saturday), not by the week up to publication (ongoing-day-141000). A protest the wave
   spread to keeps its week (g104e), and an act with no single recent day around it keeps the week as before.
2. "وفي بيان أصدره التحالف، الثلاثاء، إن ...": a day after a statement phrase and right before the complementizer is
   the statement's, as after a reporting verb: the act told undated under it takes [day-1, day] (g100e).
Sentences of our own.
"""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

CLASH = "Armed clash"
ONGOING_DAY = "ongoing-day-141000"

STRIKE_DAY = "قصفت الطائرات الحربية بلدة نوى في ريف درعا الغربي الأربعاء. "
GOING_ON = "وفي ريف درعا الشرقي، تتواصل اشتباكات عنيفة بين قوات النظام والفصائل المعارضة."
# the days the fighting has gone on, told in a «بعدما» clause (g110o drops them): still no day of its own
GOING_ON_AFTER = ("وفي ريف درعا الشرقي، تتواصل اشتباكات عنيفة بعدما تمكنت قوات النظام خلال الأيام الماضية من "
                  "التقدم نحو بلدة بصر الحرير.")


@pytest.mark.parametrize(("text", "want"), [
    pytest.param(STRIKE_DAY + GOING_ON, ("2018-06-27", "2018-06-27", True), id="going-on-context-day"),
    pytest.param(STRIKE_DAY + GOING_ON_AFTER, ("2018-06-27", "2018-06-27", True), id="going-on-after-clause"),
    # guard: no day told around it: the week up to publication, as before
    pytest.param(GOING_ON, ("2018-06-21", "2018-06-28", False), id="going-on-no-day-week"),
])
def test_going_on_fighting_keeps_the_context_day(extractor, text, want):
    doc = read_doc(extractor, text, "2018-06-28")
    got = [(e.date_start, e.date_end, ONGOING_DAY in e.rule_ids) for e in doc.events if e.sub_event_type == CLASH]
    assert got == [want], [(e.sub_event_type, e.date_start, e.date_end, e.rule_ids) for e in doc.events]


STRIKE = "Air/drone strike"


@pytest.mark.parametrize(("text", "want"), [
    pytest.param("وفي بيان أصدره التحالف الدولي، الثلاثاء، إن طائراته قصفت مواقع التنظيم في بلدة هجين.",
                 ("2018-09-10", "2018-09-11"), id="statement-phrase-day"),
    # guard: a reporting verb before the phrase dated it already (claims._day_before_that)
    pytest.param("وأكد الجيش في بيان نشره الثلاثاء أن طائراته قصفت مواقع التنظيم في بلدة هجين.",
                 ("2018-09-10", "2018-09-11"), id="statement-phrase-after-verb"),
    # guard: the day told after the act, no complementizer after it: the act's own day
    pytest.param("وفي بيان أصدره التحالف الدولي، قصفت طائراته الثلاثاء مواقع التنظيم في بلدة هجين.",
                 ("2018-09-11", "2018-09-11"), id="act-day-no-complementizer"),
])
def test_statement_phrase_day(extractor, text, want):
    doc = read_doc(extractor, text, "2018-09-11")
    got = [(e.date_start, e.date_end) for e in doc.events if e.sub_event_type == STRIKE]
    assert got == [want], [(e.sub_event_type, e.date_start, e.date_end, e.rule_ids) for e in doc.events]
