"""Another sense of the trigger, on sentences of our own (branch g111s): a launch or firing told as what a drill or a
manoeuvre trains for (md-sense-146000..146007), and «لعزل» as an aim, never a taking (md-int-146010)."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-09-12"  # a Wednesday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _reasons(doc):
    return {d["reason"] for d in doc.dropped}


@pytest.mark.parametrize("text, reason", [
    # bombers flown to practise a launch (md-sense-146000)
    ("وأرسلت روسيا الثلاثاء قاذفات استراتيجية إلى بحر قزوين للتدريب على إطلاق صواريخ مجنحة قرب سوريا.",
     "modality:sense"),
    # a drill on launching (md-sense-146002)
    ("ونفذت القوات البحرية الإيرانية الإثنين تدريبات على إطلاق صواريخ مضادة للسفن قرب مضيق هرمز.",
     "modality:sense"),
    # manoeuvres with live fire (md-sense-146006)
    ("وبدأت البحرية الروسية الثلاثاء مناورات واسعة تشمل إطلاق صواريخ قرب الساحل السوري.", "modality:sense"),
    # to isolate a country is an aim, no taking (md-int-146010)
    ("وأشاد الوزير الثلاثاء بجهود حلفاء بلاده لعزل إيران في المنطقة.", "modality:intention"),
])
def test_practice_or_aim_is_no_happening(extractor, text, reason):
    doc = _run(extractor, text)
    assert not doc.events
    assert reason in _reasons(doc)

