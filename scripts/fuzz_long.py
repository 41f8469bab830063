"""Long fuzz run (issue #10): >= 10,000 hostile inputs through the readers, then through
`marsad run`; prints figures for docs/reliability.md.

    python scripts/fuzz_long.py --cases 10000 [--seed 0] [--out /tmp/fuzz]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "reliability"))
from reliability_kit import ARTICLE, article_html, hostile_files, warc_bytes, write_files  # noqa: E402


def mutate(rng: random.Random, data: bytes) -> bytes:
    """Cut, flip, splice, repeat or re-encode a valid input."""
    op = rng.randrange(6)
    if op == 0 and data:
        return data[: rng.randrange(len(data))]
    if op == 1 and data:
        b = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        return bytes(b)
    if op == 2:
        return data + rng.randbytes(rng.randint(1, 500))
    if op == 3 and data:
        i = rng.randrange(len(data))
        return data[:i] * rng.randint(2, 20) + data[i:]
    if op == 4:
        try:
            return data.decode("utf-8").encode(rng.choice(["cp1256", "utf-16", "iso8859_6", "cp1252"]), "replace")
        except UnicodeDecodeError:
            return data
    return rng.randbytes(rng.randint(0, 4000))


def seeds() -> list[tuple[str, bytes]]:
    html = article_html().encode()
    line = json.dumps({"url": "https://example.org/x", "published": "2018-03-01", "text": ARTICLE},
                      ensure_ascii=False).encode()
    return [(".html", html), (".txt", ARTICLE.encode()), (".jsonl", line + b"\n" + line.replace(b"\xd8\xae", b"\xd8\xb3") + b"\n"),
            (".warc", warc_bytes([("https://example.org/a", html), ("https://example.org/b", html)])),
            (".warc.gz", warc_bytes([("https://example.org/a", html)], gz=True)),
            (".jsonl", b"[" * 5000 + b"\n" + line)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="/tmp/marsad-fuzz")
    args = ap.parse_args()
    from marsad.model import Document
    from marsad.readers import Skip, read_inputs

    rng = random.Random(args.seed)
    out = Path(args.out)
    inp = out / "in"
    cases = hostile_files(args.seed)
    base = seeds()
    while len(cases) < args.cases:
        ext, data = rng.choice(base)
        cases.append((f"m{len(cases):06d}{ext}".encode(), mutate(rng, data)))
    os.makedirs(out, exist_ok=True)
    t0 = time.perf_counter()
    kinds: Counter = Counter()
    failures = []
    # 1) every case through the readers, in process, one directory per thousand cases
    for i in range(0, len(cases), 1000):
        d = inp / f"part{i // 1000:03d}"
        for p in write_files(d, cases[i:i + 1000]):
            try:
                items = list(read_inputs([os.fsdecode(p)]))
                if not items or not all(isinstance(x, (Document, Skip)) for x in items):
                    failures.append((p, "no item or wrong type"))
                for x in items:
                    kinds["doc" if isinstance(x, Document) else "skip"] += 1
                    if isinstance(x, Document):
                        x.text.encode("utf-8")
            except Exception as e:  # the contract says this never happens
                failures.append((p, f"{type(e).__name__}: {e}"))
    t_read = time.perf_counter() - t0
    # 2) the whole corpus through `marsad run` in a child process (peak memory measured)
    db = out / "fuzz.db"
    for f in out.glob("fuzz.db*"):
        f.unlink()
    t1 = time.perf_counter()
    r = subprocess.run(["/usr/bin/time", "-f", "%M", sys.executable, "-m", "marsad.cli", "run", str(inp),
                        "--db", str(db), "-q"], capture_output=True, text=True,
                       env={**os.environ, "MARSAD_DOC_TIMEOUT": os.environ.get("MARSAD_DOC_TIMEOUT", "20")})
    t_run = time.perf_counter() - t1
    import sqlite3

    c = sqlite3.connect(db)
    n_docs = c.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    n_skip = c.execute("SELECT COUNT(*) FROM skipped").fetchone()[0]
    summary = json.loads(c.execute("SELECT summary FROM runs").fetchone()[0])
    peak_mb = int(r.stderr.strip().splitlines()[-1]) / 1024
    report = {"cases": len(cases), "reader_items": dict(kinds), "reader_failures": len(failures),
              "reader_seconds": round(t_read, 1), "run_exit": r.returncode, "run_seconds": round(t_run, 1),
              "run_peak_rss_mb": round(peak_mb), "stored_documents": n_docs, "recorded_skips": n_skip,
              "run_read": summary["read"], "run_duplicates": summary["duplicates"],
              "top_skip_reasons": dict(Counter(summary["skip_reasons"]).most_common(8)),
              "failure_samples": [(os.fsdecode(p), m) for p, m in failures[:5]]}
    print(json.dumps(report, ensure_ascii=False, indent=1))
    sys.exit(1 if failures or r.returncode not in (0, 3) else 0)


if __name__ == "__main__":
    main()
