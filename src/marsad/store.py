"""The event store: SQLite in WAL mode, content-hash ids, idempotent upserts, migrations.

One writer and many readers across processes. Writes happen in one transaction per
batch of documents, so a killed run leaves either a whole batch or none of it.
"""
from __future__ import annotations

import json
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

from marsad.model import Document, Event, Evidence

SCHEMA_VERSION = 2

_EVENT_SCALARS = (
    "event_uid", "event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
    "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country",
    "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "gazetteer_id", "geo_note", "location_text", "source", "source_scale", "notes", "fatalities",
    "fatalities_low", "fatalities_high", "tags", "timestamp", "confidence", "n_sources",
    "lang", "date_start", "date_end",
)
_EVENT_LISTS = ("rule_ids", "claimed_by", "doc_ids")

# Each migration moves the schema from version i to i+1; never edit a released one.
MIGRATIONS: tuple[str, ...] = (
    # 0 -> 1: the first schema
    """
    CREATE TABLE documents (
        doc_id TEXT PRIMARY KEY, url TEXT, site TEXT, source TEXT, author TEXT, title TEXT,
        published TEXT, published_how TEXT, lang TEXT, text TEXT NOT NULL, raw TEXT,
        metadata TEXT, copy_of TEXT, run_id TEXT, added REAL
    );
    CREATE TABLE events (
        event_uid TEXT PRIMARY KEY, event_id_cnty TEXT, event_date TEXT, year INTEGER,
        time_precision INTEGER, disorder_type TEXT, event_type TEXT NOT NULL,
        sub_event_type TEXT, actor1 TEXT, assoc_actor_1 TEXT, inter1 INTEGER, actor2 TEXT,
        assoc_actor_2 TEXT, inter2 INTEGER, interaction INTEGER, civilian_targeting TEXT,
        iso INTEGER, region TEXT, country TEXT, admin1 TEXT, admin2 TEXT, admin3 TEXT,
        location TEXT, latitude REAL, longitude REAL, geo_precision INTEGER, gazetteer_id TEXT,
        geo_note TEXT, source TEXT, source_scale TEXT, notes TEXT, fatalities INTEGER,
        fatalities_low INTEGER, fatalities_high INTEGER, tags TEXT, timestamp INTEGER,
        confidence REAL, n_sources INTEGER, lang TEXT, date_start TEXT, date_end TEXT,
        rule_ids TEXT, claimed_by TEXT, doc_ids TEXT, doc_id TEXT NOT NULL
    );
    CREATE INDEX events_date ON events(event_date);
    CREATE INDEX events_type ON events(event_type, sub_event_type);
    CREATE INDEX events_doc ON events(doc_id);
    CREATE INDEX events_admin ON events(country, admin1);
    CREATE TABLE evidence (
        event_uid TEXT NOT NULL, doc_id TEXT NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL, text TEXT,
        PRIMARY KEY (event_uid, doc_id, start, "end")
    );
    CREATE TABLE spans (
        doc_id TEXT NOT NULL, kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT, value TEXT, rule_id TEXT,
        PRIMARY KEY (doc_id, kind, start, "end")
    );
    CREATE TABLE skipped (
        source TEXT NOT NULL, reason TEXT NOT NULL, step TEXT, run_id TEXT, at REAL,
        PRIMARY KEY (source, reason)
    );
    CREATE TABLE runs (
        run_id TEXT PRIMARY KEY, started REAL, finished REAL, inputs TEXT, status TEXT,
        n_read INTEGER, n_new INTEGER, n_skipped INTEGER, n_events INTEGER, summary TEXT
    );
    """,
    # 1 -> 2: reported totals and dropped (non-factual) candidates, kept for audit
    """
    CREATE TABLE totals (
        doc_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT,
        value INTEGER, kind TEXT, PRIMARY KEY (doc_id, start, "end")
    );
    CREATE TABLE dropped (
        doc_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT,
        reason TEXT, rule_id TEXT, PRIMARY KEY (doc_id, start, "end", reason)
    );
    CREATE INDEX documents_published ON documents(published);
    ALTER TABLE events ADD COLUMN location_text TEXT;
    """,
)


class StoreError(RuntimeError):
    pass


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    path = str(path)
    if readonly:
        if not Path(path).exists():
            raise StoreError(f"no database at {path}: run `marsad run INPUT --db {path}` first")
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False, timeout=30)
    else:
        conn = sqlite3.connect(path, timeout=60, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
    conn.row_factory = sqlite3.Row
    return conn


class Store:
    """SQLite event store. ``Store(path)`` opens (and migrates) a database."""

    def __init__(self, path: str | Path = "marsad.db", readonly: bool = False):
        self.path = str(path)
        self.conn = connect(self.path, readonly=readonly)
        if not readonly:
            self.migrate()

    # -- schema -------------------------------------------------------------
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        v = self.schema_version()
        if v > SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema {v}, newer than this Marsad ({SCHEMA_VERSION}): upgrade marsad")
        for i in range(v, SCHEMA_VERSION):
            with self.conn:
                self.conn.executescript("BEGIN;" + MIGRATIONS[i] + f"; PRAGMA user_version={i + 1};COMMIT;")

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self.conn:
            yield self.conn

    # -- writes ------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE doc_id=?", (doc_id,)).fetchone() is not None

    def write_documents(self, docs: Iterable[Document], run_id: str | None = None) -> tuple[int, int]:
        """Insert documents and their events in one transaction; returns (new docs, new events).

        A document already stored (same clean-text hash) is left as it is, with its events.
        """
        n_docs = n_events = 0
        now = time.time()
        with self.conn:
            c = self.conn
            for d in docs:
                cur = c.execute(
                    "INSERT OR IGNORE INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (d.doc_id, d.url, d.site, d.source, d.author, d.title, d.published, d.published_how,
                     d.lang, d.text, d.raw, json.dumps(d.metadata, ensure_ascii=False, default=str),
                     d.copy_of, run_id, now),
                )
                if cur.rowcount == 0:
                    continue
                n_docs += 1
                for s in d.spans:
                    c.execute(
                        "INSERT OR IGNORE INTO spans VALUES (?,?,?,?,?,?,?)",
                        (d.doc_id, s.kind, s.start, s.end, s.text,
                         json.dumps(s.value, ensure_ascii=False, default=str), s.rule_id),
                    )
                for t in d.totals:
                    c.execute("INSERT OR IGNORE INTO totals VALUES (?,?,?,?,?,?)",
                              (d.doc_id, t["start"], t["end"], t["text"], t.get("value"), t.get("kind")))
                for x in d.dropped:
                    c.execute("INSERT OR IGNORE INTO dropped VALUES (?,?,?,?,?,?)",
                              (d.doc_id, x["start"], x["end"], x["text"], x["reason"], x.get("rule_id")))
                for ev in d.events:
                    n_events += self._insert_event(ev, d.doc_id)
        return n_docs, n_events

    def _insert_event(self, ev: Event, doc_id: str) -> int:
        row = [getattr(ev, k) for k in _EVENT_SCALARS]
        row += [json.dumps(getattr(ev, k), ensure_ascii=False) for k in _EVENT_LISTS]
        row.append(doc_id)
        cols = ",".join(_EVENT_SCALARS + _EVENT_LISTS + ("doc_id",))
        cur = self.conn.execute(
            f"INSERT OR IGNORE INTO events ({cols}) VALUES ({','.join('?' * len(row))})", row
        )
        for e in ev.evidence:
            self.conn.execute("INSERT OR IGNORE INTO evidence VALUES (?,?,?,?,?)",
                              (ev.event_uid, e.doc_id, e.start, e.end, e.text))
        return cur.rowcount

    def record_skip(self, source: str, reason: str, step: str | None, run_id: str | None) -> None:
        with self.conn:
            self.conn.execute("INSERT OR REPLACE INTO skipped VALUES (?,?,?,?,?)",
                              (source, reason, step, run_id, time.time()))

    def start_run(self, run_id: str, inputs: list[str]) -> None:
        with self.conn:
            self.conn.execute("INSERT OR REPLACE INTO runs (run_id, started, inputs, status) VALUES (?,?,?,?)",
                              (run_id, time.time(), json.dumps(inputs, ensure_ascii=False), "running"))

    def finish_run(self, run_id: str, status: str, summary: dict[str, Any]) -> None:
        with self.conn:
            self.conn.execute(
                "UPDATE runs SET finished=?, status=?, n_read=?, n_new=?, n_skipped=?, n_events=?, summary=? WHERE run_id=?",
                (time.time(), status, summary.get("read"), summary.get("new"), summary.get("skipped"),
                 summary.get("events"), json.dumps(summary, ensure_ascii=False), run_id),
            )

    # -- reads -------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        out = {}
        for t in ("documents", "events", "evidence", "skipped", "runs"):
            out[t] = int(self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0])
        return out

    def iter_events(self, where: str = "", params: tuple = ()) -> Iterator[Event]:
        sql = "SELECT * FROM events " + (f"WHERE {where} " if where else "") + "ORDER BY event_date, event_uid"
        ev_rows = self.conn.execute(sql, params)
        for r in ev_rows:
            yield self.event_from_row(r)

    def event_from_row(self, r: sqlite3.Row) -> Event:
        d = {k: r[k] for k in _EVENT_SCALARS}
        for k in _EVENT_LISTS:
            d[k] = json.loads(r[k]) if r[k] else []
        ev = Event.from_dict(d)
        ev.evidence = [
            Evidence(x["doc_id"], x["start"], x["end"], x["text"])
            for x in self.conn.execute(
                'SELECT doc_id, start, "end", text FROM evidence WHERE event_uid=? ORDER BY doc_id, start',
                (r["event_uid"],),
            )
        ]
        return ev

    def document(self, doc_id: str) -> dict[str, Any] | None:
        r = self.conn.execute("SELECT * FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
        return dict(r) if r else None

    def skipped(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM skipped ORDER BY at")]
