"""Whole-article audit g104l (sentences of our own).

- An old month told after the act by «في» in what a speaker said dates the act, not the statement's day told before it:
  «أكدت المنظمة، الاثنين، أن الغاز استخدم في هجوم على البلدة في يناير» is background, not news of that Monday.
- Rumours («شائعات عن»، «انتشار أنباء عن») tell what was said to have happened, unconfirmed or false.
- An attack charged as launched on a named place («اتهام دمشق للقوات الإسرائيلية بشن هجوم على مطار ...») is read; the
  same words threatened make nothing, and a chemical one is left to the chemical rows.
"""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-06-13"

ARREST = ("Strategic developments", "Arrests")
KILLING = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")

# (sentence, (event type, sub-event type) that must not be read; None: no event at all)
NOT_NEWS = [
    ("أكدت منظمة حظر الأسلحة الكيماوية، الاثنين، أن غاز الكلور استخدم على الأرجح كسلاح في هجوم استهدف بلدة "
     "كفرزيتا في يناير.", None),
    ("وقال مسؤول أمني للصحفيين، الثلاثاء، إن الشرطة اعتقلت القيادي أبو خالد، المعروف بلقبه الأمير، في فبراير، في مدينة "
     "الموصل.", ARREST),
    ("وظهر الناشط المعارض سالم حيا في مؤتمر صحفي الخميس في مدينة أربيل بعد يومين من انتشار أنباء عن اغتياله.", KILLING),
    ("وتناقلت مواقع التواصل الثلاثاء شائعات عن اعتقال القيادي أبو خالد في مدينة الموصل.", ARREST),
    ("وهدد الرئيس الأحد بشن هجوم على مطار المزة العسكري.", None),
    ("واتهمت المعارضة قوات النظام بشن هجوم على بلدة كفرزيتا بالأسلحة الكيماوية الأحد.", CLASH),
]

# (sentence, (event type, sub-event type) that must be read): guards and the charged attack
NEWS = [
    ("وقال مسؤول أمني للصحفيين، الثلاثاء، إن الشرطة اعتقلت القيادي أبو خالد في مدينة الموصل.", ARREST),
    ("وقال مسؤول أمني للصحفيين، الثلاثاء، إن الشرطة اعتقلت القيادي أبو خالد في مدينة الموصل التي استعادها الجيش في "
     "فبراير.", ARREST),
    ("وقتل مسلحون مجهولون الناشط المعارض سالم بالرصاص الخميس في مدينة أربيل.", KILLING),
    ("وجاء الاتصال في خضم اتهام دمشق للقوات الجوية الإسرائيلية بشن هجوم على مطار المزة العسكري، الأحد.",
     ("Explosions/Remote violence", "Air/drone strike")),
]


def _types(doc):
    return [(e.event_type, e.sub_event_type, e.location, e.date_start) for e in doc.events]


@pytest.mark.parametrize("text,kind", NOT_NEWS)
def test_not_news(extractor, text, kind):
    doc = read_doc(extractor, text, PUB, title="تقرير")
    if kind is None:
        assert not doc.events, _types(doc)
    else:
        assert not any((e.event_type, e.sub_event_type) == kind for e in doc.events), _types(doc)


@pytest.mark.parametrize("text,kind", NEWS)
def test_news(extractor, text, kind):
    doc = read_doc(extractor, text, PUB, title="تقرير")
    assert any((e.event_type, e.sub_event_type) == kind for e in doc.events), (_types(doc), doc.dropped)
