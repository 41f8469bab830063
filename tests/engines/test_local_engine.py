"""The local engine gives the same store with one worker process or several."""
from __future__ import annotations

import marsad.engines.local as local
from engine_testdata import dump
from marsad.pipeline import Pipeline, run
from marsad.store import Store


def test_two_workers_store_what_one_worker_stores(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(local, "LOCAL_UNIT_BYTES", 1500)  # many small units, ranges of both large files
    summaries = {}
    for n in (1, 2):
        s = Store(tmp_path / f"w{n}.db")
        summaries[n] = run(corpus, s, Pipeline.default(), workers=n, batch_size=7)
        s.close()
    one, two = summaries[1].as_dict(), summaries[2].as_dict()
    for k in ("read", "new", "duplicates", "skipped", "events", "skip_reasons"):
        assert one[k] == two[k], k
    assert one["events"] > 50 and one["duplicates"] == 1 and one["skipped"] >= 4
    assert dump(tmp_path / "w1.db") == dump(tmp_path / "w2.db")


def test_worker_step_times_reach_the_parent_pipeline(corpus):
    p = Pipeline.default()
    items = list(local.process_inputs(corpus[:1], p, workers=2, unit_bytes=2000))
    assert len(items) > 40
    assert p.timings["extract"] > 0 and set(p.timings) >= {"clean", "meta", "extract"}
