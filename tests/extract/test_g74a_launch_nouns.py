"""g74a: the nouns and forms of launching (function_words launch: إطلاق، انطلاقا، أطلقتهما) mark the place after
"من" as the launch site of a strike, so the strike goes to the place hit named in the same sentence. Sentences
composed for the tests."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

ERV = "Explosions/Remote violence"


def _run(extractor, text, published="2018-05-10"):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _places(doc, event_type=ERV):
    return [e.location for e in doc.events if e.event_type == event_type]


def test_a_launch_noun_before_min_makes_the_town_a_launch_site(extractor):
    doc = _run(extractor, "أصيب مدنيان أمس الاثنين جراء إطلاق قذائف من مدينة الرستن على بلدة تلبيسة.")
    assert _places(doc) == ["Tallbīsah"]


def test_intilaqan_min_makes_the_town_a_launch_site(extractor):
    doc = _run(extractor, "أصيب ثلاثة مدنيين أمس الاثنين بقصف صاروخي انطلاقا من مدينة الرستن على بلدة تلبيسة.")
    assert _places(doc) == ["Tallbīsah"]


def test_a_town_near_the_place_hit_is_not_a_launch_site(extractor):
    # guard: no launch word, the town hit stays first
    doc = _run(extractor, "أصيب مدنيان أمس الاثنين بقصف مدفعي على بلدة تلبيسة قرب مدينة الرستن.")
    assert _places(doc) == ["Tallbīsah"]
