"""Geocoder fixtures for tests/geo: a default gazetteer built once per session in a temporary cache."""
from __future__ import annotations

import math

import pytest

from marsad.geo import Gazetteer, Geocoder
from marsad.geo.build import build_default


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


@pytest.fixture(scope="session")
def default_gaz_path(tmp_path_factory):
    return build_default(tmp_path_factory.mktemp("geo-cache") / "gazetteer-default.sqlite")


@pytest.fixture(scope="session")
def geo(default_gaz_path) -> Geocoder:
    return Geocoder(Gazetteer([default_gaz_path]))
