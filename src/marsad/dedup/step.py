"""Pipeline step: the document's near-duplicate fingerprint, computed where the pipeline runs.

The store's write path (one writer) would otherwise shingle and MinHash every document itself;
computed in the workers, that cost is spread over the cores. The store falls back to computing it
when a document arrives without one (the Dask engine's partitions do not carry it).
"""
from __future__ import annotations

import os

from marsad.dedup.shingles import shingle_hashes, signature
from marsad.model import Document


def dedup_enabled() -> bool:
    """Copies and merging are on unless ``MARSAD_DEDUP=0`` (used to measure their cost)."""
    return os.environ.get("MARSAD_DEDUP", "1").strip().lower() not in ("0", "false", "no", "off")


class Fingerprinter:
    name = "fingerprint"

    def __call__(self, doc: Document) -> Document:
        sh = shingle_hashes(doc.text)
        doc.fingerprint = (sh, signature(hashes=sh))
        return doc
