"""A place told after its preposition told again (branch g45a), on sentences of our own.

"غارات على بلدة X وعلى بلدة Y" names two objects of one act, as "على بلدتي X وY" does: ACLED codes one event per
town, so each gets its own event (function_words list_also «وعلى»). A place after "وعلى" with more words between
(a road, a side) is no member of the list.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-03-11"  # a Sunday


def _events(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="خبر", published=PUB)))
    return [(e.sub_event_type, e.location) for e in doc.events]


def test_strikes_on_two_towns_told_with_two_prepositions(extractor):
    text = "شنت الطائرات الحربية السبت غارات على بلدة سقبا وعلى بلدة حمورية في الغوطة الشرقية.\n"
    got = _events(extractor, text)
    assert ("Air/drone strike", "Saqba") in got and ("Air/drone strike", "Hamouriyah") in got, got


def test_a_taking_of_two_towns_told_with_two_prepositions(extractor):
    text = "سيطرت قوات النظام السبت على بلدة النشابية وعلى بلدة أوتايا في الغوطة الشرقية.\n"
    got = {loc for sub, loc in _events(extractor, text) if sub == "Government regains territory"}
    assert {"An Nashābīyah", "Otaya"} <= got, got


def test_a_road_after_the_second_preposition_adds_no_town(extractor):
    text = "سيطرت قوات النظام السبت على بلدة النشابية وعلى الطريق المؤدي إلى بلدة أوتايا في الغوطة الشرقية.\n"
    got = {loc for sub, loc in _events(extractor, text) if sub == "Government regains territory"}
    assert "Otaya" not in got, got
