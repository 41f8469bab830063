"""A place someone came from («قادمة من»، «آتية من») is not where the act happened when the sentence names another
place for it (function_words origin, rule place-origin-54200, branch g83c; sentences of our own)."""
from __future__ import annotations

from marsad_testdata import places_of

PUB = "2018-04-29"


def test_reinforcements_not_placed_at_their_origin(extractor):
    text = "وصلت تعزيزات عسكرية جديدة لقوات النظام، السبت، قادمة من مدينة حمص إلى ريف إدلب الجنوبي."
    places = places_of(extractor, text, PUB, "Strategic developments")
    assert places == ["Idlib"]


def test_convoy_coming_from_another_town(extractor):
    text = "وصلت تعزيزات عسكرية تركية، الجمعة، آتية من بلدة الريحانية إلى مدينة عفرين."
    places = places_of(extractor, text, PUB, "Strategic developments")
    assert places == ["‘Afrīn"]


def test_origin_kept_when_no_other_place(extractor):
    text = "وصلت تعزيزات عسكرية جديدة لقوات النظام، السبت، قادمة من مدينة حمص."
    places = places_of(extractor, text, PUB, "Strategic developments")
    assert places == ["Homs"]
