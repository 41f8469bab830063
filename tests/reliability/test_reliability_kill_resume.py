"""Crash safety: ``marsad run`` killed with SIGKILL at random points, then resumed, leaves
the same database as one uninterrupted run — same documents, events, evidence, spans,
skips and merged events, with the same ids; nothing lost, nothing doubled.

Short form (this test): a corpus of 200 composed articles, 4 kills. Long form:
``scripts/kill_resume_long.py`` (see docs/reliability.md for its figures).
"""
from __future__ import annotations

import random
from collections import Counter
import sqlite3
import time

import pytest

from reliability_kit import diff_dumps, dump_db, kill_and_resume, run_marsad, write_corpus

N_ARTICLES = 200
KILLS = 4


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("killres")
    path = d / "corpus.jsonl"
    counts = write_corpus(path, N_ARTICLES, seed=10)
    t0 = time.perf_counter()
    ref = d / "ref.db"
    r = run_marsad("run", str(path), "--db", str(ref), "-q", "--batch-size", "10")
    assert r.returncode == 3, r.stderr  # the corpus holds bad lines: completed with skips
    return d, path, ref, counts, time.perf_counter() - t0


def test_reference_run_accounts_for_every_line(corpus):
    _, path, ref, counts, _ = corpus
    c = sqlite3.connect(ref)
    assert c.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == counts["articles"]
    assert c.execute("SELECT COUNT(*) FROM skipped").fetchone()[0] == counts["bad"]
    (summary,) = c.execute("SELECT summary FROM runs").fetchone()
    import json

    s = json.loads(summary)
    # every non-bad line is read; each is either new or a repost of a stored text
    assert s["read"] == counts["articles"] + counts["reposts"]
    assert s["new"] + s["duplicates"] == s["read"]
    assert c.execute("SELECT COUNT(*) FROM events").fetchone()[0] > counts["articles"]


def test_rerun_adds_nothing(corpus, tmp_path):
    d, path, ref, _, _ = corpus
    import shutil

    db = tmp_path / "again.db"
    shutil.copy(ref, db)
    r = run_marsad("run", str(path), "--db", str(db), "-q", "--batch-size", "10")
    assert r.returncode == 3
    assert diff_dumps(dump_db(ref), dump_db(db)) == []


def test_sigkill_then_resume_equals_uninterrupted_run(corpus, tmp_path):
    _, path, ref, counts, ref_seconds = corpus
    db = tmp_path / "killed.db"
    rng = random.Random(2024)
    # kills spread from start-up to the end of a normal run's duration
    rep = kill_and_resume([str(path)], db, KILLS, rng, window=(0.3, max(1.0, ref_seconds)),
                          final_docs=counts["articles"])
    assert rep.resume_exit == 3
    assert rep.kills >= 1
    differences = diff_dumps(dump_db(ref), dump_db(db))
    assert differences == [], differences
    # the skip log holds each bad line once, whatever the number of attempts
    c = sqlite3.connect(db)
    assert c.execute("SELECT COUNT(*) FROM skipped").fetchone()[0] == counts["bad"]
    # every started run is logged: a killed one stays "running" (a kill during start-up, before
    # the run is logged, leaves no row; one that came after the run's last write finds it
    # finished); the last run, which resumed the others, finished
    status = Counter(r[0] for r in c.execute("SELECT status FROM runs"))
    last = c.execute("SELECT status FROM runs ORDER BY started DESC LIMIT 1").fetchone()[0]
    assert status["running"] <= rep.kills and sum(status.values()) <= KILLS + 1, (status, rep)
    assert last.startswith("completed"), (status, rep)
    assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
