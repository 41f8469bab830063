"""Load test (issue #10): `marsad serve` on loopback answering a fixed number of requests over
a fixed time while `marsad run` writes to the same database; reports error rate and latency.

    python scripts/load_test.py --requests 3000 --seconds 60 [--articles 3000]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "reliability"))
from reliability_kit import free_port, load_test, marsad_cmd, run_marsad, start_server, write_corpus  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=3000)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--articles", type=int, default=3000, help="composed articles the writer adds meanwhile")
    ap.add_argument("--no-writer", action="store_true")
    ap.add_argument("--out", default="/tmp/marsad-load")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for f in list(out.glob("*.db*")):
        f.unlink()
    db = out / "live.db"
    write_corpus(out / "seed.jsonl", 200, seed=1, hostile=False)
    write_corpus(out / "more.jsonl", args.articles, seed=2, hostile=False)
    run_marsad("run", str(out / "seed.jsonl"), "--db", str(db), "-q")
    port = free_port()
    server = start_server(db, port)
    writer = None
    try:
        import httpx

        base = f"http://127.0.0.1:{port}"
        uids = [e["event_uid"] for e in httpx.get(f"{base}/api/events?page_size=20").json()["events"]]
        before = httpx.get(f"{base}/api/events?page_size=1").json()["total"]
        if not args.no_writer:
            writer = subprocess.Popen(marsad_cmd("run", str(out / "more.jsonl"), "--db", str(db), "-q",
                                                 "--batch-size", "50"), stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
        res = load_test(base, args.requests, args.seconds, args.concurrency, extra_ids=uids)
        during = httpx.get(f"{base}/api/events?page_size=1").json()["total"]
        s = res.summary()
        s.update({"events_before": before, "events_at_end_of_load": during,
                  "writer_still_running": writer is not None and writer.poll() is None})
        print(json.dumps(s, ensure_ascii=False, indent=1))
        sys.exit(1 if s["errors"] or s["checks_failed"] else 0)
    finally:
        if writer and writer.poll() is None:
            writer.kill()
        server.terminate()


if __name__ == "__main__":
    main()
