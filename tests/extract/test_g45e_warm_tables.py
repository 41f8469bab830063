"""g45e: the warm-up loads the tables and modules a corpus reaches but the warm-up text does not, so that the
first document of a pass (or of every forked worker) does not pay for them."""
from __future__ import annotations

import sys

from marsad.engines import local
from marsad.extract.lexicons import trigger_pos
from marsad.geo.tables import admin1_units, neighbours


class _Pipeline:
    """Enough of a pipeline for ``_warm``: it processes the warm-up text and has no extraction step."""

    steps: tuple = ()

    def __init__(self) -> None:
        self.timings: dict[str, float] = {"extract": 1.0}

    def process(self, doc):
        return doc


def test_load_lazy_fills_the_caches():
    local._load_lazy()
    assert trigger_pos.cache_info().currsize == 1
    assert admin1_units.cache_info().currsize == 1
    assert neighbours.cache_info().currsize >= 1
    assert "numpy.ma" in sys.modules and "marsad.dedup.db" in sys.modules


def test_warm_loads_them(monkeypatch):
    called: list[int] = []
    monkeypatch.setattr(local, "_load_lazy", lambda: called.append(1))
    p = _Pipeline()
    local._warm(p)
    assert called == [1]
    assert p.timings == {}  # cleared after the warm-up, as before


def test_a_failing_load_does_not_fail_the_warm_up(monkeypatch):
    def fail() -> None:
        raise OSError("no countries.json")

    monkeypatch.setattr(local, "_load_lazy", fail)
    local._warm(_Pipeline())  # no exception: the first document that needs a table loads it
