"""Geocoding gaps and namesakes (g47i): spellings and a village the gazetteer lacked, and a town listed among the
villages of another province, far from its only gazetteer entry, is that province's namesake."""
from __future__ import annotations

import pytest

from marsad.geo.geocoder import Geocoder


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return Geocoder.default()


def _places(geocoder: Geocoder, text: str) -> dict[str, tuple]:
    return {m.name: (m.location, m.admin1, m.country, m.geo_precision) for m in geocoder.geocode(text)}


def test_dohuk_spelled_with_alif_is_the_iraqi_city(geocoder):
    got = _places(geocoder, "اعتقلت قوات الأمن رجلين في مدينة داهوك شمالي العراق أمس.")
    assert got["داهوك"][:3] == ("Dihok", "Duhok", "Iraq"), got


def test_fnideq_is_the_moroccan_town(geocoder):
    got = _places(geocoder, "فككت السلطات خلية في بلدة الفنيدق قرب سبتة.")
    assert got["الفنيدق"][0] == "Fnidek" and got["الفنيدق"][2] == "Morocco", got


def test_urum_al_kubra_is_a_village_of_aleppo(geocoder):
    got = _places(geocoder, "قتل مدنيون في قصف جوي على بلدة أورم الكبرى غربي حلب.")
    assert got["أورم الكبرى"][:2] == ("Urum al-Kubra", "Aleppo"), got


def test_a_town_listed_among_villages_of_another_province_is_its_namesake(geocoder):
    got = _places(geocoder, "هاجم المسلحون قرى عريقة شرق مدينة السويداء ودوما وخربة الصفا في ريف المحافظة.")
    assert got["دوما"][1] == "As-Sweida" and got["دوما"][3] != 1, got


def test_the_ghouta_town_listed_with_its_neighbours_keeps_its_entry(geocoder):
    got = _places(geocoder, "قصفت الطائرات مدن دوما وحرستا وعربين في الغوطة الشرقية.")
    assert got["دوما"][:2] == ("Dūmā", "Rural Damascus"), got


def test_a_town_told_alone_near_a_far_city_keeps_its_entry(geocoder):
    got = _places(geocoder, "انفجرت عبوة عند أحد مخارج مدينة سامراء على بعد مئة كيلومتر من بغداد.")
    assert got["سامراء"][1] == "Salah al-Din", got
