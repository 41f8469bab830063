"""A taking's or a battle's place is its own clause's: a place told after «بينما/فيما/في حين/في وقت» belongs to the
later clause's happening, when the act's own clause names a place (places.own_clause, branch g76b; sentences of our
own)."""
from __future__ import annotations

from marsad_testdata import places_of

PUB = "2018-04-10"


def _places(extractor, text, kind):
    return places_of(extractor, text, PUB, kind)


def test_departure_not_at_later_clause_town(extractor):
    text = "غادر مئات المسلحين يوم الإثنين مناطق في الغوطة الشرقية في وقت تحدثت مصادر عن حشود للقوات حول مدينة دوما."
    places = _places(extractor, text, "Strategic developments")
    assert places and "Dūmā" not in places


def test_taking_not_at_later_clause_camp(extractor):
    text = ("أعلن الجيش يوم الإثنين استعادة السيطرة على القلمون الشرقي، في حين تحتشد قواته حول مخيم اليرموك "
            "جنوب دمشق.")
    places = _places(extractor, text, "Battles")
    assert places and "Yarmouk camp" not in places


def test_kama_goes_on_with_the_same_act(extractor):
    # «كما» adds towns of the same act: the city after it stays a place of the agreements
    text = "توصلت الفصائل يوم الإثنين إلى اتفاقات مصالحة في بلدات المسيفرة وكحيل كما في مدينة بصرى الشام."
    assert "Buşrá ash Shām" in _places(extractor, text, "Strategic developments")
