"""Fixtures for the serve tests: a store filled from composed Arabic articles."""
from __future__ import annotations

import pytest

from serve_corpus import fill_store


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "events.db"
    docs = fill_store(path)
    return path, docs
