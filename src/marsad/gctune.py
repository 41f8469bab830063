"""Garbage-collector settings for long runs over many documents.

A warmed pipeline holds half a million tracked objects (gazetteer, lexicons, per-word caches)
that live as long as the run. CPython's default collector walks all of them at every full
collection and runs a young collection every 700 allocations, while a document's own objects
are freed by reference counting as soon as it is written. Freezing what exists after warm-up
and collecting less often cut a run's CPU by 10-20 % (docs/performance.md).
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

# Young collections every 200,000 net allocations instead of 700: a collection walks what is alive at that
# moment, and with 20,000 that was mostly the documents in flight and in the store's batch (freed by reference
# counting soon after); 200,000 lets most of them go unwalked (callgrind -0.7 %, docs/performance.md s21).
# Cyclic garbage (rare here) is still bounded, to some tens of MB.
THRESHOLDS = (200_000, 20, 20)


@contextmanager
def run_collector() -> Iterator[None]:
    """Within the block: objects alive now are left out of collections (``gc.freeze``) and
    collections run less often; both are undone on exit. Forked workers inherit the state."""
    old = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(*THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*old)
        gc.unfreeze()
