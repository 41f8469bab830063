"""The Dask engine on a LocalCluster stores the same documents and events as the local engine,
and a rerun after an interruption only computes the partitions that were not finished."""
from __future__ import annotations

import pytest

pytest.importorskip("dask.distributed")

from engine_testdata import dump  # noqa: E402
from marsad.engines.dask_engine import run_dask  # noqa: E402
from marsad.pipeline import Pipeline, run  # noqa: E402
from marsad.store import Store  # noqa: E402


@pytest.fixture(scope="module")
def client():
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                           memory_limit=0)
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_dask_engine_stores_what_the_local_engine_stores(corpus, tmp_path, client):
    s = Store(tmp_path / "local.db")
    local = run(corpus, s, Pipeline.default()).as_dict()
    s.close()
    s = Store(tmp_path / "dask.db")
    dsum = run_dask(corpus, s, client=client, unit_bytes=1500).as_dict()
    s.close()
    for k in ("read", "new", "duplicates", "skipped", "events", "skip_reasons"):
        assert local[k] == dsum[k], k
    assert local["events"] > 50
    assert dump(tmp_path / "local.db") == dump(tmp_path / "dask.db")
    assert not (tmp_path / "dask.db.parts").exists()  # partitions removed once loaded


def test_rerun_skips_finished_partitions(corpus, tmp_path, client):
    work = tmp_path / "parts"
    s = Store(tmp_path / "a.db")
    run_dask(corpus, s, client=client, unit_bytes=3000, work_dir=work, keep_parts=True)
    s.close()
    (run_dir,) = work.iterdir()
    parts = sorted(run_dir.glob("part-*.parquet"))
    assert len(parts) > 3 and all((run_dir / (p.name + ".done")).exists() for p in parts)
    before = {p.name: p.stat().st_mtime_ns for p in parts}
    # as if the run had been killed before the last two partitions were finished
    for p in parts[-2:]:
        (run_dir / (p.name + ".done")).unlink()
        p.unlink()
    s = Store(tmp_path / "b.db")
    run_dask(corpus, s, client=client, unit_bytes=3000, work_dir=work, keep_parts=True)
    s.close()
    after = {p.name: p.stat().st_mtime_ns for p in sorted(run_dir.glob("part-*.parquet"))}
    assert after.keys() == before.keys()
    redone = [n for n in after if after[n] != before[n]]
    assert redone == [p.name for p in parts[-2:]]
    assert dump(tmp_path / "a.db") == dump(tmp_path / "b.db")


def test_cli_run_with_the_dask_engine(tmp_path):
    import json

    from click.testing import CliRunner

    from engine_testdata import composed
    from marsad.cli import cli

    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps({"published": "2018-03-01", "text": composed(i)}, ensure_ascii=False) + "\n"
                           for i in range(3)), encoding="utf-8")
    db = tmp_path / "cli.db"
    r = CliRunner().invoke(cli, ["run", str(src), "--db", str(db), "--engine", "dask", "--workers", "1", "-q"])
    assert r.exit_code == 0, r.output
    assert "3 documents read" in r.output
    s = Store(db)
    assert s.counts()["events"] > 0
    s.close()
