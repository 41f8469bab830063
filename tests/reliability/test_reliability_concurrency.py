"""Concurrency: `marsad serve` answers correctly while `marsad run` writes to the same
database (SQLite WAL: one writer, many readers across processes).

Short form: a few seconds of a fixed request rate on loopback while a run adds about
300 composed articles. Long form: ``scripts/load_test.py``.
"""
from __future__ import annotations

import sqlite3
import subprocess
import time

import pytest

from reliability_kit import free_port, load_test, marsad_cmd, run_marsad, start_server, write_corpus

pytest.importorskip("fastapi", reason="the serve extra is not installed: pip install 'marsad[serve]'")
pytest.importorskip("uvicorn", reason="the serve extra is not installed: pip install 'marsad[serve]'")
httpx = pytest.importorskip("httpx", reason="the serve extra is not installed: pip install 'marsad[serve]'")


def test_serve_answers_while_run_writes(tmp_path):
    seed_corpus, more = tmp_path / "seed.jsonl", tmp_path / "more.jsonl"
    write_corpus(seed_corpus, 20, seed=1, hostile=False)
    write_corpus(more, 300, seed=2, hostile=False)
    db = tmp_path / "live.db"
    assert run_marsad("run", str(seed_corpus), "--db", str(db), "-q").returncode == 0
    port = free_port()
    server = start_server(db, port)
    writer = None
    try:
        base = f"http://127.0.0.1:{port}"
        before = httpx.get(f"{base}/api/events?page_size=1").json()["total"]
        uids = [e["event_uid"] for e in httpx.get(f"{base}/api/events?page_size=5").json()["events"]]
        writer = subprocess.Popen(marsad_cmd("run", str(more), "--db", str(db), "-q", "--batch-size", "10"),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        res = load_test(base, n_requests=240, seconds=4.0, concurrency=4, extra_ids=uids)
        assert writer.wait(timeout=120) == 0, writer.stderr.read().decode()[-2000:]
        s = res.summary()
        assert s["errors"] == 0, s["error_samples"]
        assert s["checks_failed"] == 0, s
        # the reads overlapped the writes, and the server now sees every committed event
        after = httpx.get(f"{base}/api/events?page_size=1").json()["total"]
        c = sqlite3.connect(db)
        # the API lists per-document events, or merged events when the store has them
        counts = {c.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("events", "merged_events")
                  if c.execute("SELECT 1 FROM sqlite_master WHERE name=?", (t,)).fetchone()}
        assert after in counts and after > before, (after, counts, before)
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        print("concurrency short form:", s)
    finally:
        if writer and writer.poll() is None:
            writer.kill()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def test_reader_opened_before_the_first_write_sees_later_rows(tmp_path):
    """A server started on a fresh store follows the writer (no stale schema or snapshot)."""
    from marsad.serve.queries import EventFilter, Reader
    from marsad.store import Store

    db = tmp_path / "fresh.db"
    Store(db).close()
    reader = Reader(db)
    assert reader.count_events(EventFilter()) == 0
    corpus = tmp_path / "c.jsonl"
    write_corpus(corpus, 10, seed=3, hostile=False)
    assert run_marsad("run", str(corpus), "--db", str(db), "-q").returncode == 0
    time.sleep(0.1)
    n = reader.count_events(EventFilter())
    assert n > 0
    assert len(reader.list_events(EventFilter(), page_size=1000)) == n
