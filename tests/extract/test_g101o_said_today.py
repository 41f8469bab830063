"""An act told only by a statement made on the publication day is dated that day or the one before (branch g101o).

"قال المرصد، الجمعة، إن طائرات قصفت ..." in Friday's report: the day tells when the news was given, not when the act was
done, and the dev gold dates such an act as an undated report, [day-1, day] (rule id said-today-72900). A statement of
an earlier day keeps its day (the dev gold's convention), and so do an evening's or a late report's day and an act told
with a day of its own. The widened day still counts as the statement's one day when mentions are weighed: another
incident's day told in passing neither takes its place nor joins it. Sentences of our own.
"""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

RULE = "said-today-72900"
FRIDAY, SATURDAY = "2018-06-22", "2018-06-23"
SAID = "قال المرصد السوري لحقوق الإنسان، الجمعة، إن طائرات حربية قصفت بلدة كفرنبل في ريف إدلب."
TODAY = "أفادت وكالة الأنباء الرسمية اليوم بأن مسلحين هاجموا حاجزا للجيش في بلدة الصنمين بريف درعا."
PATRIOT = ("قال الجيش الإسرائيلي، الجمعة، إنه أطلق صاروخ باتريوت على طائرة مسيرة اقتربت من الحدود مع سوريا. "
           "وأطلق الجيش الإسرائيلي، الأربعاء الماضي، صاروخ باتريوت على طائرة مسيرة انطلقت من سوريا.")
DAY, WINDOW = ("2018-06-22", "2018-06-22", False), ("2018-06-21", "2018-06-22", True)

CASES = [
    pytest.param(SAID, FRIDAY, [WINDOW], id="statement-of-the-publication-day"),
    pytest.param(TODAY, FRIDAY, [WINDOW], id="today-in-the-reporting-clause"),
    # the earlier incident keeps its own Wednesday, apart; the statement's act is not dated by it
    pytest.param(PATRIOT, FRIDAY, [WINDOW, ("2018-06-20", "2018-06-20", False)], id="other-incident-stays-apart"),
    # guards: a statement of the day before publication keeps its day (dev gold), as does an act's own day
    pytest.param(SAID, SATURDAY, [DAY], id="earlier-statement-keeps-day"),
    pytest.param("قصفت طائرات حربية، الجمعة، بلدة كفرنبل في ريف إدلب.", FRIDAY, [DAY], id="act-own-day"),
    pytest.param(SAID.replace("قصفت بلدة", "قصفت صباح اليوم بلدة"), FRIDAY, [DAY],
                 id="own-day-in-the-act-clause"),
    # an evening's statement, or a late report, tells that day's acts
    pytest.param(SAID.replace("، الجمعة،", "، مساء الجمعة،"), FRIDAY, [DAY], id="evening-statement"),
    pytest.param("ذكر التلفزيون الرسمي في وقت متأخر اليوم الجمعة أن طائرات حربية قصفت بلدة كفرنبل في ريف إدلب.",
                 FRIDAY, [DAY], id="late-report"),
]


@pytest.mark.parametrize(("text", "published", "want"), CASES)
def test_statement_day_of_publication(extractor, text, published, want):
    doc = read_doc(extractor, text, published)
    got = sorted(((e.date_start, e.date_end, RULE in e.rule_ids) for e in doc.events), key=lambda x: x[0], reverse=True)
    assert got == want, [(e.sub_event_type, e.date_start, e.date_end, e.rule_ids) for e in doc.events]
