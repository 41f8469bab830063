"""Micro-benchmark of the Arabic layer: analyze_text + find_numbers + find_dates on one core.

Usage: python bench/bench_lang.py [corpus.jsonl] [--profile]
Reads the unlabelled corpus (one JSON article a line, fields "text" and "published") and
prints MB/s (UTF-8 bytes of text), tokens/s and docs/s. Target: >= 2 MB/s.
Times are process CPU time (``time.process_time``), so a busy shared machine does not
distort the one-core figure; wall time is printed alongside.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

from marsad.lang.ar.dates import find_dates
from marsad.lang.ar.numbers import find_numbers
from marsad.lang.ar.tokens import analyze_text

DEFAULT = Path("/work/shared/corpus/ant-syria-iraq-2018.jsonl")


def load(path: Path) -> list[tuple[str, dt.date | None]]:
    docs = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            try:
                pub = dt.date.fromisoformat(d.get("published") or "")
            except ValueError:
                pub = None
            docs.append((d.get("text") or "", pub))
    return docs


def run(docs: list[tuple[str, dt.date | None]]) -> tuple[float, float, int, int, int]:
    """(analyze seconds, numbers+dates seconds, tokens, numbers found, dates found)."""
    t_an = t_nd = 0.0
    ntok = nnum = ndate = 0
    for text, pub in docs:
        t0 = time.process_time()
        an = analyze_text(text)
        t1 = time.process_time()
        nnum += len(find_numbers(an))
        ndate += len(find_dates(an, pub))
        t2 = time.process_time()
        t_an += t1 - t0
        t_nd += t2 - t1
        ntok += len(an.tokens)
    return t_an, t_nd, ntok, nnum, ndate


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else DEFAULT
    if not path.exists():
        print(f"bench_lang: corpus {path} not found; skipping (pass a JSONL path with a 'text' field)")
        return 0
    docs = load(path)
    mb = sum(len(t.encode("utf-8")) for t, _ in docs) / 1e6
    run(docs[:50])  # warm the table caches
    if "--profile" in argv:
        import cProfile
        import pstats

        cProfile.runctx("run(docs)", globals(), {"run": run, "docs": docs}, "/tmp/bench_lang.prof")
        pstats.Stats("/tmp/bench_lang.prof").sort_stats("cumulative").print_stats(25)
        return 0
    w0 = time.perf_counter()
    t_an, t_nd, ntok, nnum, ndate = run(docs)
    wall = time.perf_counter() - w0
    total = t_an + t_nd
    print(f"docs: {len(docs)}  text: {mb:.2f} MB  tokens: {ntok}  numbers: {nnum}  dates: {ndate}")
    print(f"analyze_text:            {mb / t_an:6.2f} MB/s")
    print(f"find_numbers+find_dates: {mb / t_nd:6.2f} MB/s")
    print(f"whole layer:             {mb / total:6.2f} MB/s  {ntok / total:,.0f} tokens/s  {len(docs) / total:,.0f} docs/s")
    print(f"(CPU time {total:.2f} s, wall time {wall:.2f} s)")
    print("target >= 2 MB/s:", "OK" if mb / total >= 2 else "TOO SLOW")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
