"""Of two equal date ranges merged, the narrower one inside the other dates the happening (branch g99y), on sentences
of our own.

An act told as going on or in the pluperfect with no day gets the week up to publication as a guess; a later mention
of the same happening read as well (same rank, same precision) with the report's two days narrows it (rule id
date-narrower-66200). A told night or «منذ ليل الخميس» (single-day precision) is the happening's own span and keeps it.
"""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

NARROWER = "date-narrower-66200"
KAFRANBEL = "تتعرض بلدة كفرنبل في ريف إدلب لقصف جوي متواصل من الطائرات الحربية."

CASES = [
    # an ongoing strike, then the same strikes as the reason of a convoy's leaving: the report's two days
    (KAFRANBEL + " وقالت منظمة إغاثية إن قافلة مساعدات اضطرت إلى مغادرة بلدة كفرنبل بسبب القصف الجوي.",
     "2018-03-10", "Air/drone strike", ("2018-03-09", "2018-03-10", True)),
    # a pluperfect taking, then the state agency's plain report of it
    ("وكانت القوات الحكومية قد سيطرت على بلدة الحارة في ريف درعا. "
     "وقالت وكالة الأنباء الرسمية إن وحدات من الجيش سيطرت على بلدة الحارة بعد انسحاب المسلحين منها.",
     "2018-05-20", "Government regains territory", ("2018-05-19", "2018-05-20", True)),
    # guard: no narrower mention, the week up to publication stays
    (KAFRANBEL, "2018-03-10", "Air/drone strike", ("2018-03-03", "2018-03-10", False)),
    # guard: «منذ ليل الخميس» is the clash's own span (precision 1); a day told in another sentence does not narrow it
    ("تدور اشتباكات عنيفة داخل مدينة بصرى الشام منذ ليل الخميس بين قوات النظام وفصائل المعارضة. "
     "كما قتل خمسة من قوات النظام ليل الخميس في معارك في مدينة بصرى الشام.",
     "2018-07-07", "Armed clash", ("2018-07-05", "2018-07-07", False)),
]


@pytest.mark.parametrize("text,published,sub,expected", CASES)
def test_narrower_range_inside_dates_the_merge(extractor, text, published, sub, expected):
    doc = read_doc(extractor, text, published)
    spans = [(e.date_start, e.date_end, NARROWER in e.rule_ids) for e in doc.events if e.sub_event_type == sub]
    assert spans == [expected], [(e.sub_event_type, e.date_start, e.date_end) for e in doc.events]
