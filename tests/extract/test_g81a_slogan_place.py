"""g81a: the places told in a rally's slogan ("احتجاجا على"، "تضامنا مع"، "تظاهرة احتجاج على" ... to the end of its
clause) are what the rally is about, not where the crowd is: when the sentence names another town for the gathering,
the gathering stands there (places.slogan_places). Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-03-05"
PEACEFUL = "Peaceful protest"


def test_rally_abroad_with_protest_noun_stands_where_it_is(extractor):
    evs = events_of(extractor, "وفي برلين شارك مئات الأكراد يوم السبت في تظاهرة احتجاج على القصف التركي، الذي "
                    "يستهدف منذ أسابيع، في منطقة عفرين.", PEACEFUL, PUB)
    assert evs and all("Berlin" in str(e.location) for e in evs)


def test_sit_in_abroad_in_solidarity_stands_where_it_is(extractor):
    evs = events_of(extractor, "في باريس، نظم ناشطون أكراد يوم الأحد وقفة احتجاجية تضامنا مع سكان مدينة عفرين المحاصرة.",
                    PEACEFUL, PUB)
    assert evs and all("Paris" in str(e.location) for e in evs)


def test_slogan_town_kept_when_no_other_town_is_named(extractor):
    # guard: "احتجاجا على انقطاع الكهرباء في البصرة": with no other town the slogan's town is the rally's too
    evs = events_of(extractor, "تظاهر مئات الشبان يوم الجمعة احتجاجا على انقطاع الكهرباء في مدينة البصرة.",
                    PEACEFUL, "2018-07-15")
    assert evs and all("Basra" in str(e.location) for e in evs)
