"""An act of force against protesters told before a verb of spreading («وامتدت لتشمل محافظات X وY») stands at one
place: the list after the verb is where the protests spread, and the act is not copied to each of its members
(g82b: function_words spread_verb). The protests themselves spreading keep their list."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-07-16"
FORCE = "Excessive force against protesters"


def _force_places(extractor, text: str) -> list:
    return [e.location for e in read_doc(extractor, text, PUB).events if e.sub_event_type == FORCE]


def test_force_not_copied_over_spread_list(extractor):
    text = ("وتصاعدت المظاهرات في البصرة الأحد بعد مقتل متظاهر برصاص الشرطة خلال تفريق التظاهرة، "
            "وامتدت لتشمل محافظات أخرى بينها النجف وكربلاء والمثنى.")
    places = _force_places(extractor, text)
    assert "Karbala" not in places and len(places) <= 2


def test_force_over_own_list_still_copied(extractor):
    text = "وقتلت الشرطة متظاهرا الأحد خلال تفريق التظاهرات في النجف وكربلاء."
    places = _force_places(extractor, text)
    assert "Najaf" in places and "Karbala" in places
