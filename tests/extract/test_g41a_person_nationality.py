"""A nationality right after a person told by role is the person's, no side of the act (branch g41a,
function_words person_noun): "قتل الصحافي الروسي" is no Russian attack."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

RUSSIA = "Military Forces of Russia (2000-)"
SYRIA = "Military Forces of Syria (2000-)"


def _run(extractor, text, published="2018-06-12"):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _sides(doc):
    return [(e.actor1, e.actor2) for e in doc.events]


def test_a_journalists_nationality_is_no_attacker(extractor):
    doc = _run(extractor, "وقالت الشرطة إن مسلحين مجهولين قتلوا الصحافي الروسي المعروف أمام منزله في مدينة أوديسا الاثنين.")
    assert doc.events
    assert all(RUSSIA not in sides for sides in _sides(doc))


def test_an_experts_nationality_is_no_attacker(extractor):
    doc = _run(extractor, "ذكرت صحيفة أمريكية أن الاستخبارات الإسرائيلية كانت وراء اغتيال الخبير السوري البارز في مدينة "
                          "مصياف السبت.", published="2018-08-07")
    attacks = [e for e in doc.events if e.event_type == "Violence against civilians"]
    assert attacks and all(e.actor1 != SYRIA for e in attacks)


def test_a_nationality_after_a_force_still_names_it(extractor):
    """A guard: the adjective of a force is still its side."""
    doc = _run(extractor, "قصف الطيران الروسي الاثنين بلدة في ريف إدلب وقتل خمسة مدنيين.")
    assert any(e.actor1 == RUSSIA for e in doc.events)
