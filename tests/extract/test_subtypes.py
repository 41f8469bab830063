"""Sub-types and history from the audit of unseen news (branch q8a), on sentences of our own.

Each test names an error class the audit found recurring: a happening coded with the wrong
sub-type or agent, or history told as if it happened now.
"""
from __future__ import annotations

import pytest

from marsad.extract.step import EventExtractor
from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-12"  # a Thursday


@pytest.fixture(scope="module")
def extractor():
    return EventExtractor()


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _subs(doc):
    return [(e.sub_event_type, e.actor1) for e in doc.events]


@pytest.mark.parametrize("text, actor", [
    ("قصف الجيش الإسرائيلي مواقع عسكرية في ريف القنيطرة فجر الأربعاء.", "Israel"),
    ("وقصفت القوات الروسية بلدة كفرنبل في ريف إدلب يوم الأربعاء.", "Russia"),
    ("قصفت قوات التحالف الدولي قرية الباغوز في ريف دير الزور الشرقي يوم الأربعاء.", "Coalition"),
    ("وهاجمت إسرائيل مواقع إيرانية قرب مدينة الكسوة في ريف دمشق يوم الأربعاء.", "Israel"),
])
def test_forces_that_fight_in_syria_from_the_air_only_strike_from_the_air(extractor, text, actor):
    doc = _run(extractor, text)
    assert [s for s, a in _subs(doc) if actor in (a or "")] == ["Air/drone strike"], _subs(doc)


@pytest.mark.parametrize("text, sub", [
    # the Syrian army has artillery: its «قصف» stays shelling
    ("قصفت قوات النظام بلدة كفرنبل في ريف إدلب يوم الأربعاء.", "Shelling/artillery/missile attack"),
    # outside Syria the row does not hold (Israeli tanks shell Gaza)
    ("قصف الجيش الإسرائيلي بلدة بيت حانون في قطاع غزة يوم الأربعاء.", "Shelling/artillery/missile attack"),
])
def test_other_forces_and_other_theatres_keep_shelling(extractor, text, sub):
    doc = _run(extractor, text)
    assert [s for s, _ in _subs(doc)] == [sub], _subs(doc)
