"""Geocoder fixtures for tests/geo: a default gazetteer built once per session in a temporary cache."""
from __future__ import annotations

import pytest

from marsad.geo import Gazetteer, Geocoder


@pytest.fixture(scope="session")
def default_gaz_path(tmp_path_factory):
    """The default gazetteer, built once into a private cache that the CLI and Geocoder.default() also use."""
    import os

    from marsad.geo.gazetteer import default_gazetteer_path

    cache = tmp_path_factory.mktemp("geo-cache")
    saved = {k: os.environ.get(k) for k in ("MARSAD_CACHE_DIR", "MARSAD_GAZETTEER")}
    os.environ["MARSAD_CACHE_DIR"] = str(cache)
    os.environ["MARSAD_GAZETTEER"] = str(cache / "no-user-gazetteer.sqlite")
    yield default_gazetteer_path()
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(scope="session")
def geo(default_gaz_path) -> Geocoder:
    return Geocoder(Gazetteer([default_gaz_path]))
