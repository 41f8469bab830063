"""Place audit g110g (sentences of our own): «محافظات X وY وZ» names provinces, every one of the list, not their seat
cities (place_words prefix and name_list «محافظات», recognize._share_naming_word); a town's own countryside
(«دمشق وريفها») and a short aside in brackets («حماة (وسط)») do not end the list; a name with a naming word of its
own («ومدينة حمص») does. The provinces listed after a town are places of its list, each an event of its own, not a
coarser mention of the town inside one (places.listed_places, merge._listed_apart, rule place-province-list-133002).
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-04-12"


def _places(doc):
    return [(e.sub_event_type, e.location, e.admin1, e.geo_precision) for e in doc.events]


def _strikes(doc):
    return [e for e in doc.events if e.event_type == "Explosions/Remote violence"]


def test_governorates_listed_are_provinces(extractor):
    text = "قصفت الطائرات الحربية يوم الأربعاء مواقع للمسلحين في محافظات حماة وطرطوس واللاذقية."
    doc = read_doc(extractor, text, PUB, title="تطورات")
    strikes = _strikes(doc)
    assert {e.admin1 for e in strikes} == {"Hama", "Tartous", "Lattakia"}, _places(doc)
    assert all(e.geo_precision == 3 for e in strikes), _places(doc)


def test_list_goes_on_past_an_aside_and_a_countryside(extractor):
    text = "قصفت الطائرات الحربية يوم الأربعاء مواقع للمسلحين في محافظات دمشق وريفها وحمص (وسط) وحماة."
    doc = read_doc(extractor, text, PUB, title="تطورات")
    strikes = _strikes(doc)
    assert strikes, _places(doc)
    assert all(e.geo_precision == 3 for e in strikes if e.admin1 in ("Homs", "Hama")), _places(doc)
    assert {"Homs", "Hama"} <= {e.admin1 for e in strikes}, _places(doc)


def test_a_town_named_as_such_ends_the_list(extractor):
    # guard: «ومدينة حماة» is the city, told with its own naming word
    text = "قصفت الطائرات الحربية يوم الأربعاء مواقع للمسلحين في محافظات إدلب وحلب ومدينة حماة."
    doc = read_doc(extractor, text, PUB, title="تطورات")
    hama = [e for e in _strikes(doc) if e.admin1 == "Hama"]
    assert hama and all(e.geo_precision == 1 for e in hama), _places(doc)


def test_provinces_after_the_capital_are_places_of_its_list(extractor):
    # the province around the capital, told in the list after it, is an evacuation of its own (merge._listed_apart)
    text = ("وأكد المرصد أن قيادة قوات النظام أمرت يوم الثلاثاء بإخلاء القواعد العسكرية الرئيسية في العاصمة دمشق، "
            "ومحافظات ريف دمشق وحمص وطرطوس.")
    doc = read_doc(extractor, text, PUB, title="تطورات")
    moves = [e for e in doc.events if e.sub_event_type == "Change to group/activity"]
    assert {"Damascus", "Rural Damascus", "Homs", "Tartous"} <= {e.admin1 for e in moves}, _places(doc)
    assert all(e.geo_precision == 3 for e in moves if e.admin1 != "Damascus"), _places(doc)
