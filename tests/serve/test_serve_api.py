"""The read-only API over a store of composed articles, through FastAPI's test client."""
from __future__ import annotations

import csv
import hashlib
import io
import sys
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the serve tests need the `serve` extra: pip install 'marsad[serve]'")
from fastapi.testclient import TestClient  # noqa: E402

from marsad.serve.app import create_app, find_assets  # noqa: E402
from marsad.serve.queries import CSV_FIELDS  # noqa: E402
from serve_corpus import XSS_PAYLOAD, XSS_TITLE  # noqa: E402

STATIC = Path(__file__).resolve().parents[2] / "src" / "marsad" / "serve" / "static"


@pytest.fixture(scope="module")
def client(corpus_db):
    path, _ = corpus_db
    return TestClient(create_app(str(path)))


@pytest.fixture(scope="module")
def docs(corpus_db):
    return corpus_db[1]


def uids(resp):
    assert resp.status_code == 200, resp.text
    return {e["event_uid"] for e in resp.json()["events"]}


def uid(docs, key):
    return docs[key].events[0].event_uid


def test_lists_every_event_newest_first(client, docs):
    r = client.get("/api/events").json()
    assert r["total"] == len(docs) == len(r["events"])
    dates = [e["event_date"] for e in r["events"]]
    assert dates == sorted(dates, reverse=True)
    first = r["events"][-1]
    assert first["event_type"] == "Explosions/Remote violence" and first["doc_ids"] == [docs["shelling"].doc_id]


@pytest.mark.parametrize("params, keys", [
    ({"event_type": "Battles"}, {"clash"}),
    ({"event_type": ["Battles", "Protests"]}, {"clash", "protest"}),
    ({"sub_event_type": "Air/drone strike"}, {"drone"}),
    ({"date_from": "2024-03-17", "date_to": "2024-03-29"}, {"clash", "drone", "protest"}),
    ({"actor": "civilians"}, {"shelling", "arrest"}),
    ({"country": "Syria", "admin1": "Idleb"}, {"shelling"}),
    ({"admin1": ["Aleppo", "Homs"]}, {"arrest", "xss"}),
    ({"bbox": "35.5,32,37,33"}, {"clash", "protest"}),
    ({"min_sources": 2}, {"shelling", "protest"}),
    ({"q": "كفرنبل"}, {"shelling"}),
    ({"q": "السويداء", "event_type": "Protests"}, {"protest"}),
    ({"q": "100%_"}, set()),
    ({"country": "Iraq"}, set()),
])
def test_filters(client, docs, params, keys):
    assert uids(client.get("/api/events", params=params)) == {uid(docs, k) for k in keys}


def test_sort_and_pages(client, docs):
    r = client.get("/api/events", params={"sort": "fatalities", "order": "desc", "page_size": 2}).json()
    assert r["total"] == len(docs) and r["page_size"] == 2
    assert [e["fatalities"] for e in r["events"]] == [3, 2]
    seen = []
    for page in (1, 2, 3, 4):
        seen += [e["event_uid"] for e in client.get(
            "/api/events", params={"sort": "event_date", "order": "asc", "page_size": 2, "page": page}).json()["events"]]
    assert len(seen) == len(set(seen)) == len(docs)


@pytest.mark.parametrize("params", [
    {"page_size": 1001}, {"page_size": 0}, {"page": 0}, {"q": "ق" * 201}, {"actor": "x" * 201},
    {"date_from": "12/03/2024"}, {"bbox": "1,2,3"}, {"bbox": "0,50,10,40"}, {"bbox": "a,b,c,d"},
    {"sort": "text; DROP TABLE events"}, {"format": "xml"}, {"min_sources": 0},
])
def test_rejects_bad_parameters(client, params):
    assert client.get("/api/events", params=params).status_code == 422


def test_csv_has_acled_columns(client, docs):
    r = client.get("/api/events", params={"format": "csv", "sort": "event_date", "order": "asc"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert tuple(rows[0].keys()) == CSV_FIELDS
    assert len(rows) == len(docs) and rows[0]["event_uid"] == uid(docs, "shelling")
    assert rows[0]["location"] == "Kafr Nabl" and rows[0]["fatalities"] == "3"
    xss = next(x for x in rows if x["event_uid"] == uid(docs, "xss"))
    assert xss["notes"].startswith("<script>")  # CSV carries the text as it is, quoted by the writer


def test_geojson(client, docs):
    r = client.get("/api/events", params={"format": "geojson", "event_type": "Protests"})
    assert r.headers["content-type"].startswith("application/geo+json")
    fc = r.json()
    assert fc["type"] == "FeatureCollection" and fc["total"] == 1
    (f,) = fc["features"]
    assert f["geometry"] == {"type": "Point", "coordinates": [36.566, 32.709]}
    assert f["properties"]["event_uid"] == uid(docs, "protest")


def test_event_detail_has_evidence_and_aligned_spans(client, docs):
    d = docs["shelling"]
    ev = client.get(f"/api/events/{uid(docs, 'shelling')}").json()
    assert ev["n_sources"] == 2 and ev["rule_ids"] == ["trig.shell.1"]
    (evid,) = ev["evidence"]
    assert evid["doc_id"] == d.doc_id and evid["text"] == d.text[evid["start"]:evid["end"]]
    assert evid["text"].startswith("قصفت قوات النظام")
    kinds = {s["kind"]: evid["text"][s["rel_start"]:s["rel_end"]] for s in evid["spans"]}
    assert kinds["trigger"] == "قصفت" and kinds["place"] == "كفرنبل" and kinds["number"] == "ثلاثة"
    assert kinds["date"] == "الثلاثاء 12 آذار"
    # A span outside the evidence sentence (the dateline's إدلب) is not highlighted.
    assert all(0 <= s["rel_start"] < s["rel_end"] <= len(evid["text"]) for s in evid["spans"])
    assert ev["documents"][0]["url"] == "https://example.org/news/kafrnabl-shelling"
    assert "text" not in ev["documents"][0]


def test_unknown_ids_are_404(client):
    assert client.get("/api/events/nope").status_code == 404
    assert client.get("/api/documents/nope").status_code == 404
    assert client.get("/api/events/" + "e" * 500).status_code == 404


def test_document_text_is_returned_verbatim(client, docs):
    d = docs["xss"]
    r = client.get(f"/api/documents/{d.doc_id}")
    body = r.json()
    assert r.headers["content-type"].startswith("application/json")
    assert body["text"] == d.text and XSS_PAYLOAD in body["text"] and body["title"] == XSS_TITLE
    assert body["event_uids"] == [uid(docs, "xss")]
    assert {s["kind"] for s in body["spans"]} == {"trigger", "place", "date", "number"}


def test_stats(client, docs):
    s = client.get("/api/stats").json()
    assert s["events"] == len(docs) and s["fatalities"] == 6
    by_type = {}
    for row in s["by_type"]:
        by_type[row["event_type"]] = by_type.get(row["event_type"], 0) + row["events"]
    assert by_type["Explosions/Remote violence"] == 3 and by_type["Battles"] == 1
    weeks = {(w["week"], w["event_type"]): w["events"] for w in s["by_week"]}
    assert weeks[("2024-03-11", "Explosions/Remote violence")] == 1  # 12 March 2024 is a Tuesday
    assert weeks[("2024-03-11", "Battles")] == 1  # Sunday 17 March closes that week
    assert weeks[("2024-04-01", "Explosions/Remote violence")] == 1
    assert {a["admin1"] for a in s["by_admin1"]} == {"Idleb", "Dar'a", "Deir-ez-Zor", "As-Sweida", "Aleppo", "Homs"}
    top = {a["actor"]: a["events"] for a in s["top_actors"]}
    assert top["Civilians (Syria)"] == 2 and top["Military Forces of Syria (2000-)"] == 2
    assert client.get("/api/stats", params={"event_type": "Protests"}).json()["events"] == 1
    part = client.get("/api/stats", params={"include": "by_week"}).json()
    assert set(part) == {"events", "fatalities", "date_min", "date_max", "merged", "by_week"}
    assert part["merged"] is False  # the fixture store is written without merging
    assert part["by_week"] == s["by_week"] and part["events"] == s["events"]
    assert client.get("/api/stats", params={"include": "everything"}).status_code == 422


def test_meta_lists_filter_values(client):
    m = client.get("/api/meta").json()
    assert "Armed clash" in m["event_types"]["Battles"]
    assert m["countries"] == ["Syria"] and "Idleb" in m["admin1"]


def test_openapi_docs(client):
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/events/{event_uid}", "/api/documents/{doc_id}", "/api/stats"} <= set(paths)
    assert all(set(ops) == {"get"} for ops in paths.values())


def test_read_only(client, corpus_db):
    path = corpus_db[0]
    before = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)("/api/events").status_code == 405
    client.get("/api/events", params={"q": "'); DROP TABLE events; --"})
    client.get("/api/stats")
    assert hashlib.sha256(Path(path).read_bytes()).hexdigest() == before
    assert client.get("/api/events").json()["total"] == 6


def test_dashboard_page_and_security_headers(client):
    r = client.get("/")
    assert r.status_code == 200 and "<html" in r.text and 'dir="rtl"' in r.text
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/../app.py").status_code == 404


def test_dashboard_script_never_parses_data_as_html():
    # Regression guard for untrusted article text: the page builds its DOM with
    # textContent / createElement only.
    js = (STATIC / "app.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in js, sink


def test_missing_map_assets_degrade(corpus_db, tmp_path):
    c = TestClient(create_app(str(corpus_db[0]), assets_dir=str(tmp_path)))
    assert c.get("/").status_code == 200
    assert c.get("/docs").status_code == 200
    assets = c.get("/api/meta").json()["assets"]
    assert assets["available"] is False and "npm ci" in assets["hint"]
    r = c.get("/assets/leaflet/leaflet.js")
    assert r.status_code == 404 and "npm ci" in r.json()["detail"]


def test_assets_are_whitelisted(client):
    if find_assets() is None:
        pytest.skip("map assets not installed (npm ci)")
    assert client.get("/assets/leaflet/leaflet.js").status_code == 200
    assert client.get("/assets/leaflet/../../package.json").status_code == 404
    assert client.get("/assets/leaflet/package.json").status_code == 404
    assert client.get("/assets/world-atlas/countries-50m.json").status_code == 200
    if (find_assets() / "swagger-ui-dist").is_dir():
        assert "/assets/swagger-ui-dist/swagger-ui-bundle.js" in client.get("/docs").text


def test_missing_db_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="marsad run"):
        create_app(str(tmp_path / "none.db"))


def test_fields_pick_columns(client, docs):
    r = client.get("/api/events", params={"fields": "event_date,fatalities", "event_type": "Battles"}).json()
    assert r["events"] == [{"event_uid": uid(docs, "clash"), "event_date": "2024-03-17", "fatalities": 2}]
    g = client.get("/api/events", params={"fields": "location", "format": "geojson", "event_type": "Battles"}).json()
    assert g["features"][0]["geometry"]["coordinates"] == [36.067, 32.736]
    assert client.get("/api/events", params={"fields": "text,password"}).status_code == 422


def test_free_text_uses_the_fts_index_of_the_store(tmp_path):
    import sqlite3

    from marsad.store import fts_tokenizer
    from serve_corpus import fill_store

    db = tmp_path / "fts.db"
    docs = fill_store(db)
    tok = fts_tokenizer()
    with sqlite3.connect(db) as c:  # made by the store's migration 4, filled by triggers
        sql = c.execute("SELECT sql FROM sqlite_master WHERE name = 'evidence_fts'").fetchone()
        assert (sql is not None) == (tok is not None)
        if tok:
            assert tok in sql[0]
            assert c.execute("SELECT COUNT(*) FROM evidence_fts WHERE evidence_fts MATCH '\"مدفعية\"'"
                             ).fetchone()[0] == (1 if tok == "trigram" else 0)  # inside بالمدفعية
    c = TestClient(create_app(str(db)))
    assert uids(c.get("/api/events", params={"q": "بالمدفعية"})) == {uid(docs, "shelling")}
    assert uids(c.get("/api/events", params={"q": "مدفعية"})) == {uid(docs, "shelling")}  # inside a word
    assert uids(c.get("/api/events", params={"q": 'a"b'})) == set()
    assert uids(c.get("/api/events", params={"q": "في"})) == {uid(docs, k) for k in docs}  # < 3 chars: LIKE


def test_free_text_without_fts_falls_back_to_like(tmp_path):
    import sqlite3

    from serve_corpus import fill_store

    db = tmp_path / "nofts.db"
    docs = fill_store(db)
    with sqlite3.connect(db) as c:  # a store from before migration 4
        for t in ("evidence_fts_insert", "evidence_fts_delete", "evidence_fts_update"):
            c.execute(f"DROP TRIGGER IF EXISTS {t}")
        c.execute("DROP TABLE IF EXISTS evidence_fts")
    c = TestClient(create_app(str(db)))
    assert uids(c.get("/api/events", params={"q": "مدفعية"})) == {uid(docs, "shelling")}


def test_serve_command_help_and_errors(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from marsad.serve.cli import serve

    r = CliRunner().invoke(serve, ["--help"])
    assert r.exit_code == 0 and "Example:" in r.output and "marsad serve --db" in r.output
    r = CliRunner().invoke(serve, ["--db", str(tmp_path / "none.db")])
    assert r.exit_code != 0 and "marsad run" in r.output
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # as if the extra were not installed
    r = CliRunner().invoke(serve, ["--db", str(tmp_path / "none.db")])
    assert r.exit_code != 0 and "pip install 'marsad[serve]'" in r.output
