"""An attack on civilians whose sentence names no hand is not the report's main state's (branch g41a,
actor_roles.tsv rule "unborrowed", ar-18800): the unidentified armed group stands for the unnamed hand."""
from __future__ import annotations

import pytest

from marsad.extract.lexicons import actor_roles
from marsad.model import Document
from marsad.pipeline import MetaStep


def _run(extractor, text, published="2018-04-20"):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _attacks(doc):
    return [e for e in doc.events if e.event_type == "Violence against civilians"]


@pytest.mark.parametrize("text,country", [
    ("أعلنت الولايات المتحدة وروسيا مواقفهما في مجلس الأمن. وقال مسؤول إن قافلة إغاثة تابعة للأمم المتحدة تعرضت "
     "لإطلاق نار الخميس قرب مدينة حمص.", "Syria"),
    ("قال وزير الخارجية الإيراني إن طهران تدعم الحوار. وكانت مدينة كربلاء قد شهدت الخميس اغتيال طبيب معروف أمام "
     "عيادته.", "Iraq"),
])
def test_an_unnamed_hand_is_an_unidentified_group(extractor, text, country):
    attacks = _attacks(_run(extractor, text))
    assert attacks
    assert all(e.actor1 == f"Unidentified Armed Group ({country})" for e in attacks)
    assert all("ar-18800" in e.rule_ids for e in attacks)


def test_a_hand_named_in_the_sentence_is_kept(extractor):
    attacks = _attacks(_run(extractor, "قال المرصد إن عناصر تنظيم داعش أعدموا خمسة مدنيين الخميس في ريف دير الزور."))
    assert attacks and all(e.actor1 == "Islamic State (Iraq and Syria)" for e in attacks)


def test_the_rule_is_a_table_row():
    rows = [r for rules in actor_roles().values() for r in rules if r.rule == "unborrowed"]
    assert [(r.id, r.kind, r.actor) for r in rows] == [("ar-18800", "state", "unid")]
