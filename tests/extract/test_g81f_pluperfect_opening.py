"""A sentence opening on "وكان/وكانت" with a perfect verb and no "قد" (branch g81f), on sentences of our own.

"وكانت القوات استعادت المدينة" is the pluperfect as "وكانت القوات قد استعادت المدينة" is: a happening recalled from
before the news, with no day of its own. After a lead of another kind it is background, not an event of the
report's day; with a day of its own, or when its verb belongs to a reported or time clause, it is read as before.
"""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-05-03"  # a Thursday
LEAD = "دعا وزير الخارجية الفرنسي يوم الأربعاء إلى عقد اجتماع لمجلس الأمن لبحث الوضع في سوريا. "


def _run(extractor, text, published=PUB):
    return read_doc(extractor, text, published)


PP = "date-past-perfect"


@pytest.mark.parametrize("text", [
    LEAD + "وكانت القوات الحكومية، وهي مدعومة من الطيران الروسي، استعادت مدينة حرستا من فصائل المعارضة.",
    LEAD + "وكانت الدفاعات الجوية السورية أسقطت طائرة حربية إسرائيلية فوق ريف حمص.",
    # the same with "قد", read so before g81f
    LEAD + "وكانت القوات الحكومية قد استعادت مدينة حرستا من فصائل المعارضة.",
])
def test_a_recalled_happening_without_qad_takes_the_reports_week(extractor, text):
    doc = _run(extractor, text)
    assert doc.events and all(PP in e.rule_ids for e in doc.events), [(e.sub_event_type, e.rule_ids) for e in doc.events]
    assert all(str(e.event_date) == "2018-04-26" for e in doc.events), [str(e.event_date) for e in doc.events]


def test_far_from_the_lead_a_recalled_happening_of_another_kind_is_background(extractor):
    filler = "وقال الوزير في مؤتمر صحفي إن بلاده تتابع الوضع الإنساني عن كثب وتدعو إلى حل سياسي شامل. " * 4
    doc = _run(extractor, LEAD + filler + "وكانت القوات الحكومية استعادت مدينة حرستا من فصائل المعارضة.")
    assert not doc.events, [(e.sub_event_type, str(e.event_date), e.rule_ids) for e in doc.events]


@pytest.mark.parametrize("text", [
    # a day of its own
    LEAD + "وكانت القوات الحكومية استعادت مدينة حرستا من فصائل المعارضة يوم الثلاثاء.",
    # the verb is a time clause's, the auxiliary a copula ("كانت بعمر")
    LEAD + "وكانت الفتاة بعمر عشر سنوات عندما سيطر التنظيم على مدينة الرقة.",
    # the verb is reported
    LEAD + "وكان التلفزيون الرسمي ذكر أن الطائرات قصفت مدينة دوما.",
])
def test_other_clauses_are_not_the_opening_pluperfect(extractor, text):
    doc = _run(extractor, text)
    assert all(PP not in e.rule_ids for e in doc.events), [(e.sub_event_type, e.rule_ids) for e in doc.events]
