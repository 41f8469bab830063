"""``marsad bench``: throughput of the pipeline on a corpus (a benchmark, not a test).

One run prints:
- the bare pass: read + normalise + tokenise, the floor any pipeline pays;
- the full pipeline per stage (read, clean, meta, extract, store) from JSONL, and from
  WARC (the same articles as HTML pages in a gzip'd WARC file written for the bench),
  with articles/s, MB/s and share of time;
- peak RSS of this process and of the worker processes;
- the speed-up from 1 to N worker processes (the local engine), and optionally the
  Dask engine.

Per-core rates divide by CPU seconds of the process, so they stay meaningful on a busy
machine; wall-clock rates are printed next to them.
"""
from __future__ import annotations

import json
import os
import resource
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any, Iterable

import click

TARGET_JSONL_PER_CORE = 500.0
TARGET_WARC_PER_CORE = 100.0
TARGET_VS_BARE = 5.0
TARGET_RSS_MB = 1024.0
TARGET_SPEEDUP = 1.8


def _default_corpus() -> Path:
    here = Path("../shared/corpus")
    if here.exists():
        return here
    return Path(__file__).resolve().parents[3].parent / "shared" / "corpus"


def _rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024.0  # Linux: kilobytes


@dataclass
class StageRun:
    name: str
    docs: int = 0
    skipped: int = 0
    repeats: int = 0  # exact repeats whose first reading was replayed (RepeatMemo)
    events: int = 0
    input_bytes: int = 0
    wall: float = 0.0
    cpu: float = 0.0
    stages: Counter = field(default_factory=Counter)

    def per_core(self) -> float:
        return self.docs / self.cpu if self.cpu else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "docs": self.docs, "skipped": self.skipped, "events": self.events,
                "input_mb": round(self.input_bytes / 1e6, 2), "wall_s": round(self.wall, 2),
                "cpu_s": round(self.cpu, 2), "articles_per_s_per_core": round(self.per_core(), 1),
                "stages_s": {k: round(v, 3) for k, v in self.stages.items()}}


def _input_bytes(paths: Iterable[str | Path]) -> int:
    from marsad.readers.base import iter_files

    return sum(p.stat().st_size for p in iter_files(paths) if isinstance(p, Path))


def _limited_corpus(paths: list[str], limit: int | None, tmp: Path) -> list[str]:
    """Input files holding the first ``limit`` articles of the corpus (the corpus itself if no limit)."""
    from marsad.readers import Skip, read_inputs

    if not limit:
        return paths
    out = tmp / "corpus.jsonl"
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for d in read_inputs(paths):
            if isinstance(d, Skip):
                continue
            f.write(json.dumps({"url": d.url, "site": d.site, "published": d.published, "title": d.title,
                                "author": d.author, "text": d.text}, ensure_ascii=False) + "\n")
            n += 1
            if n >= limit:
                break
    return [str(out)]


def write_bench_warc(paths: list[str], path: Path) -> Path:
    """The articles as HTML pages (with navigation and footer to remove) in a gzip'd WARC."""
    import io

    from marsad.readers import Skip, read_inputs

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    nav = "<nav><ul>" + "".join(f"<li><a href='/s/{i}'>قسم {i}</a></li>" for i in range(12)) + "</ul></nav>"
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        docs = (d for d in read_inputs(paths) if not isinstance(d, Skip))  # streamed: RSS stays the pipeline's
        for i, d in enumerate(docs):
            paras = "".join(f"<p>{escape(p)}</p>" for p in d.text.split("\n") if p.strip())
            meta = f"<meta property='article:published_time' content='{d.published}'>" if d.published else ""
            html = (f"<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
                    f"<title>{escape(d.title or '')}</title>{meta}</head><body><header>{nav}</header>"
                    f"<main><article><h1>{escape(d.title or '')}</h1>{paras}</article>"
                    f"<aside><h3>اقرأ أيضا</h3><ul><li><a href='/x'>عنوان آخر</a></li></ul></aside></main>"
                    f"<footer>جميع الحقوق محفوظة</footer><script>var x = {i};</script></body></html>")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            url = d.url or f"http://bench.invalid/{i}"
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                                http_headers=headers))
    return path


def bare_pass(paths: list[str]) -> StageRun:
    """Read + normalise + tokenise (sentences, tokens with offsets): the floor."""
    from marsad.lang.ar.tokens import analyze_text
    from marsad.readers import Skip, read_inputs

    r = StageRun("bare: read + normalise + tokenise (JSONL)", input_bytes=_input_bytes(paths))
    w0, c0 = time.perf_counter(), time.process_time()
    for item in read_inputs(paths):
        if isinstance(item, Skip):
            r.skipped += 1
            continue
        analyze_text(item.text)
        r.docs += 1
    r.wall, r.cpu = time.perf_counter() - w0, time.process_time() - c0
    return r


def full_pass(paths: list[str], name: str, db: Path) -> StageRun:
    """The whole pipeline in this process, with read and store times measured apart."""
    from marsad.engines.local import _warm
    from marsad.gctune import run_collector
    from marsad.pipeline import Pipeline
    from marsad.store import Store

    pipeline = Pipeline.default()
    _warm(pipeline)  # start-up (gazetteer, tables) is timed apart, see "start-up"
    store = Store(db)
    from marsad import wordcache

    with run_collector():  # as ``marsad run`` does
        r = _full_pass(paths, name, pipeline, store)
        wordcache.save(pipeline)  # as ``marsad run`` does, after the timed pass (and before the collector thaws)
    return r


def _full_pass(paths: list[str], name: str, pipeline, store) -> StageRun:
    from marsad.readers import Skip, read_inputs

    r = StageRun(name, input_bytes=_input_bytes(paths))
    batch = []
    w0, c0 = time.perf_counter(), time.process_time()
    it = read_inputs(paths)
    while True:
        t = time.perf_counter()
        item = next(it, None)
        r.stages["read"] += time.perf_counter() - t
        if item is None:
            break
        if isinstance(item, Skip):
            r.skipped += 1
            continue
        out = pipeline.process(item)
        if isinstance(out, Skip):
            r.skipped += 1
            continue
        r.docs += 1
        batch.append(out)
        if len(batch) >= 200:
            t = time.perf_counter()
            r.events += store.write_documents(batch, "bench")[1]
            r.stages["store"] += time.perf_counter() - t
            batch.clear()
    t = time.perf_counter()
    r.events += store.write_documents(batch, "bench")[1]
    r.stages["store"] += time.perf_counter() - t
    r.wall, r.cpu = time.perf_counter() - w0, time.process_time() - c0
    r.repeats = pipeline.repeats.hits
    for k, v in pipeline.timings.items():
        r.stages[k] += v
    store.close()
    return r


def _isolated(fn, *args):
    """``fn(*args)`` in a forked child: every measurement starts from the same state (tables
    loaded, per-word caches cold, as in a fresh ``marsad run``); returns (result, peak RSS MB
    of the child, peak RSS MB of its own children)."""
    import multiprocessing as mp
    import traceback

    if "fork" not in mp.get_all_start_methods():  # pragma: no cover - not Linux/macOS
        return fn(*args), _rss_mb(), _rss_mb(resource.RUSAGE_CHILDREN)
    ctx = mp.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)

    def target() -> None:
        try:
            res = fn(*args)
            send.send(("ok", res, _rss_mb(), _rss_mb(resource.RUSAGE_CHILDREN)))
        except BaseException:  # noqa: BLE001 - reported by the parent
            send.send(("error", traceback.format_exc(), 0.0, 0.0))

    proc = ctx.Process(target=target)
    proc.start()
    status, res, rss, rss_children = recv.recv()
    proc.join()
    if status != "ok":
        raise click.ClickException(f"bench step {fn.__name__} failed:\n{res}")
    return res, rss, rss_children


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def engine_pass(paths: list[str], workers: int, db: Path, engine: str = "local") -> dict[str, float]:
    """Wall seconds of ``marsad run`` (store included) with ``workers`` processes, and CPU
    seconds of this process (reader of results, store writer) and of the worker processes."""
    from marsad.pipeline import Pipeline, run
    from marsad.store import Store

    store = Store(db)
    s0, c0 = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    if engine == "dask":
        from marsad.engines.dask_engine import run_dask

        run_dask(paths, store, workers=workers)
    else:
        run(paths, store, Pipeline.default(), workers=workers)
    wall = time.perf_counter() - t0
    store.close()
    return {"wall": wall, "cpu_parent": _cpu(resource.RUSAGE_SELF) - s0,
            "cpu_workers": _cpu(resource.RUSAGE_CHILDREN) - c0}


def _print_stage_table(r: StageRun) -> None:
    mb = r.input_bytes / 1e6
    total = sum(r.stages.values()) or 1.0
    click.echo(f"\n{r.name}: {r.docs} articles, {mb:.1f} MB, {r.events} events, {r.skipped} skipped"
               + (f", {r.repeats} exact repeats replayed, not analysed again" if r.repeats else ""))
    click.echo(f"  wall {r.wall:.2f} s ({r.docs / r.wall if r.wall else 0:.1f} articles/s), "
               f"CPU {r.cpu:.2f} s -> {r.per_core():.1f} articles/s per core, {mb / r.cpu if r.cpu else 0:.2f} MB/s per core")
    click.echo(f"  {'stage':<10}{'seconds':>10}{'share':>8}{'articles/s':>13}{'MB/s':>9}")
    for k, v in sorted(r.stages.items(), key=lambda kv: -kv[1]):
        click.echo(f"  {k:<10}{v:>10.2f}{100 * v / total:>7.1f}%{r.docs / v if v else 0:>13.1f}{mb / v if v else 0:>9.2f}")


@click.command()
@click.argument("corpus", required=False, type=click.Path(exists=True))
@click.option("--limit", "-n", type=int, default=None, help="Use only the first N articles (quicker runs).")
@click.option("--workers", "-j", type=int, default=2, show_default=True,
              help="Worker processes for the speed-up run (compared with 1).")
@click.option("--warc/--no-warc", default=True, show_default=True,
              help="Also measure the pipeline from HTML in a WARC file written from the corpus.")
@click.option("--dask", "with_dask", is_flag=True, help="Also time the Dask engine (LocalCluster) with --workers.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON as well.")
def bench(corpus: str | None, limit: int | None, workers: int, warc: bool, with_dask: bool, as_json: bool) -> None:
    """Measure throughput on CORPUS (default ../shared/corpus): the bare read + normalise +
    tokenise pass, the full pipeline per stage from JSONL and WARC, peak RSS, and the
    speed-up from 1 to --workers processes. A benchmark, not a test: it takes minutes.

    \b
    Example:
      marsad bench                       # ../shared/corpus, 1 vs 2 workers
      marsad bench ../shared/corpus -n 500 --no-warc
      marsad bench my_corpus/ --workers 4 --dask --json
    """
    from marsad import __version__
    from marsad.pipeline import Pipeline

    src = Path(corpus) if corpus else _default_corpus()
    if not src.exists():
        raise click.ClickException(f"no corpus at {src}: pass one, e.g. `marsad bench path/to/articles.jsonl`")
    from marsad import native

    result: dict[str, Any] = {"version": __version__, "code": str(native.status()), "corpus": str(src),
                              "cpus": os.cpu_count()}
    click.echo(f"marsad {__version__} bench on {src} ({os.cpu_count()} CPUs, load average "
               f"{', '.join(f'{x:.2f}' for x in os.getloadavg())}; code {native.status()})")
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmpd:
        tmp = Path(tmpd)
        paths = _limited_corpus([str(src)], limit, tmp)
        t0 = time.perf_counter()
        _ = Pipeline.default()
        from marsad.engines.local import _warm

        _warm(_)
        if warc:  # before the passes fork: theirs are throughput figures, start-up is this line
            from marsad.readers.htmlpage import warm

            warm()
        startup = time.perf_counter() - t0
        click.echo(f"start-up (pipeline, gazetteer, tables{', HTML extractor' if warc else ''}, once per process): "
                   f"{startup:.2f} s")
        result["startup_s"] = round(startup, 3)

        bare = bare_pass(paths)
        click.echo(f"\n{bare.name}: {bare.docs} articles in {bare.wall:.2f} s wall, {bare.cpu:.2f} s CPU -> "
                   f"{bare.per_core():.0f} articles/s per core, {bare.input_bytes / 1e6 / bare.cpu:.1f} MB/s")
        result["bare"] = bare.as_dict()

        rss: list[float] = []
        full, *r = _isolated(full_pass, paths, "full pipeline from JSONL", tmp / "jsonl.db")
        rss += r
        _print_stage_table(full)
        result["jsonl"] = full.as_dict()
        rows = [("JSONL articles/s per core", full.per_core(), TARGET_JSONL_PER_CORE, ">="),
                ("JSONL: full / bare time per article", bare.per_core() / full.per_core() if full.per_core() else 0,
                 TARGET_VS_BARE, "<=")]

        if warc:
            wpath = write_bench_warc(paths, tmp / "corpus.warc.gz")
            wr, *r = _isolated(full_pass, [str(wpath)], "full pipeline from HTML in WARC", tmp / "warc.db")
            rss += r
            _print_stage_table(wr)
            result["warc"] = wr.as_dict()
            rows.append(("WARC/HTML articles/s per core", wr.per_core(), TARGET_WARC_PER_CORE, ">="))

        click.echo(f"\nspeed-up, `marsad run` from JSONL (store included), 1 vs {workers} worker processes:")
        one, *r = _isolated(engine_pass, paths, 1, tmp / "w1.db")
        rss += r
        many, *r = _isolated(engine_pass, paths, workers, tmp / "wn.db")
        rss += r
        n = full.docs
        w1, wn = one["wall"], many["wall"]
        cpu1 = one["cpu_parent"] + one["cpu_workers"]
        cpun = many["cpu_parent"] + many["cpu_workers"]
        # On a busy machine wall time measures the neighbours as much as Marsad; CPU times
        # do not. With balanced units, this machine with nothing else running would take
        # the largest of: one worker's share, the parent's CPU (result reading and store
        # writes, which overlap the workers), all CPU spread over all cores.
        cores = os.cpu_count() or 1
        est = cpu1 / max(many["cpu_workers"] / workers, many["cpu_parent"], cpun / min(cores, workers), 1e-9)
        click.echo(f"  1 worker: {w1:.2f} s wall ({n / w1:.1f} articles/s), {cpu1:.2f} s CPU")
        click.echo(f"  {workers} workers: {wn:.2f} s wall ({n / wn:.1f} articles/s), {cpun:.2f} s CPU "
                   f"(workers {many['cpu_workers']:.2f} s, parent {many['cpu_parent']:.2f} s)")
        click.echo(f"  speed-up: {w1 / wn:.2f}x wall on this machine now (load average "
                   f"{os.getloadavg()[0]:.2f}); {est:.2f}x estimated from CPU times for idle cores "
                   f"(CPU overhead of the pool {100 * (cpun / cpu1 - 1):+.1f}%)")
        result["speedup"] = {"workers": workers, "wall_1_s": round(w1, 2), "wall_n_s": round(wn, 2),
                             "speedup_wall": round(w1 / wn, 2), "cpu_1_s": round(cpu1, 2), "cpu_n_s": round(cpun, 2),
                             "cpu_n_parent_s": round(many["cpu_parent"], 2), "speedup_cpu_estimate": round(est, 2)}
        rows.append((f"speed-up 1 -> {workers} workers (wall, as measured)", w1 / wn, TARGET_SPEEDUP, ">="))
        rows.append((f"speed-up 1 -> {workers} workers (CPU estimate, idle cores)", est, TARGET_SPEEDUP, ">="))
        if with_dask:
            d, *_ = _isolated(engine_pass, paths, workers, tmp / "dask.db", "dask")
            click.echo(f"  dask engine, LocalCluster of {workers}: {d['wall']:.2f} s wall ({n / d['wall']:.1f} "
                       f"articles/s, cluster start-up included) -> {w1 / d['wall']:.2f}x the 1-worker local run")
            result["speedup"]["dask_wall_s"] = round(d["wall"], 2)

        peak = max(rss)
        click.echo(f"\npeak RSS of a run (largest process: runner, or worker of the pool): {peak:.0f} MB "
                   f"(this orchestrating process: {_rss_mb():.0f} MB)")
        result["peak_rss_mb"] = round(peak)
        rows.append(("peak RSS, MB (largest process of a run)", peak, TARGET_RSS_MB, "<="))

    click.echo("\ngoals (issue #9):")
    for label, value, target, op in rows:
        ok = value >= target if op == ">=" else value <= target
        click.echo(f"  {'met    ' if ok else 'NOT met'}  {label}: {value:.2f} (goal {op} {target:g})")
    result["goals"] = [{"goal": label, "value": round(value, 2), "target": f"{op} {target:g}",
                        "met": bool(value >= target if op == ">=" else value <= target)}
                       for label, value, target, op in rows]
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
