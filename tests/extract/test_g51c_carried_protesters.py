"""g51c: a Riots trigger that needs protesters (triggers.tsv "needs") may find them in the sentence right before
its own: the crowd named in one sentence burns in the next ("وأحرقوا مقرا"). Sentences composed for the test."""
from __future__ import annotations

from marsad.extract.step import EventExtractor
from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-09-08"


def _types(text: str) -> list[str]:
    return [e.event_type for e in EventExtractor()(MetaStep()(Document(text=text, published=PUB))).events]


def test_protesters_of_the_sentence_before_license_the_burning():
    text = ("تجمع مئات المتظاهرين أمس الجمعة أمام مبنى المحافظة في مدينة البصرة. "
            "وأحرقوا مساء الجمعة مقرا لأحد الأحزاب وسط مدينة البصرة.")
    assert "Riots" in _types(text)


def test_burning_without_protesters_before_stays_dropped():
    text = ("وصل وفد حكومي أمس الجمعة إلى مدينة البصرة. "
            "وأحرقوا مساء الجمعة مقرا لأحد الأحزاب وسط مدينة البصرة.")
    assert "Riots" not in _types(text)


def test_only_riots_triggers_look_back():
    # «قطع» (protesters cutting a road) still needs its protesters in its own sentence
    text = ("تجمع مئات المتظاهرين أمس الجمعة أمام مبنى المحافظة في مدينة البصرة. "
            "وتزامن ذلك مع قطع الطريق الرئيسي إلى الميناء.")
    assert "Protests" not in _types(text[text.index("وتزامن"):])
