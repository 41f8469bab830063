"""An undated act in a later sentence under a lead statement's day that the lead's own act took (branch g100e).

"قالت الوزارة، الأربعاء، إن طائرات قصفت ..." dates the lead's act by the statement (said-day), and g99c let the acts
told after it keep that day. The day still tells when it was said: an undated act of a later sentence, at a place of
its own, took place by then, the day before or that day (rule id lead-said-later-68100), as the dev gold dates such
acts. A definite noun with no place of its own names the lead's act again and keeps its day; a lead day that is an
act's own is no statement's. Sentences of our own.
"""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
LATER = "lead-said-later-68100"

SAID_LEAD = "قالت وزارة الدفاع الروسية، الأربعاء، إن طائرات حربية سورية قصفت مواقع للمسلحين في بلدة اللطامنة بريف حماة. "
ACT_LEAD = "قصفت طائرات حربية سورية، الأربعاء، مواقع للمسلحين في بلدة اللطامنة بريف حماة. "
TOLD_AT_PLACE = "وأضافت الوزارة أن المدفعية السورية استهدفت مواقع للمسلحين في بلدة كفرزيتا."
NAMED_BACK = "وأسفر القصف عن تدمير مخازن للأسلحة والذخيرة."

CASES = [
    # the lead's strike keeps the statement's day; the shelling told after it at a town of its own: [Tue, Wed]
    pytest.param(SAID_LEAD + TOLD_AT_PLACE, {AIR: [("2018-06-20", "2018-06-20", False)],
                                             SHELL: [("2018-06-19", "2018-06-20", True)]}, id="told-after-statement-day"),
    # guard: "وأسفر القصف" names the lead's strike again: its day stays the statement's, no new citation
    pytest.param(SAID_LEAD + NAMED_BACK, {AIR: [("2018-06-20", "2018-06-20", False)]}, id="definite-noun-named-back"),
    # guard: the lead day follows the act, not a reporting verb: the act told after keeps it
    pytest.param(ACT_LEAD + TOLD_AT_PLACE, {SHELL: [("2018-06-20", "2018-06-20", False)]}, id="lead-day-of-an-act"),
    # an evening's statement tells that day's acts: the shelling told after it keeps the day (lead, session 31)
    pytest.param(SAID_LEAD.replace("، الأربعاء،", "، مساء الأربعاء،") + TOLD_AT_PLACE,
                 {AIR: [("2018-06-20", "2018-06-20", False)], SHELL: [("2018-06-20", "2018-06-20", False)]},
                 id="evening-statement-keeps-day"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_statement_day_for_acts_told_after_the_lead(extractor, text, want):
    # published the day after the statement: a statement of the publication day itself widens the lead's own act too
    # (said-today-72900, g101o), which these cases do not test
    doc = read_doc(extractor, text, "2018-06-21")
    got = {sub: [(e.date_start, e.date_end, LATER in e.rule_ids) for e in doc.events if e.sub_event_type == sub]
           for sub in want}
    assert got == want, [(e.sub_event_type, e.date_start, e.date_end, e.rule_ids) for e in doc.events]
