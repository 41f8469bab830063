"""«على أيدي X» (branch g50f), the plural of «على يد X»: X is the one who did it (actor1), not the one it was done to.
Without the function_words row the perpetrator was taken as the target (actor2) and actor1 stayed empty."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

IS = "Islamic State (Iraq and Syria)"


def _run(extractor, text, published="2018-06-10"):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _sides(doc):
    return [(e.actor1, e.actor2) for e in doc.events if e.event_type == "Violence against civilians"]


def test_the_perpetrator_after_ala_aydi_is_the_agent(extractor):
    doc = _run(extractor, "قال مسؤول محلي يوم الأحد إن نساء القرية تعرضن للتعذيب والاغتصاب على أيدي تنظيم داعش قرب الموصل.")
    sides = _sides(doc)
    assert sides and sides[0][0] == IS
    assert sides[0][1] != IS


def test_ala_aydi_with_a_bare_hamza_also_marks_the_agent(extractor):
    doc = _run(extractor, "وذكر شهود يوم السبت أن فتيات تعرضن للتعذيب والاغتصاب على ايدي مسلحي داعش في قرية شمال سنجار.")
    sides = _sides(doc)
    assert sides and sides[0][0] == IS
    assert sides[0][1] != IS
