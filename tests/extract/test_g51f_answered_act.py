"""The act a reason clause answers (g51f): «ردا على قذيفة هاون سقطت في ...» tells, by a verb of its own, a happening
of the same days with its own attacker and place. It is kept as an event apart from the act that answers it, and
the answerer is not made its attacker. An alleged act answered («هجوم كيميائي مزعوم») stays the reference."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-07-08"  # a Sunday
ISRAEL = "Military Forces of Israel (1948-)"


def _run(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB)))


def _acts(doc):
    return [(e.sub_event_type, e.actor1, e.location) for e in doc.events]


def test_answered_shell_told_by_its_verb_is_an_event_of_its_own(extractor):
    doc = _run(extractor, "قصفت المدفعية الإسرائيلية يوم الأحد قرى في ريف القنيطرة ردا على قذيفة هاون "
                          "سقطت في هضبة الجولان.")
    acts = _acts(doc)
    assert len(acts) == 2, acts
    assert any(a1 == ISRAEL for _, a1, _ in acts), acts
    assert any(a1 != ISRAEL and loc == "Golan" for _, a1, loc in acts), acts


def test_answered_rocket_fire_that_happened_is_not_the_answerers(extractor):
    doc = _run(extractor, "أعلن الجيش الإسرائيلي يوم الأحد أنه استهدف مواقع في سوريا ردا على إطلاق صاروخ سقط "
                          "في هضبة الجولان.")
    acts = _acts(doc)
    assert len(acts) == 2, acts
    assert sum(a1 == ISRAEL for _, a1, _ in acts) == 1, acts


def test_an_alleged_act_answered_stays_the_reference(extractor):
    # a guard: the accusation answered is no event of the report
    doc = _run(extractor, "قصفت طائرات حربية مواقع عسكرية في مدينة حمص يوم الأحد ردا على هجوم كيميائي مزعوم "
                          "استهدف مدينة دوما.")
    assert all(st != "Chemical weapon" for st, _, _ in _acts(doc)), _acts(doc)
    assert len(_acts(doc)) == 1, _acts(doc)
