"""The command-line contract: run, export, eval, analyze, help."""
from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.model import ACLED_COLUMNS

from marsad_testdata import SAMPLES


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("db") / "s.db"
    r = CliRunner().invoke(cli, ["run", str(SAMPLES), "--db", str(db), "-q"])
    assert r.exit_code == 0, r.output
    return db


def _dump(db):
    c = sqlite3.connect(db)
    out = {t: sorted(c.execute(f"SELECT * FROM {t}").fetchall()) for t in ("documents", "events", "evidence", "spans")}
    c.close()
    return out


def test_run_twice_leaves_database_identical(sample_db):
    before = _dump(sample_db)
    r = CliRunner().invoke(cli, ["run", str(SAMPLES), "--db", str(sample_db), "-q"])
    assert r.exit_code == 0
    assert "0 new" in r.output
    assert _dump(sample_db) == before


def test_mixed_inputs_complete_with_skips(mixed_dir, tmp_path):
    db = tmp_path / "m.db"
    r = CliRunner().invoke(cli, ["run", str(mixed_dir), "--db", str(db), "-q"])
    assert r.exit_code == 3, r.output
    assert "completed with skips" in r.output
    c = sqlite3.connect(db)
    reasons = dict(c.execute("SELECT source, reason FROM skipped").fetchall())
    assert len(reasons) == 6
    assert c.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 3


def test_csv_export_has_acled_columns_first(sample_db):
    r = CliRunner().invoke(cli, ["export", "--db", str(sample_db), "--format", "csv"])
    assert r.exit_code == 0
    rows = list(csv.reader(io.StringIO(r.stdout)))
    assert tuple(rows[0][: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert "confidence" in rows[0] and "evidence" in rows[0]
    assert len(rows) > 3


def test_jsonl_evidence_slices_stored_text(sample_db):
    r = CliRunner().invoke(cli, ["export", "--db", str(sample_db), "--format", "jsonl"])
    c = sqlite3.connect(sample_db)
    n = 0
    for line in r.stdout.splitlines():
        ev = json.loads(line)
        assert ev["evidence"], ev
        for e in ev["evidence"]:
            (text,) = c.execute("SELECT text FROM documents WHERE doc_id=?", (e["doc_id"],)).fetchone()
            assert text[e["start"]:e["end"]] == e["text"]
            n += 1
    assert n > 3


def test_geojson_and_parquet_exports(sample_db, tmp_path):
    r = CliRunner().invoke(cli, ["export", "--db", str(sample_db), "--format", "geojson"])
    fc = json.loads(r.stdout)
    assert fc["type"] == "FeatureCollection" and fc["features"]
    lon, lat = fc["features"][0]["geometry"]["coordinates"]
    assert 20 < lat < 45 and 25 < lon < 60
    out = tmp_path / "e.parquet"
    r = CliRunner().invoke(cli, ["export", "--db", str(sample_db), "--format", "parquet", "-o", str(out)])
    assert r.exit_code == 0
    import pyarrow.parquet as pq

    t = pq.read_table(out)
    assert t.num_rows == len(fc["features"]) or t.num_rows >= len(fc["features"])
    assert t.column_names[: len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)


def test_parquet_to_stdout_is_refused(sample_db):
    r = CliRunner().invoke(cli, ["export", "--db", str(sample_db), "--format", "parquet"])
    assert r.exit_code != 0 and "--output" in r.output


def test_export_without_database_says_how_to_make_one(tmp_path):
    r = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "none.db")])
    assert r.exit_code != 0 and "marsad run" in r.output


def _composed_eval_files(tmp_path):
    art = {"doc_id": "a1", "published": "2018-02-08", "site": "s",
           "text": "قتل خمسة مدنيين الأربعاء في قصف مدفعي لقوات النظام استهدف بلدة سراقب في ريف إدلب."}
    gold = {"doc_id": "a1", "events": [{"event_type": "Explosions/Remote violence",
            "sub_event_type": "Shelling/artillery/missile attack", "date_start": "2018-02-07", "date_end": "2018-02-07",
            "location": "سراقب", "latitude": 35.86, "longitude": 36.80, "actor1": "Military Forces of Syria (2000-)",
            "actor2": "Civilians (Syria)", "fatalities": 5}]}
    (tmp_path / "a.jsonl").write_text(json.dumps(art, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "g.jsonl").write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    return art


def test_eval_scores_composed_gold(tmp_path):
    _composed_eval_files(tmp_path)
    r = CliRunner().invoke(cli, ["eval", str(tmp_path / "g.jsonl"), str(tmp_path / "a.jsonl"), "--json"])
    assert r.exit_code == 0, r.output
    res = json.loads(r.stdout)
    assert res["overall"]["recall"] == 1.0
    acc = res["matched_accuracy"]
    assert acc["actor1"]["accuracy"] == 1.0 and acc["fatalities"]["accuracy"] == 1.0 and acc["date"]["accuracy"] == 1.0


@pytest.mark.parametrize("cmd", [[], ["run"], ["export"], ["eval"], ["analyze"], ["gazetteer"], ["serve"], ["bench"]])
def test_every_command_has_help_with_example(cmd):
    from marsad.cli import cli as root

    names = set(root.commands)
    if cmd and cmd[0] not in names:
        pytest.skip(f"command {cmd[0]} not installed in this build")
    r = CliRunner().invoke(root, cmd + ["--help"])
    assert r.exit_code == 0
    assert "Example" in r.output or "example" in r.output


def test_analyze_resolves_yesterday_friday():
    r = CliRunner().invoke(cli, ["analyze", "--json", "--published", "2017-10-14", "وصلت الحافلات أمس الجمعة إلى الرقة"])
    assert r.exit_code == 0, r.output
    res = json.loads(r.stdout)
    dates = [m for m in res["mentions"] if m["kind"] == "date"]
    assert dates[0]["value"]["start"] == "2017-10-13" and dates[0]["value"]["precision"] == 1


def test_eval_refuses_a_store_that_holds_old_events(tmp_path):
    art = _composed_eval_files(tmp_path)
    args = ["eval", str(tmp_path / "g.jsonl"), str(tmp_path / "a.jsonl"), "--json", "--db", str(tmp_path / "e.db")]
    assert CliRunner().invoke(cli, args).exit_code == 0
    # the same document with no happening: a stale store would still score the first run's event
    art["text"] = "وقال الوزير إن الوضع هادئ في المدينة."
    (tmp_path / "a.jsonl").write_text(json.dumps(art, ensure_ascii=False) + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, args)
    assert r.exit_code != 0 and "--replace" in r.output
    r = CliRunner().invoke(cli, args + ["--replace"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["overall"]["recall"] == 0.0


def test_eval_scores_an_article_posted_twice_with_its_copy_events(tmp_path):
    # the store keeps one row per clean text: the second input must not lose its events in the score
    art = _composed_eval_files(tmp_path)
    gold = json.loads((tmp_path / "g.jsonl").read_text(encoding="utf-8"))
    twin, twin_gold = dict(art, doc_id="a2"), dict(gold, doc_id="a2")
    with open(tmp_path / "a.jsonl", "a", encoding="utf-8") as f:
        f.write(json.dumps(twin, ensure_ascii=False) + "\n")
    with open(tmp_path / "g.jsonl", "a", encoding="utf-8") as f:
        f.write(json.dumps(twin_gold, ensure_ascii=False) + "\n")
    r = CliRunner().invoke(cli, ["eval", str(tmp_path / "g.jsonl"), str(tmp_path / "a.jsonl"), "--json"])
    assert r.exit_code == 0, r.output
    res = json.loads(r.stdout)
    assert res["overall"]["tp"] == 2 and res["overall"]["recall"] == 1.0
