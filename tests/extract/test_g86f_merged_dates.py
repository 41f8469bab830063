"""Dates of merged mentions (branch g86f), on sentences of our own.

A retold well-known happening (campaigns.tsv kind "happening": the Douma attack, cp-700, 7 April 2018) keeps the day
it is known to have taken place: a statement's day read with one mention ("كتب الرئيس في تغريدة يوم الأحد") gives way
to the known day told with another, and a statement's single day does not replace the report's week that holds the
known day. A day the fighting broke out on ("اندلعت المعارك السبت"), inside the window the context gave the clash,
narrows the clash to that day.
"""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc


CHEM = "Chemical weapon"


def _dates(doc, sub):
    return [(e.date_start, e.date_end, e.time_precision) for e in doc.events if e.sub_event_type == sub]


@pytest.mark.parametrize("text", [
    'وكتب الرئيس الأمريكي في تغريدة يوم الأحد: "قتل كثيرون بينهم أطفال في هجوم كيماوي وحشي." وحمل الرئيس روسيا '
    'وإيران المسؤولية عن هجوم دوما. وكان عشرات المدنيين قد قتلوا في دوما مساء السبت بهجوم كيماوي شنه النظام.',
    'وقال الوزير في مؤتمر صحفي يوم الأحد: "مات كثيرون في هجوم كيماوي مروع." وألقى الوزير باللوم في هجوم دوما على '
    'النظام. وكان عشرات قتلوا في دوما مساء السبت بهجوم كيماوي.',
])
def test_known_day_beats_a_statements_day(extractor, text):
    doc = read_doc(extractor, text, "2018-04-09")
    assert _dates(doc, CHEM) == [("2018-04-07", "2018-04-07", 1)], [(e.sub_event_type, e.date_start) for e in doc.events]


def test_statements_day_does_not_replace_the_week_holding_the_known_day(extractor):
    text = ("قال مسؤولون إن واشنطن لم تتأكد من نوع الغاز في الهجوم الكيماوي على دوما. وفي مؤتمر صحفي بعد الضربات على "
            "سوريا، فجر السبت الماضي، أعلن الوزير أنه متأكد من أن النظام شن هجوما كيماويا.")
    doc = read_doc(extractor, text, "2018-04-18")
    assert _dates(doc, CHEM) == [("2018-04-07", "2018-04-18", 2)], [(e.sub_event_type, e.date_start) for e in doc.events]


def test_day_the_fighting_broke_out_narrows_the_context_window(extractor):
    text = ("تدور اشتباكات عنيفة بين الجيش السوري وقوات سوريا الديموقراطية في ريف دير الزور الشرقي. وقال المرصد إن "
            "المعارك اندلعت السبت بين الطرفين في ريف دير الزور.")
    doc = read_doc(extractor, text, "2018-04-29")
    assert _dates(doc, "Armed clash") == [("2018-04-28", "2018-04-28", 1)], [(e.sub_event_type, e.date_start) for e in doc.events]
