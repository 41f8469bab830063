"""Fixtures for tests/extract."""
from __future__ import annotations

from typing import Callable, Iterator

import pytest

from marsad.extract import lexicons as L
from marsad.extract.step import EventExtractor


@pytest.fixture
def table_rows(monkeypatch) -> Iterator[Callable]:
    """``table_rows(loader, rows)``: ``loader()`` (a cached table loader of ``lexicons``) built from
    ``rows`` instead of its TSV file; the real tables it reads besides are loaded first, and every
    cache touched is cleared afterwards so later tests see the real data."""
    cleared = []

    def build(loader: Callable, rows: tuple[dict, ...]):
        L.event_types(), L.actor_table()
        monkeypatch.setattr(L, "load_table", lambda name, required=(): rows)
        loader.cache_clear()
        cleared.append(loader)
        return loader()

    yield build
    monkeypatch.undo()
    for loader in cleared:
        loader.cache_clear()


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    """One extractor per test module (built after the module's imports, as each module's own was)."""
    return EventExtractor()
