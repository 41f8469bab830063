"""Strikes told by the verb «ضربت» with targets as its object, and an attack dated by the day it began (branch g110p).

«ضربت الطائرات ليل الاثنين الثلاثاء مواقع ...»: the perfect of «ضرب» with a strike's target as its object, past a day
or a quantity (triggers.tsv tr-air-136000, needs >struck_target; function_words object_gap += the parts of the day),
is an air strike as the noun «ضربة» is; missiles as its subject make it a missile strike (tr-shell-136001).
«القصف العنيف، الذي بدأ الأحد»: the act is the subject of the relative verb of beginning, so the day is its own first
day and it runs to the report's day (began-own-136000), as the dev gold dates «منذ مساء الثلاثاء».
Sentences of our own.
"""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

AIR = "Air/drone strike"
MISSILE = "Shelling/artillery/missile attack"


def _strikes(doc):
    return [(e.sub_event_type, e.date_start, e.date_end, e.actor1) for e in doc.events
            if e.event_type == "Explosions/Remote violence"]


def test_struck_targets_past_a_night(extractor):
    doc = read_doc(extractor, "وكانت إسرائيل ضربت ليل الاثنين الثلاثاء عشرات المواقع العسكرية في ريف حمص.",
                   "2018-06-20")
    got = _strikes(doc)
    assert (AIR, "2018-06-18", "2018-06-19", "Military Forces of Israel (1948-)") in got, got


def test_missiles_struck_a_base(extractor):
    doc = read_doc(extractor, "وقال المرصد إن الصواريخ ضربت مقرا للمسلحين في بلدة الميادين يوم الاثنين.", "2018-06-20")
    got = [(e.sub_event_type, "tr-shell-136001" in e.rule_ids) for e in doc.events]
    assert got == [(MISSILE, True)], [(e.sub_event_type, e.rule_ids) for e in doc.events]


@pytest.mark.parametrize("text", [
    # guard: what «ضربت» hits is no target (a storm, talks): no strike
    "وقال الوزير إن الأزمة ضربت المفاوضات في جنيف وأضعفت الثقة بين الأطراف.",
    # guard: the target named far from the verb, after another object, is not its object
    "وقال الوزير إن الضربة ضربت مؤتمر السلام بعد أن أصابت أهدافا في سوريا.",
])
def test_struck_without_target_object(extractor, text):
    doc = read_doc(extractor, text, "2018-06-20")
    assert not any("tr-air-136000" in e.rule_ids for e in doc.events), _strikes(doc)


def test_answer_keeps_its_own_place(extractor):
    # the answering strike's place is told before «ردا على»; the Golan, past the commas after it, is the answered fire's
    doc = read_doc(extractor, "وكانت إسرائيل ضربت ليل الاثنين الثلاثاء عشرات الأهداف في سوريا، ردا على إطلاق صواريخ "
                              "نسبتها إلى إيران، بعد منتصف الليل، على مواقع إسرائيلية في هضبة الجولان.", "2018-06-19")
    got = [(e.sub_event_type, e.location) for e in doc.events if "tr-air-136000" in e.rule_ids]
    assert got == [(AIR, "Syria")], [(e.sub_event_type, e.location, e.rule_ids) for e in doc.events]


def test_shelling_dated_from_the_day_it_began(extractor):
    doc = read_doc(extractor, "وأفاد المرصد بأن القوات الحكومية تقدمت بعد أيام من القصف العنيف، الذي بدأ الأحد على "
                              "بلدات ريف درعا الشرقي.", "2018-06-21")
    got = [(e.date_start, e.date_end, "began-own-136000" in e.rule_ids) for e in doc.events
           if e.sub_event_type == MISSILE]
    assert got == [("2018-06-17", "2018-06-21", True)], _strikes(doc)


def test_campaign_begun_by_another_stays_its_day(extractor):
    # guard: a verb of beginning with its own subject between tells another act's start, not the shelling's
    doc = read_doc(extractor, "وقصفت القوات الحكومية بلدة الحراك اليوم الخميس، بعد هجوم بدأته الأحد على ريف درعا.",
                   "2018-06-21")
    got = [(e.date_start, e.date_end) for e in doc.events if e.sub_event_type == MISSILE]
    assert got == [("2018-06-21", "2018-06-21")], _strikes(doc)
