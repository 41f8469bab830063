"""Places a sentence names that are no place of its act, second round (q18a): a launch site told inside the "من"
phrase, after the launcher («أطلقت صواريخ من سفن في البحر الأحمر»)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-14"


def _run(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB)))


def test_a_launch_site_after_the_launcher_in_the_from_phrase_is_no_place_of_the_strike(extractor):
    doc = _run(extractor, "أطلقت البوارج الأمريكية صواريخ من سفن في البحر الأحمر على سوريا فجر اليوم.")
    assert [e.location for e in doc.events] == ["Syria"], [(e.sub_event_type, e.location) for e in doc.events]


def test_a_target_word_ends_the_from_phrase(extractor):
    # "من طراز ... على مواقع في حمص": the place after the target word is where the missiles landed
    doc = _run(extractor, "أطلقت الولايات المتحدة صواريخ من طراز كروز على مواقع عسكرية في حمص فجر اليوم.")
    assert [e.location for e in doc.events] == ["Homs"], [(e.sub_event_type, e.location) for e in doc.events]
