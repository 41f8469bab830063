"""Fixtures for tests/dedup: the pipeline and a store; the composed articles are in stories.py."""
from __future__ import annotations

import pytest

from marsad.model import Document

from stories import DAY  # noqa: I001 - a module of this folder (tests/dedup is on sys.path)


@pytest.fixture(scope="session")
def pipeline():
    from marsad.pipeline import Pipeline

    return Pipeline.default()


@pytest.fixture(scope="session")
def process(pipeline):
    """Run the standard pipeline on one composed article, as a given outlet."""
    cache: dict = {}

    def _process(text: str, outlet: str, published: str = DAY) -> Document:
        key = (text, outlet, published)
        if key not in cache:
            doc = pipeline.process(Document(text=text, site=outlet, source=outlet, published=published))
            assert isinstance(doc, Document), doc
            cache[key] = doc
        # a fresh copy each time: the store sets copy_of on what it is given
        d = cache[key]
        return Document(**{f: getattr(d, f) for f in Document.__dataclass_fields__})

    return _process


@pytest.fixture
def dstore(tmp_path):
    from marsad.store import Store

    s = Store(tmp_path / "d.db", dedup=True)
    yield s
    s.close()
