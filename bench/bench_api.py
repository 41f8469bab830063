"""Latency of filtered `/api/events` queries over a store of 100,000 synthetic events.

    python bench/bench_api.py [--events 100000] [--repeat 30] [--indexes none|proposed|both] [--db PATH] [--live]

Fills a temporary store through `Store.write_documents` (10 events per document, one
evidence sentence each), then times requests through FastAPI's in-process test client
(routing, validation, SQL and JSON encoding; no network), or with --live through HTTP to
`marsad serve` (uvicorn) on loopback. Prints the median and p95 wall
time and the median CPU time of each query in ms.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from contextlib import contextmanager
from pathlib import Path

from marsad.model import Document, Event, Evidence, Span
from marsad.store import Store


def open_store(path):
    """A writable store with cross-document dedup off: these documents are fixtures, and
    the serve layer must show exactly what was written. (Stores without the switch have
    no dedup.)"""
    try:
        return Store(path, dedup=False)
    except TypeError:
        return Store(path)

# Indexes this benchmark proposes for the store's migrations; created only in the bench DB.
PROPOSED_INDEXES = (
    "CREATE INDEX IF NOT EXISTS events_geo ON events(latitude, longitude)",
    "CREATE INDEX IF NOT EXISTS events_type_date ON events(event_type, event_date)",
    "CREATE INDEX IF NOT EXISTS events_admin1_date ON events(admin1, event_date)",
    # Substring search over evidence sentences (the API uses it when present).
    "CREATE VIRTUAL TABLE IF NOT EXISTS evidence_fts USING fts5(text, content='evidence', "
    "content_rowid='rowid', tokenize='trigram')",
    "INSERT INTO evidence_fts(evidence_fts) VALUES ('rebuild')",
)

TYPES = [
    ("Battles", "Armed clash", "اشتبكت", "Political violence"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", "قصفت", "Political violence"),
    ("Explosions/Remote violence", "Air/drone strike", "استهدفت طائرة مسيرة", "Political violence"),
    ("Violence against civilians", "Attack", "هاجم", "Political violence"),
    ("Protests", "Peaceful protest", "تظاهر", "Demonstrations"),
    ("Strategic developments", "Arrests", "اعتقلت", "Strategic developments"),
]
PLACES = [  # (Arabic, English location, admin1, lat, lon)
    ("كفرنبل", "Kafr Nabl", "Idleb", 35.61, 36.56), ("سراقب", "Saraqab", "Idleb", 35.86, 36.80),
    ("طفس", "Tafas", "Dar'a", 32.74, 36.07), ("نوى", "Nawa", "Dar'a", 32.89, 36.04),
    ("البوكمال", "Abu Kamal", "Deir-ez-Zor", 34.45, 40.92), ("الميادين", "Mayadin", "Deir-ez-Zor", 35.02, 40.45),
    ("السويداء", "As-Sweida", "As-Sweida", 32.71, 36.57), ("عفرين", "Afrin", "Aleppo", 36.51, 36.87),
    ("الباب", "Al Bab", "Aleppo", 36.37, 37.52), ("حمص", "Homs", "Homs", 34.73, 36.72),
    ("الرستن", "Ar-Rastan", "Homs", 34.93, 36.73), ("حماة", "Hama", "Hama", 35.13, 36.75),
    ("الرقة", "Ar-Raqqa", "Ar-Raqqa", 35.95, 39.01), ("القامشلي", "Qamishli", "Al-Hasakeh", 37.05, 41.23),
]
ACTORS = [("قوات النظام", "Military Forces of Syria (2000-)"), ("فصائل المعارضة", "Opposition Rebels (Syria)"),
          ("قوات سوريا الديمقراطية", "QSD: Syrian Democratic Forces"), ("مسلحون مجهولون", "Unidentified Armed Group (Syria)"),
          ("الشرطة العسكرية", "Military Police (Syria)"), ("محتجون", "Protesters (Syria)")]


def fill(path: Path, n_events: int, seed: int = 8) -> None:
    rnd = random.Random(seed)
    start = date(2021, 1, 1)
    st = open_store(path)
    per_doc, batch = 10, []
    for i in range(0, n_events, per_doc):
        sentences, events, spans, pos = [], [], [], 0
        for j in range(min(per_doc, n_events - i)):
            et, sub, trig, disorder = rnd.choice(TYPES)
            ar_place, place, admin1, lat, lon = rnd.choice(PLACES)
            ar_actor, actor = rnd.choice(ACTORS)
            d = start + timedelta(days=rnd.randrange(3 * 365))
            killed = rnd.choice([0, 0, 0, 1, 2, 3, 5, 8, 12])
            s = f"{trig} {ar_actor} في {ar_place} يوم {d.isoformat()} وقتل {killed} أشخاص رقم {i + j}."
            for kind, surface in (("trigger", trig), ("actor", ar_actor), ("place", ar_place)):
                k = s.index(surface)
                spans.append(Span(kind, pos + k, pos + k + len(surface), surface))
            ev = Event(event_type=et, sub_event_type=sub, disorder_type=disorder, event_date=d.isoformat(),
                       date_start=d.isoformat(), date_end=d.isoformat(), year=d.year, actor1=actor,
                       actor2="Civilians (Syria)" if rnd.random() < 0.3 else None, country="Syria",
                       admin1=admin1, location=place, latitude=lat + rnd.uniform(-0.05, 0.05),
                       longitude=lon + rnd.uniform(-0.05, 0.05), geo_precision=1, fatalities=killed,
                       n_sources=rnd.choice([1, 1, 1, 2, 2, 3, 4]), confidence=round(rnd.uniform(0.4, 1), 2))
            events.append((ev, pos, pos + len(s), s))
            sentences.append(s)
            pos += len(s) + 1
        doc = Document(url=f"https://example.org/bench/{i}", source="bench", published="2024-01-01",
                       text=" ".join(sentences), spans=spans)
        doc.assign_id()
        for ev, a, b, s in events:
            ev.evidence = [Evidence(doc.doc_id, a, b, s)]
            ev.doc_ids = [doc.doc_id]
            ev.assign_id()
            doc.events.append(ev)
        batch.append(doc)
        if len(batch) >= 500:
            st.write_documents(batch)
            batch = []
    if batch:
        st.write_documents(batch)
    st.conn.execute("ANALYZE")
    st.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    st.close()


QUERIES = [
    ("no filter, newest 100", {}),
    ("type + one month", {"event_type": "Battles", "date_from": "2022-05-01", "date_to": "2022-05-31"}),
    ("admin1 + min_sources, by fatalities", {"admin1": "Idleb", "min_sources": 2, "sort": "fatalities"}),
    ("bbox + date range", {"bbox": "36.3,35.4,37.0,36.0", "date_from": "2022-01-01", "date_to": "2022-12-31"}),
    ("actor substring", {"actor": "Democratic"}),
    ("free text, common word + type", {"q": "الرستن", "event_type": "Protests"}),
    ("free text, rare", {"q": "رقم 4242"}),
    ("sub-type + country, 1000 rows", {"sub_event_type": "Air/drone strike", "country": "Syria", "page_size": 1000}),
    ("geojson, type, 1000 rows", {"event_type": "Protests", "format": "geojson", "page_size": 1000}),
    ("csv, admin1 + dates", {"admin1": "Homs", "date_from": "2023-01-01", "format": "csv", "page_size": 500}),
    ("page 50 of a filter", {"event_type": "Explosions/Remote violence", "page": 50, "page_size": 100}),
]


@contextmanager
def live_client(db: Path):
    """`marsad serve` in a subprocess on a free loopback port, and an HTTP client to it."""
    import socket
    import subprocess

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-c", "from marsad.serve.cli import serve; serve()",
                             "--db", str(db), "--port", str(port)], stderr=subprocess.DEVNULL)
    client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60)
    try:
        for _ in range(300):
            try:
                client.get("/api/meta")
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield client
    finally:
        client.close()
        proc.terminate()
        proc.wait(10)


@contextmanager
def test_client(db: Path):
    from fastapi.testclient import TestClient

    from marsad.serve.app import create_app

    yield TestClient(create_app(str(db)))


def run(db: Path, repeat: int, live: bool = False) -> list[tuple[str, float, float, float, int]]:
    with (live_client if live else test_client)(db) as client:
        rows = _run(client, repeat)
    if live:  # the server's CPU time is in another process
        rows = [(name, med, p95, float("nan"), total) for name, med, p95, _, total in rows]
    return rows


def _run(client, repeat: int) -> list[tuple[str, float, float, float, int]]:
    out = []
    for name, params in QUERIES + [("stats (all)", None), ("stats, timeline only", "by_week")]:
        if params is None or isinstance(params, str):
            url, p = "/api/stats", ({"include": params} if params else {})
        else:
            url, p = "/api/events", params
        r = client.get(url, params=p)
        assert r.status_code == 200, r.text
        total = int(r.headers.get("x-total-count") or (r.json().get("total", r.json().get("events", 0))
                    if "json" in r.headers["content-type"] else 0))
        times, cpu = [], []
        for _ in range(repeat):
            c0, t0 = time.process_time(), time.perf_counter()
            r = client.get(url, params=p)
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
            assert r.status_code == 200
        times.sort()
        out.append((name, statistics.median(times), times[int(0.95 * (len(times) - 1))],
                    statistics.median(cpu), total))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--live", action="store_true",
                    help="time a live `marsad serve` over loopback HTTP instead of the in-process test client")
    ap.add_argument("--db", help="reuse or create this store (default: a temporary file)")
    ap.add_argument("--indexes", choices=("none", "proposed", "both"), default="both",
                    help="time with the store's own indexes, with the proposed extra ones, or both")
    args = ap.parse_args()
    tmp = None
    if args.db:
        db = Path(args.db)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="marsad-bench-")
        db = Path(tmp.name) / "bench.db"
    if not db.exists():
        t0 = time.perf_counter()
        fill(db, args.events)
        print(f"filled {db} with {args.events:,} events in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    n = Store(db, readonly=True).counts()["events"]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{os.cpu_count()} CPUs, load average {load:.2f} (wall times grow with other work on the machine; "
          f"cpu ms is this process's CPU time)")
    rounds = {"none": [False], "proposed": [True], "both": [False, True]}[args.indexes]
    for with_idx in rounds:
        worst = 0.0
        if not with_idx:  # a reused --db may hold them from an earlier run
            st = Store(db)
            for name in ("events_geo", "events_type_date", "events_admin1_date"):
                st.conn.execute(f"DROP INDEX IF EXISTS {name}")
            st.conn.execute("DROP TABLE IF EXISTS evidence_fts")
            st.conn.commit()
            st.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            st.close()
        if with_idx:
            st = Store(db)
            for sql in PROPOSED_INDEXES:
                st.conn.execute(sql)
            st.conn.commit()
            st.conn.execute("ANALYZE")
            st.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            st.close()
        print(f"\n/api/events over {n:,} events, {args.repeat} runs each, "
              f"{'live uvicorn over loopback' if args.live else 'in-process test client'}, "
              f"{'with proposed indexes' if with_idx else 'store indexes only'}:")
        print(f"{'query':40s} {'median ms':>10s} {'p95 ms':>8s} {'cpu ms':>7s} {'matches':>8s}")
        for name, med, p95, cpu, total in run(db, args.repeat, live=args.live):
            cpu_s = "-" if cpu != cpu else f"{cpu:.1f}"
            print(f"{name:40s} {med:10.1f} {p95:8.1f} {cpu_s:>7s} {total:8d}")
            if not name.startswith("stats"):
                worst = max(worst, med)
        print(f"slowest /api/events median: {worst:.1f} ms (target < 100 ms)")
    if tmp:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
