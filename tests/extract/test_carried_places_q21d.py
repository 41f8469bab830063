"""A sentence naming no place stands where the sentence before told its happening (q21d): at the place named
there, not at the container told after it («قاعدة التيفور في ريف حمص»: the base, not Homs)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-09"


def _run(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB)))


def _placed(doc, sub_event_type):
    return [e.location for e in doc.events if e.sub_event_type == sub_event_type]


SECOND = "\nوقالت مصادر محلية إن مسلحين مجهولين اختطفوا ثلاثة من العاملين أمس."


def test_a_sentence_without_a_place_stands_at_the_base_not_at_its_container(extractor):
    doc = _run(extractor, "استهدفت صواريخ مجهولة قاعدة التيفور الجوية في ريف حمص الشرقي فجر اليوم." + SECOND)
    located = _placed(doc, "Abduction/forced disappearance")
    assert located and all("T4" in (x or "") for x in located), [(e.sub_event_type, e.location) for e in doc.events]


def test_a_sentence_without_an_act_hands_on_its_named_place_not_its_container(extractor):
    doc = _run(extractor, "وتقع قاعدة التيفور الجوية في ريف حمص الشرقي." + SECOND)
    located = _placed(doc, "Abduction/forced disappearance")
    assert located and all("T4" in (x or "") for x in located), [(e.sub_event_type, e.location) for e in doc.events]


def test_a_container_named_alone_is_still_carried(extractor):
    doc = _run(extractor, "وتقع بلدات كثيرة في ريف حمص الشرقي." + SECOND)
    assert _placed(doc, "Abduction/forced disappearance") == ["Homs"], [(e.sub_event_type, e.location) for e in doc.events]


def test_salhab_is_a_town_of_hama(extractor):
    doc = _run(extractor, "سقطت قذائف صاروخية الأحد على موقع عسكري قرب بلدة سلحب في ريف حماة الغربي.")
    assert [(e.location, e.admin1) for e in doc.events] == [("Salhab", "Hama")], [(e.location, e.admin1) for e in doc.events]


def test_the_hamrin_hills_are_a_place_of_diyala(extractor):
    doc = _run(extractor, "أطلقت القوات العراقية أمس عملية عسكرية لتعقب خلايا داعش في تلال حمرين.")
    assert [(e.location, e.admin1) for e in doc.events] == [("Hamrin mountains", "Diyala")], \
        [(e.location, e.admin1) for e in doc.events]
