"""Dask engine: the same pipeline steps on a Dask cluster.

1. The driver cuts the input into units (``engines.partition``: groups of small files,
   line ranges of large JSONL files, record ranges of large WARC files).
2. Each unit is one task: a worker reads it, runs the pipeline on every document and
   writes the processed documents (and skips) to ``<work>/part-NNNNN.parquet``, then a
   ``.done`` marker. The pipeline is built once per worker process, not per task.
3. The driver loads the partitions *in input order* through the local runner itself
   (``marsad.pipeline.run`` with the partitions standing in for the pipeline), so batches,
   skips, counts and the store's merging are the same code - and the store (documents,
   events, ids, skips, merged events) the same as with the local engine on that input.
   The run is recorded in the store (``runs``) when loading starts.

The work directory is ``<db>.parts/<fingerprint>/``; the fingerprint covers the input
paths, sizes and modification times, the Marsad version and the options, so a run
killed half-way and started again only computes the partitions that have no marker.
It is removed once the store is loaded. With a remote scheduler, workers must see the
input files and the work directory at the same paths (a shared filesystem).
"""
from __future__ import annotations

import logging
import os
import shutil
import time
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from marsad.engines.partition import DEFAULT_UNIT_BYTES, Piece, Unit, fingerprint, plan_units, read_part, read_unit, write_part
from marsad.model import Document
from marsad.pipeline import Pipeline, RunSummary, run
from marsad.readers import Skip

log = logging.getLogger(__name__)

_PIPELINES: dict[str, Pipeline] = {}  # per worker process: built once, reused by every task


def _worker_pipeline(options: dict[str, Any] | None) -> Pipeline:
    import json

    key = json.dumps(options or {}, sort_keys=True, default=str)
    p = _PIPELINES.get(key)
    if p is None:
        p = _PIPELINES[key] = Pipeline.default(options)
    return p


def process_unit(unit: dict, out: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """Task: read one unit, process it, write its Parquet partition and a ``.done`` marker."""
    t0 = time.perf_counter()
    pipeline = _worker_pipeline(options)
    before = Counter(pipeline.timings)
    u = Unit(unit["index"], [Piece(**p) for p in unit["pieces"]])
    counts = Counter()

    def items():
        for item in read_unit(u):
            if isinstance(item, Skip):
                counts["skipped"] += 1
                yield item
            else:
                counts["docs"] += 1
                yield pipeline.process(item)

    path = Path(out)
    n = write_part(items(), path)
    Path(out + ".done").write_text(str(n))
    timings = {k: v - before.get(k, 0.0) for k, v in pipeline.timings.items()}
    return {"index": u.index, "items": n, "seconds": time.perf_counter() - t0, "timings": timings,
            "pid": os.getpid(), **counts}


class _Partitions:
    """Stands in for the pipeline in ``marsad.pipeline.run``: the items are already processed."""

    def __init__(self, parts: list[Path], timings: Counter):
        self.parts = parts
        self.timings = timings

    def stream_inputs(self, inputs) -> Iterator[Document | Skip]:
        for p in self.parts:
            yield from read_part(p)


def _client(scheduler: str | None, workers: int | None):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:  # pragma: no cover - depends on the install
        raise ImportError("the dask engine needs: pip install 'marsad[dask]'") from e
    if scheduler:
        return Client(scheduler), None
    n = workers if workers and workers > 0 else (os.cpu_count() or 1)
    cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0",
                           memory_limit=0, silence_logs=logging.WARNING)
    return Client(cluster), cluster


def run_dask(
    inputs: Iterable[str],
    store: Any,
    scheduler: str | None = None,
    workers: int | None = None,
    options: dict[str, Any] | None = None,
    unit_bytes: int = DEFAULT_UNIT_BYTES,
    work_dir: str | Path | None = None,
    keep_parts: bool = False,
    batch_size: int = 200,
    progress: Callable[[int], None] | None = None,
    client: Any = None,
) -> RunSummary:
    """Run the pipeline on a Dask cluster and load the results into ``store``.

    ``client``: an existing ``dask.distributed.Client`` (then ``scheduler``/``workers``
    are not used). Returns the same ``RunSummary`` as the local runner.
    """
    inputs = [str(p) for p in inputs]
    units = plan_units(inputs, unit_bytes)
    fp = fingerprint(inputs, units, {"options": options, "unit_bytes": unit_bytes})
    root = Path(work_dir) if work_dir else Path(str(store.path) + ".parts")
    work = root / fp
    work.mkdir(parents=True, exist_ok=True)

    t0 = time.perf_counter()

    def part(u: Unit) -> Path:
        return work / f"part-{u.index:05d}.parquet"

    todo = [u for u in units if not Path(str(part(u)) + ".done").exists()]
    if len(todo) < len(units):
        log.info("resuming: %d of %d partitions already done in %s", len(units) - len(todo), len(units), work)
    timings: Counter = Counter()
    if todo:
        own = client is None
        cluster = None
        if own:
            client, cluster = _client(scheduler, workers)
        try:
            from dask.distributed import as_completed

            nonce = os.urandom(4).hex()  # task keys unique to this attempt (a client may be reused)

            futures = [
                client.submit(process_unit, u.to_dict(), str(part(u)), options, key=f"marsad-{fp}-{u.index:05d}-{nonce}",
                              pure=False, retries=1)
                for u in todo
            ]
            for fut in as_completed(futures):
                res = fut.result()  # a failed task raises here; finished partitions stay for the rerun
                for k, v in res["timings"].items():
                    timings[k] += v
        finally:
            if own:
                client.close()
                if cluster is not None:
                    cluster.close()
    compute_s = time.perf_counter() - t0

    # load in input order through the local runner itself, so that writing, counting and
    # skips are the very same code as with the local engine
    summary = run(inputs, store, _Partitions([part(u) for u in units], timings), batch_size=batch_size,
                  progress=progress)
    summary.seconds += compute_s
    summary.timings = dict(timings)  # per-step seconds summed over workers (for bench)
    if not keep_parts:
        shutil.rmtree(work, ignore_errors=True)
        try:
            root.rmdir()  # only when no other run's partitions are left in it
        except OSError:
            pass
    return summary
