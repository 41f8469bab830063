"""`marsad export` gives merged events by default and per-document events with --unmerged."""
from __future__ import annotations

import json

from click.testing import CliRunner
from stories import STRIKE_A, STRIKE_B, STRIKE_C  # noqa: I001

from marsad.cli import cli


def _rows(out: str) -> list[dict]:
    return [json.loads(x) for x in out.splitlines() if x.strip()]


def test_export_defaults_to_merged_and_unmerged_gives_per_document(tmp_path, process):
    from marsad.store import Store

    db = tmp_path / "e.db"
    s = Store(db, dedup=True)
    s.write_documents([process(STRIKE_A, "عنب بلدي"), process(STRIKE_B, "شبكة شام"), process(STRIKE_C, "المرصد")])
    s.close()
    merged = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "jsonl"])
    assert merged.exit_code == 0, merged.output
    unmerged = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "jsonl", "--unmerged"])
    assert unmerged.exit_code == 0, unmerged.output
    m_rows, u_rows = _rows(merged.stdout), _rows(unmerged.stdout)
    strikes = [r for r in m_rows if r["event_type"] == "Explosions/Remote violence"]
    assert len(strikes) == 1 and strikes[0]["n_sources"] == 3 and len(strikes[0]["evidence"]) >= 3
    assert len([r for r in u_rows if r["event_type"] == "Explosions/Remote violence"]) == 3
    assert all(r["n_sources"] == 1 for r in u_rows)


def test_export_of_an_unmerged_store_says_how_to_merge_it(tmp_path, process, monkeypatch):
    from marsad.store import Store

    monkeypatch.setenv("MARSAD_DEDUP", "0")
    db = tmp_path / "off.db"
    s = Store(db)
    s.write_documents([process(STRIKE_A, "عنب بلدي")])
    s.close()
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "jsonl"])
    assert r.exit_code != 0 and "--unmerged" in r.output and "rebuild" in r.output
    from marsad.dedup.__main__ import main

    assert main(["rebuild", "--db", str(db)]) == 0
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "jsonl"])
    assert r.exit_code == 0 and _rows(r.stdout)
