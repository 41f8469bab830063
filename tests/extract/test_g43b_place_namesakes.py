"""Place disambiguation (g43b): a town told near another town is no namesake of a far province, and
«البحر الأحمر» is the sea unless «محافظة» names the Egyptian governorate."""
from __future__ import annotations

import pytest

from marsad.geo.geocoder import Geocoder


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return Geocoder.default()


def _places(geocoder: Geocoder, text: str) -> dict[str, tuple]:
    return {m.name: (m.location, m.admin1, m.country) for m in geocoder.geocode(text)}


def test_a_town_near_a_town_of_another_province_is_no_far_namesake(geocoder):
    got = _places(geocoder, "اندلعت اشتباكات عنيفة في قرية المليحة بالقرب من بلدة كفر شمس في ريف درعا الشمالي.")
    assert got["المليحة"][1] == "Dar'a", got


def test_a_town_near_a_town_of_its_own_province_keeps_its_entry(geocoder):
    got = _places(geocoder, "قصفت الطائرات بلدة المليحة بالقرب من بلدة جسرين في الغوطة الشرقية.")
    assert got["المليحة"][:2] == ("Al Mulayḩah", "Rural Damascus"), got


def test_the_red_sea_is_no_egyptian_governorate(geocoder):
    got = _places(geocoder, "أعلن الحوثيون استهداف سفينة حربية في البحر الأحمر قبالة ميناء الحديدة.")
    assert "البحر الأحمر" not in got and got["الحديدة"][2] == "Yemen", got


def test_the_red_sea_governorate_named_as_such_stays(geocoder):
    got = _places(geocoder, "أعلنت الشرطة ضبط خلية في محافظة البحر الأحمر شرقي مصر.")
    assert got["البحر الأحمر"] == ("Red Sea", "Red Sea", "Egypt"), got
