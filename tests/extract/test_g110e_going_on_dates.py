"""Fighting told going on, after a lead statement's day (branch g110e).

"قالت الوزارة، الأربعاء، إن طائرات قصفت ... وتدور اشتباكات عنيفة قرب بلدة ...": the lead day is a statement's, so an
undated act told after it took place by then, the day before or that day (lead-said-later-68100, g100e). A clash told
going on in the present ("تدور اشتباكات"، going-on) is not such an act: it goes on at the report's time, which the dev
gold dates by the report's day ("المعارك مستمرة" in Saturday's report: that Saturday), so it keeps the context's day.
Sentences of our own.
"""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

CLASH = "Armed clash"
LATER = "lead-said-later-68100"

SAID_LEAD = "قالت وزارة الدفاع الروسية، الأربعاء، إن طائرات حربية سورية قصفت مواقع للمسلحين في بلدة اللطامنة بريف حماة. "
GOING_ON = "وتدور اشتباكات عنيفة بين قوات النظام والفصائل المعارضة قرب بلدة كفرزيتا."
TOLD_PAST = "واندلعت اشتباكات عنيفة بين قوات النظام والفصائل المعارضة قرب بلدة كفرزيتا."

CASES = [
    # fighting going on at the report's time: the statement's day, the publication day, no [day-1, day]
    pytest.param(SAID_LEAD + GOING_ON, ("2018-06-20", "2018-06-20", False), id="going-on-keeps-report-day"),
    # guard: fighting told in the past tense is an act told after the statement: [Tue, Wed] as g100e
    pytest.param(SAID_LEAD + TOLD_PAST, ("2018-06-19", "2018-06-20", True), id="past-clash-statement-span"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_going_on_clash_after_statement_day(extractor, text, want):
    doc = read_doc(extractor, text, "2018-06-20")
    got = [(e.date_start, e.date_end, LATER in e.rule_ids) for e in doc.events if e.sub_event_type == CLASH]
    assert got == [want], [(e.sub_event_type, e.date_start, e.date_end, e.rule_ids) for e in doc.events]


# A day told before the trigger in an earlier clause («... أمس، وأسفرت ...») yields to the day told right after the
# trigger in its own clause (days.earlier_clause_day).
ENCIRCLED = ("وكانت القوات الحكومية قد أحاطت ببلدة كفرزيتا أمس، وأسفرت الغارات الروسية على البلدة صباح اليوم الخميس "
             "عن مقتل ثلاثة مسلحين.")
ONE_CLAUSE = "وأسفرت الغارات الروسية أمس على بلدة كفرزيتا صباح اليوم الخميس عن مقتل ثلاثة مسلحين."


@pytest.mark.parametrize(("text", "want"), [
    pytest.param(ENCIRCLED, "2018-06-21", id="own-clause-day-wins"),
    # guard: both days in the trigger's own clause, no earlier clause closed: the nearest day stands as before
    pytest.param(ONE_CLAUSE, "2018-06-20", id="same-clause-nearest"),
])
def test_day_of_the_triggers_own_clause(extractor, text, want):
    doc = read_doc(extractor, text, "2018-06-21")
    got = [e.date_start for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert got == [want], [(e.sub_event_type, e.date_start, e.date_end, e.rule_ids) for e in doc.events]
