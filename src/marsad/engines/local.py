"""Local engine: the pipeline in this process, or in a pool of worker processes.

Order is kept (``imap`` over chunks), so a run gives the same store whatever the
number of workers. Memory is bounded: documents stream through, never the corpus.
"""
from __future__ import annotations

import multiprocessing as mp
from typing import Iterable, Iterator

from marsad.model import Document
from marsad.readers import Skip

_PIPELINE = None


def _init_worker(pipeline) -> None:
    global _PIPELINE
    _PIPELINE = pipeline


def _work(item: Document | Skip) -> Document | Skip:
    if isinstance(item, Skip):
        return item
    return _PIPELINE.process(item)


def process_stream(items: Iterable[Document | Skip], pipeline, workers: int = 1, chunksize: int = 16) -> Iterator[Document | Skip]:
    """Processed documents (or Skips), in input order."""
    if workers <= 1:
        for item in items:
            yield item if isinstance(item, Skip) else pipeline.process(item)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(workers, initializer=_init_worker, initargs=(pipeline,)) as pool:
        yield from pool.imap(_work, items, chunksize=chunksize)
