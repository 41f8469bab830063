"""Al-Taybah of Dar'a (g85e, places_extra pl-51031): a village south-east of Dar'a city that the gazetteer only knew
as its Jordanian and Palestinian namesakes, so strikes on it stood at the province or at Dar'a city."""
from __future__ import annotations

import pytest

from marsad.geo.geocoder import Geocoder


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return Geocoder.default()


def _places(geocoder: Geocoder, text: str) -> dict[str, tuple]:
    return {m.name: (m.location, m.admin1, m.country) for m in geocoder.geocode(text)}


def test_the_dara_town_after_a_naming_word(geocoder):
    got = _places(geocoder, "قتل خمسة مدنيين في قصف جوي استهدف بلدة الطيبة في ريف درعا الشرقي صباح اليوم.")
    assert got.get("الطيبة") == ("Al-Taybah", "Dar'a", "Syria"), got


def test_the_dara_town_in_a_list_of_dara_towns(geocoder):
    got = _places(geocoder, "شنت الطائرات غارات على بلدات النعيمة والطيبة وأم المياذن قرب الحدود الأردنية.")
    assert got.get("الطيبة", ("",))[0] == "Al-Taybah", got


def test_the_bare_word_stays_a_common_word(geocoder):
    got = _places(geocoder, "قال المسؤول إن النية الطيبة وحدها لا تكفي لإنهاء الأزمة.")
    assert "الطيبة" not in got, got
