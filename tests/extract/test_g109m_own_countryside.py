"""g109m (one event per named place: a town and its own countryside told as one list).

- «مدينة X وريفيها الشرقي والغربي»، «مدينة X وريفها الغربي» (place_words own_countryside): each side of the town's own
  countryside is one more place of the town's list, one event each (place-list-128000), kept apart from the town's
  event and from other towns by the merge, with ids of their own.
- A countryside told with no side («مدينة إدلب وريفها») is a place too when it reads apart from the town (the
  province's countryside); a countryside read at the town's own point is no second place.
- A countryside told without an act (where fighters stay) gives no event."""
from __future__ import annotations

from marsad_testdata import of_kind, read_doc

PUB = "2018-06-21"  # a Thursday
STRIKE = ("Explosions/Remote violence", "Air/drone strike")
OWN = "place-list-128000"


def test_city_and_both_sides_of_its_countryside(extractor):
    doc = read_doc(extractor, "وقصفت الطائرات الحربية السورية أمس بالبراميل المتفجرة مدينة حماة وريفيها الشمالي "
                              "والجنوبي، بحسب ناشطين.", PUB)
    ev = of_kind(doc, STRIKE)
    assert len(ev) == 3
    assert sum(OWN in e.rule_ids for e in ev) == 2
    # the two sides stand apart from the city and from each other
    assert len({(e.latitude, e.longitude) for e in ev}) == 3
    assert len({e.assign_id() for e in ev}) == 3


def test_one_side_of_the_countryside(extractor):
    doc = read_doc(extractor, "وشنت الطائرات الروسية أمس غارات على مدينة إدلب وريفها الجنوبي.", PUB)
    ev = of_kind(doc, STRIKE)
    assert len(ev) == 2
    own = [e for e in ev if OWN in e.rule_ids]
    assert len(own) == 1 and own[0].geo_precision == 2


def test_countryside_without_side_or_act(extractor):
    # no side told: the province's countryside, apart from the city
    doc = read_doc(extractor, "وشنت الطائرات الروسية أمس غارات على مدينة إدلب وريفها.", PUB)
    ev = of_kind(doc, STRIKE)
    assert len(ev) == 2 and len({(e.latitude, e.longitude) for e in ev}) == 2
    # where fighters stay is no act
    doc = read_doc(extractor, "وقال المسؤول إن مئات المسلحين ما زالوا في مدينة حماة وريفيها الشمالي والجنوبي.", PUB)
    assert not any(OWN in e.rule_ids for e in doc.events)
