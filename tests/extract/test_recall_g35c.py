"""Recall on unseen news, on sentences of our own (branch g35c): happenings the extractor dropped wrongly."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _types(doc):
    return [e.event_type for e in doc.events]


@pytest.mark.parametrize("text, etype", [
    # the toll told first, its cause after «بعد» (frames._toll_cause, function_words toll_before)
    ("وأفادت الوكالة أن امرأة لقيت مصرعها وأصيب طفلان بعد سقوط قذائف صاروخية على حي الميدان في مدينة حلب.",
     "Explosions/Remote violence"),
    ("وأعلنت الشرطة مقتل أربعة من مسلحي التنظيم بعد اشتباك مسلح قرب مدينة الحويجة.", "Battles"),
])
def test_strike_or_clash_after_its_toll_is_news(extractor, text, etype):
    assert etype in _types(_run(extractor, text))


def test_recalled_happening_without_a_toll_stays_background(extractor):
    # no toll before «بعد»: the clash dates the main clause, a happening recalled
    doc = _run(extractor, "وعاد الهدوء إلى مدينة الحويجة بعد الاشتباكات التي شهدتها في العام الماضي.")
    assert "Battles" not in _types(doc)


def test_indefinite_strike_told_by_its_masculine_result_verb_is_news(extractor):
    # «أدى» (told_verb, the masculine of «أدت»): the indefinite attack after «بعد» is told with its toll
    doc = _run(extractor, "وأعلنت الحكومة الحداد بعد هجوم صاروخي أدى إلى مقتل خمسة مدنيين في بلدة تلبيسة.")
    assert "Explosions/Remote violence" in _types(doc)


def test_strikes_expected_in_the_feminine_present_are_no_event(extractor):
    # «تتوقع» (md-exp-12700): "توقع*" and "يتوقع*" missed the ت prefix
    doc = _run(extractor, "وتتوقع مصادر عسكرية قيام الجيش بشن غارات على مواقع المسلحين في ريف حماة.")
    assert doc.events == []
    assert any(d["reason"] == "modality:expectation" for d in doc.dropped)
