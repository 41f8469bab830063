"""Merged events through the API: one happening reported by three outlets is one event
with n_sources = 3 and the evidence of every report; ``unmerged=true`` gives the reports."""
from __future__ import annotations

import csv
import io
import sqlite3

import pytest

pytest.importorskip("fastapi", reason="the serve tests need the `serve` extra: pip install 'marsad[serve]'")
from fastapi.testclient import TestClient  # noqa: E402

from marsad.serve.app import create_app  # noqa: E402
from marsad.serve.queries import EventFilter, Reader  # noqa: E402
from merged_corpus import REPORTS, fill_merged_store  # noqa: E402

STRIKE_KEYS = [r[0] for r in REPORTS]


@pytest.fixture(scope="module")
def merged(tmp_path_factory):
    path = tmp_path_factory.mktemp("merged") / "merged.db"
    docs = fill_merged_store(path)
    return TestClient(create_app(str(path))), docs, path


def _strike(client):
    r = client.get("/api/events", params={"event_type": "Explosions/Remote violence"}).json()
    assert r["total"] == 1, r
    return r["events"][0]


def test_merged_by_default_one_point_with_all_sources(merged):
    client, docs, _ = merged
    r = client.get("/api/events").json()
    assert r["merged"] is True and r["total"] == 2 == len(r["events"])
    ev = _strike(client)
    assert ev["event_uid"].startswith("m") and ev["n_sources"] == 3 and ev["n_members"] == 3
    assert sorted(ev["doc_ids"]) == sorted(docs[k].doc_id for k in STRIKE_KEYS)
    assert ev["fatalities"] == 4  # the lowest figure any report gives
    assert "doc_id" not in ev  # a merged event has doc_ids, not one doc_id
    geo = client.get("/api/events", params={"format": "geojson"}).json()
    points = [f for f in geo["features"] if f["properties"]["event_type"] == "Explosions/Remote violence"]
    assert len(points) == 1 and points[0]["geometry"]["coordinates"] == [36.804, 35.862]
    assert geo["merged"] is True


def test_unmerged_gives_the_per_document_reports(merged):
    client, docs, _ = merged
    r = client.get("/api/events", params={"unmerged": "true"}).json()
    assert r["merged"] is False and r["total"] == 4
    assert {e["event_uid"] for e in r["events"]} == {d.events[0].event_uid for d in docs.values()}
    assert {e["doc_id"] for e in r["events"]} == {d.doc_id for d in docs.values()}
    s = client.get("/api/stats", params={"unmerged": "true"}).json()
    assert s["events"] == 4 and s["merged"] is False and s["fatalities"] == 13
    rows = list(csv.DictReader(io.StringIO(client.get("/api/events", params={"unmerged": "true", "format": "csv"}).text)))
    assert len(rows) == 4


def test_merged_detail_has_the_evidence_of_every_report(merged):
    client, docs, _ = merged
    uid = _strike(client)["event_uid"]
    ev = client.get(f"/api/events/{uid}").json()
    assert ev["merged"] is True and ev["n_sources"] == 3
    assert len(ev["evidence"]) == 3
    by_doc = {x["doc_id"]: x for x in ev["evidence"]}
    for k in STRIKE_KEYS:
        d = docs[k]
        x = by_doc[d.doc_id]
        assert x["url"] == d.url and x["text"] == d.text[x["start"]:x["end"]] == d.events[0].evidence[0].text
        (trig,) = [s for s in x["spans"] if s["kind"] == "trigger"]
        assert x["text"][trig["rel_start"]:trig["rel_end"]] == trig["text"]
    assert {m["event_uid"] for m in ev["members"]} == {docs[k].events[0].event_uid for k in STRIKE_KEYS}
    assert {m["outlet"] for m in ev["members"]} and all(m["url"] for m in ev["members"])
    assert sum(m["decision"].get("merged", False) for m in ev["members"]) == 2  # one founded, two joined
    assert {d["url"] for d in ev["documents"]} == {docs[k].url for k in STRIKE_KEYS}


def test_per_document_uid_still_resolves_and_names_its_merged_event(merged):
    client, docs, _ = merged
    uid = _strike(client)["event_uid"]
    d = docs["strike_b"]
    ev = client.get(f"/api/events/{d.events[0].event_uid}").json()
    assert ev["merged"] is False and ev["merged_uid"] == uid and ev["doc_id"] == d.doc_id
    assert [x["doc_id"] for x in ev["evidence"]] == [d.doc_id] and ev["evidence"][0]["url"] == d.url


def test_document_lists_its_events_with_their_merged_uid(merged):
    client, docs, _ = merged
    uid = _strike(client)["event_uid"]
    for k in STRIKE_KEYS:
        body = client.get(f"/api/documents/{docs[k].doc_id}").json()
        assert body["events"] == [{"event_uid": docs[k].events[0].event_uid, "merged_uid": uid,
                                   "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
                                   "event_date": "2024-05-06"}]
        assert body["event_uids"] == [docs[k].events[0].event_uid]


@pytest.mark.parametrize("params, n", [
    ({"min_sources": 2}, 1),
    ({"min_sources": 3}, 1),
    ({"min_sources": 4}, 0),
    ({"min_sources": 2, "unmerged": "true"}, 0),  # each report counts its own outlet only
    ({"q": "سوقاً شعبية"}, 1),  # only report B says so: the merged event matches
    ({"q": "بصاروخين"}, 1),  # only report C
    ({"q": "سوقاً شعبية", "unmerged": "true"}, 1),
    ({"q": "سراقب"}, 1),
    ({"q": "سراقب", "unmerged": "true"}, 3),
    ({"q": "حي"}, 1),  # 2 characters: LIKE through merge_links
    ({"q": "المحتجين"}, 1),
    ({"bbox": "36.5,35.5,37,36"}, 1),
    ({"bbox": "36.5,35.5,37,36", "unmerged": "true"}, 3),
    ({"admin1": "Idleb", "date_from": "2024-05-06", "date_to": "2024-05-06"}, 1),
    ({"actor": "Russia"}, 1),
])
def test_filters_on_merged_events(merged, params, n):
    client, _, _ = merged
    r = client.get("/api/events", params=params).json()
    assert r["total"] == n == len(r["events"]), (params, r)
    assert client.get("/api/stats", params=params).json()["events"] == n


def test_stats_count_merged_events(merged):
    client, _, _ = merged
    s = client.get("/api/stats").json()
    assert s["merged"] is True and s["events"] == 2 and s["fatalities"] == 4
    assert client.get("/api/meta").json()["merged"] is True


def test_sort_and_pages_of_merged_events(merged):
    client, _, _ = merged
    r = client.get("/api/events", params={"sort": "n_sources", "order": "desc", "page_size": 1}).json()
    assert r["total"] == 2 and r["events"][0]["n_sources"] == 3
    r2 = client.get("/api/events", params={"sort": "n_sources", "order": "desc", "page_size": 1, "page": 2}).json()
    assert r2["events"][0]["n_sources"] == 1
    f = client.get("/api/events", params={"fields": "n_sources,n_members"}).json()["events"]
    assert all(set(e) == {"event_uid", "n_sources", "n_members"} for e in f)


def test_openapi_documents_unmerged(merged):
    client, _, _ = merged
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/stats"):
        (p,) = [p for p in spec["paths"][path]["get"]["parameters"] if p["name"] == "unmerged"]
        assert p["schema"]["type"] == "boolean" and "merged" in p["description"]


def test_store_without_merged_events_falls_back(tmp_path):
    db = tmp_path / "nodedup.db"
    docs = fill_merged_store(db, dedup=False)  # as with MARSAD_DEDUP=0
    client = TestClient(create_app(str(db)))
    r = client.get("/api/events").json()
    assert r["merged"] is False and r["total"] == 4
    assert client.get("/api/events", params={"unmerged": "true"}).json()["total"] == 4
    assert client.get("/api/events", params={"q": "سراقب"}).json()["total"] == 3
    assert client.get("/api/stats").json()["events"] == 4
    d = docs["strike_a"]
    ev = client.get(f"/api/events/{d.events[0].event_uid}").json()
    assert ev["merged"] is False and ev["merged_uid"] is None and len(ev["evidence"]) == 1
    body = client.get(f"/api/documents/{d.doc_id}").json()
    assert body["events"][0]["merged_uid"] is None


def test_store_from_before_merging_falls_back(tmp_path):
    """A schema-2 store (no merged_events, merge_links or evidence_fts) opened read-only."""
    db = tmp_path / "v2.db"
    fill_merged_store(db, dedup=False)
    c = sqlite3.connect(db)
    for t in ("evidence_fts_insert", "evidence_fts_delete", "evidence_fts_update"):
        c.execute(f"DROP TRIGGER IF EXISTS {t}")
    for t in ("evidence_fts", "merged_events", "merge_links", "doc_minhash"):
        c.execute(f"DROP TABLE IF EXISTS {t}")
    c.execute("PRAGMA user_version=2")
    c.commit()
    c.close()
    client = TestClient(create_app(str(db)))
    for params in ({}, {"unmerged": "true"}, {"q": "سراقب"}, {"q": "حي"}, {"min_sources": 1, "format": "geojson"}):
        r = client.get("/api/events", params=params)
        assert r.status_code == 200 and r.json()["total"] > 0, (params, r.text)
    assert client.get("/api/stats").json()["events"] == 4
    uid = client.get("/api/events").json()["events"][0]["event_uid"]
    ev = client.get(f"/api/events/{uid}").json()
    assert ev["merged"] is False and ev["merged_uid"] is None
    assert client.get(f"/api/documents/{ev['doc_id']}").json()["events"][0]["merged_uid"] is None
    assert client.get("/api/meta").json()["merged"] is False
    assert client.get("/api/events/mffffffffffffffff").status_code == 404


def test_reader_api_defaults_to_merged(merged):
    _, _, path = merged
    reader = Reader(path)
    assert reader.count_events(EventFilter()) == 2
    assert reader.count_events(EventFilter(merged=False)) == 4
    assert len(reader.list_events(EventFilter(q="سراقب"))) == 1
