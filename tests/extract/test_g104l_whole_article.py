"""Whole-article audit g104l (sentences of our own).

An old month told after the act by «في» in what a speaker said dates the act, not the statement's day told before it:
«قالت الهيئة، الاثنين، إن غاز السارين استخدم في هجوم على البلدة في يناير» is background, not news of that Monday.
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-06-13"


def _types(doc):
    return [(e.event_type, e.sub_event_type, e.location, e.date_start) for e in doc.events]


def test_old_month_after_the_act_dates_it(extractor):
    doc = read_doc(extractor, "أكدت منظمة حظر الأسلحة الكيماوية، الاثنين، أن غاز الكلور استخدم على الأرجح "
                   "كسلاح في هجوم استهدف بلدة كفرزيتا في يناير.", PUB, title="تقرير")
    assert not doc.events, _types(doc)


def test_old_month_past_commas_dates_an_arrest(extractor):
    doc = read_doc(extractor, "وقال مسؤول أمني للصحفيين، الثلاثاء، إن الشرطة اعتقلت القيادي أبو خالد، المعروف بلقبه "
                   "الأمير، في فبراير، في مدينة الموصل.", PUB, title="تقرير")
    assert not any(e.sub_event_type == "Arrests" for e in doc.events), _types(doc)


def test_recent_statement_day_stays_without_an_old_month(extractor):
    # guard: no old day after the act, the statement's day still dates the news
    doc = read_doc(extractor, "وقال مسؤول أمني للصحفيين، الثلاثاء، إن الشرطة اعتقلت القيادي أبو خالد في مدينة الموصل.",
                   PUB, title="تقرير")
    assert any(e.sub_event_type == "Arrests" for e in doc.events), (_types(doc), doc.dropped)


def test_old_month_of_a_relative_clause_is_the_noun_history(extractor):
    # guard: a month past a relative pronoun tells the place's history, not the act's day
    doc = read_doc(extractor, "وقال مسؤول أمني للصحفيين، الثلاثاء، إن الشرطة اعتقلت القيادي أبو خالد في مدينة الموصل "
                   "التي استعادها الجيش في فبراير.", PUB, title="تقرير")
    assert any(e.sub_event_type == "Arrests" for e in doc.events), (_types(doc), doc.dropped)


def test_rumoured_killing_is_no_happening(extractor):
    doc = read_doc(extractor, "وظهر الناشط المعارض سالم حيا في مؤتمر صحفي الخميس في مدينة أربيل بعد يومين من انتشار "
                   "أنباء عن اغتياله.", PUB, title="تقرير")
    assert not any(e.event_type == "Violence against civilians" for e in doc.events), _types(doc)


def test_rumours_of_an_arrest_are_no_arrest(extractor):
    doc = read_doc(extractor, "وتناقلت مواقع التواصل الثلاثاء شائعات عن اعتقال القيادي أبو خالد في مدينة الموصل.", PUB,
                   title="تقرير")
    assert not any(e.sub_event_type == "Arrests" for e in doc.events), _types(doc)


def test_killing_told_as_news_stays(extractor):
    # guard: without the rumour the same killing is news
    doc = read_doc(extractor, "وقتل مسلحون مجهولون الناشط المعارض سالم بالرصاص الخميس في مدينة أربيل.", PUB,
                   title="تقرير")
    assert any(e.event_type == "Violence against civilians" for e in doc.events), (_types(doc), doc.dropped)


def test_charged_attack_on_an_airbase_is_a_strike(extractor):
    doc = read_doc(extractor, "وجاء الاتصال في خضم اتهام دمشق للقوات الجوية الإسرائيلية بشن هجوم على مطار المزة "
                   "العسكري، الأحد.", PUB, title="تقرير")
    assert any(e.event_type == "Explosions/Remote violence" and e.location and "Mezzeh" in e.location
               for e in doc.events), (_types(doc), doc.dropped)


def test_threatened_attack_makes_nothing(extractor):
    # guard: with no charge in the sentence «بشن هجوم على» is a threat's object
    doc = read_doc(extractor, "وهدد الرئيس الأحد بشن هجوم على مطار المزة العسكري.", PUB, title="تقرير")
    assert not doc.events, _types(doc)


def test_charged_chemical_attack_keeps_its_own_row(extractor):
    # guard: «بشن هجوم على ... بالأسلحة الكيماوية» is the chemical rows' (no armed clash from the charge)
    doc = read_doc(extractor, "واتهمت المعارضة قوات النظام بشن هجوم على بلدة كفرزيتا بالأسلحة الكيماوية الأحد.", PUB,
                   title="تقرير")
    assert not any(e.event_type == "Battles" for e in doc.events), _types(doc)
