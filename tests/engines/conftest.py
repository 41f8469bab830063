"""Fixtures of the engine tests; the composed inputs live in ``engine_testdata``."""
from __future__ import annotations

import pytest

from engine_testdata import make_corpus


@pytest.fixture
def corpus(tmp_path) -> list[str]:
    return make_corpus(tmp_path)
