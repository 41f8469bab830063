"""The event store: SQLite in WAL mode, content-hash ids, idempotent upserts, migrations.

One writer and many readers across processes. Writes happen in one transaction per
batch of documents, so a killed run leaves either a whole batch or none of it.
"""
from __future__ import annotations

import json
import sqlite3
import time
from contextlib import contextmanager
from itertools import chain
from operator import attrgetter
from pathlib import Path
from typing import Any, Iterable, Iterator

from marsad.dedup.step import dedup_enabled  # one switch for the store and the pipeline
from marsad.jsonenc import dumps, dumps_str
from marsad.model import Document, Event, Evidence

SCHEMA_VERSION = 4

# A None parameter is bound as NULL either way, but the sqlite3 module looks an adapter up for
# every value not an exact int, float, str or bytearray: for None, with no adapter registered,
# that lookup raises and clears an AttributeError (``PrepareProtocol.__adapt__``), ~3 K
# instructions per NULL (~40 per stored event, as many per merged event). A registered adapter
# is found by one dict lookup; ``{}.get`` is a C callable that gives None back for None.
sqlite3.register_adapter(type(None), {}.get)

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
_EVENT_COLUMNS = _EVENT_SCALARS + _EVENT_LISTS + ("doc_id",)

# Statements of the write path, built once.
_INSERT_DOCUMENT = "INSERT OR IGNORE INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
_INSERT_SPAN = "INSERT OR IGNORE INTO spans VALUES (?,?,?,?,?,?,?)"
_INSERT_TOTAL = "INSERT OR IGNORE INTO totals VALUES (?,?,?,?,?,?)"
_INSERT_DROPPED = "INSERT OR IGNORE INTO dropped VALUES (?,?,?,?,?,?)"
_INSERT_EVENT = (f"INSERT OR IGNORE INTO events ({','.join(_EVENT_COLUMNS)}) "
                 f"VALUES ({','.join('?' * len(_EVENT_COLUMNS))})")
_event_scalars = attrgetter(*_EVENT_SCALARS)
# Rows per statement of the many-row tables (spans, dropped, evidence staging): 64 rows of 7
# values stay far below SQLite's 32,766 bound on parameters.
_ROWS_PER_STATEMENT = 64


def _many_rows(sql: str, n: int) -> str:
    """``sql`` (an INSERT ending in one ``VALUES (?,...)`` group) with ``n`` such groups."""
    head, sep, group = sql.rpartition("VALUES ")
    return head + sep + ",".join([group] * n)


def insert_rows(conn: sqlite3.Connection, sql: str, rows: list[tuple]) -> None:
    """``conn.executemany(sql, rows)``, with the same rows in the same order (so the same rowids),
    sent _ROWS_PER_STATEMENT at a time as one many-row INSERT: a statement's set-up (cursors on
    the table and its indexes, the savepoint, the halt) is paid per statement, not per row,
    which was most of a span row's cost. ``OR IGNORE`` still applies row by row."""
    n = _ROWS_PER_STATEMENT
    full = len(rows) - len(rows) % n
    if full:
        flat = chain.from_iterable
        conn.executemany(_many_rows(sql, n), [tuple(flat(rows[i:i + n])) for i in range(0, full, n)])
    if full < len(rows):
        conn.executemany(sql, rows[full:])


def _event_row(ev: Event, doc_id: str) -> tuple:
    """The ``events`` row of ``ev`` (list fields as JSON), in _EVENT_COLUMNS order."""
    return (*_event_scalars(ev), *dumps.many((ev.rule_ids, ev.claimed_by, ev.doc_ids)), doc_id)


def fts_tokenizer() -> str | None:
    """The FTS5 tokenizer for ``evidence_fts``: ``trigram`` (substring search, SQLite >= 3.34)
    when this SQLite build has it, else ``unicode61``; None without FTS5."""
    c = sqlite3.connect(":memory:")
    try:
        for tok in ("trigram", "unicode61"):
            try:
                c.execute(f"CREATE VIRTUAL TABLE t_{tok} USING fts5(x, tokenize='{tok}')")
                return tok
            except sqlite3.OperationalError:
                continue
        return None
    finally:
        c.close()


def _fts_migration() -> str:
    """SQL creating ``evidence_fts`` (an external-content FTS5 index of evidence.text),
    filling it from the stored rows and keeping it in sync with triggers."""
    tok = fts_tokenizer()
    if tok is None:
        return ""  # no FTS5 in this SQLite: the API searches with LIKE
    return f"""
    CREATE VIRTUAL TABLE IF NOT EXISTS evidence_fts USING fts5(text, content='evidence', content_rowid='rowid', tokenize='{tok}');
    INSERT INTO evidence_fts(evidence_fts) VALUES ('rebuild');
    CREATE TRIGGER IF NOT EXISTS evidence_fts_insert AFTER INSERT ON evidence BEGIN
        INSERT INTO evidence_fts(rowid, text) VALUES (new.rowid, new.text);
    END;
    CREATE TRIGGER IF NOT EXISTS evidence_fts_delete AFTER DELETE ON evidence BEGIN
        INSERT INTO evidence_fts(evidence_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    END;
    CREATE TRIGGER IF NOT EXISTS evidence_fts_update AFTER UPDATE ON evidence BEGIN
        INSERT INTO evidence_fts(evidence_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        INSERT INTO evidence_fts(rowid, text) VALUES (new.rowid, new.text);
    END;
    """


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
    # 2 -> 3: near-duplicate documents (MinHash signatures) and events merged across documents
    """
    CREATE TABLE doc_minhash (
        doc_id TEXT PRIMARY KEY, n_shingles INTEGER NOT NULL, sig BLOB NOT NULL, copy_evidence TEXT
    );
    CREATE INDEX documents_copy_of ON documents(copy_of);
    CREATE TABLE merged_events (
        event_uid TEXT PRIMARY KEY, event_id_cnty TEXT, event_date TEXT, year INTEGER,
        time_precision INTEGER, disorder_type TEXT, event_type TEXT NOT NULL,
        sub_event_type TEXT, actor1 TEXT, assoc_actor_1 TEXT, inter1 INTEGER, actor2 TEXT,
        assoc_actor_2 TEXT, inter2 INTEGER, interaction INTEGER, civilian_targeting TEXT,
        iso INTEGER, region TEXT, country TEXT, admin1 TEXT, admin2 TEXT, admin3 TEXT,
        location TEXT, latitude REAL, longitude REAL, geo_precision INTEGER, gazetteer_id TEXT,
        geo_note TEXT, location_text TEXT, source TEXT, source_scale TEXT, notes TEXT, fatalities INTEGER,
        fatalities_low INTEGER, fatalities_high INTEGER, tags TEXT, timestamp INTEGER,
        confidence REAL, n_sources INTEGER, lang TEXT, date_start TEXT, date_end TEXT,
        rule_ids TEXT, claimed_by TEXT, doc_ids TEXT,
        n_members INTEGER NOT NULL, outlets TEXT NOT NULL, basis TEXT NOT NULL
    );
    CREATE INDEX merged_type_date ON merged_events(event_type, date_start);
    CREATE INDEX merged_date ON merged_events(event_date);
    CREATE INDEX merged_admin ON merged_events(country, admin1);
    CREATE TABLE merge_links (
        event_uid TEXT PRIMARY KEY, merged_uid TEXT NOT NULL, doc_id TEXT NOT NULL, outlet TEXT,
        decision TEXT, added REAL
    );
    CREATE INDEX merge_links_merged ON merge_links(merged_uid);
    """,
    # 3 -> 4: indexes for the API's filters (bench/bench_api.py) and full-text search over
    # the evidence sentences, kept in sync by triggers (see _fts_migration). IF NOT EXISTS:
    # a store rolled back to an older user_version (tests do) may still hold them.
    """
    CREATE INDEX IF NOT EXISTS events_geo ON events(latitude, longitude);
    CREATE INDEX IF NOT EXISTS events_type_date ON events(event_type, event_date);
    CREATE INDEX IF NOT EXISTS events_admin1_date ON events(admin1, event_date);
    CREATE INDEX IF NOT EXISTS merged_geo ON merged_events(latitude, longitude);
    CREATE INDEX IF NOT EXISTS merged_type_event_date ON merged_events(event_type, event_date);
    CREATE INDEX IF NOT EXISTS merged_admin1_date ON merged_events(admin1, event_date);
    CREATE INDEX IF NOT EXISTS merge_links_merged ON merge_links(merged_uid);
    """ + _fts_migration(),
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
        conn.execute("PRAGMA cache_size=-32768")  # 32 MB: the single writer re-reads indexes and merged events
    conn.row_factory = sqlite3.Row
    return conn




class Store:
    """SQLite event store. ``Store(path)`` opens (and migrates) a database.

    ``dedup`` (default: on unless ``MARSAD_DEDUP=0``) marks near-duplicate documents as
    copies and merges each new document's events into ``merged_events`` as it is written.
    """

    def __init__(self, path: str | Path = "marsad.db", readonly: bool = False, dedup: bool | None = None):
        self.path = str(path)
        self.conn = connect(self.path, readonly=readonly)
        self.dedup = dedup_enabled() if dedup is None else dedup
        self._dedup = None
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
        if v < 3 <= SCHEMA_VERSION and self.dedup and self.conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone():
            self.rebuild_dedup()  # a store written before merging existed: merge what it holds

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
        now = time.time()
        dedup = self.deduplicator()
        if dedup is not None:
            dedup.begin_batch()
        try:
            with self.conn:
                n_docs, n_events = self._write(docs, run_id, now, dedup)
        except BaseException:
            if dedup is not None:
                dedup.reset()  # its in-memory index may hold rows that were rolled back
            raise
        return n_docs, n_events

    def deduplicator(self):
        """The copy/merge hook of the write path (None when dedup is off)."""
        if not self.dedup:
            return None
        if self._dedup is None:
            from marsad.dedup.db import Deduplicator

            self._dedup = Deduplicator(self.conn, _EVENT_SCALARS, _EVENT_LISTS)
        return self._dedup

    def _write(self, docs: Iterable[Document], run_id: str | None, now: float, dedup) -> tuple[int, int]:
        c = self.conn
        new: list[Document] = []
        for d in docs:
            cur = c.execute(_INSERT_DOCUMENT, (
                d.doc_id, d.url, d.site, d.source, d.author, d.title, d.published, d.published_how,
                d.lang, d.text, d.raw, dumps_str(d.metadata), d.copy_of, run_id, now))
            if cur.rowcount == 0:
                continue
            new.append(d)
            if dedup is not None:
                dedup.on_document(d)  # reads documents and merged events only, not the rows below
        # The rows of the batch's new documents, one statement per table: the same rows, in
        # the same order, as document by document.
        spans = [(d.doc_id, s) for d in new for s in d.spans]
        values = dumps_str.many([s.value for _, s in spans])
        insert_rows(c, _INSERT_SPAN, [(doc_id, s.kind, s.start, s.end, s.text, v, s.rule_id)
                                      for (doc_id, s), v in zip(spans, values)])
        c.executemany(_INSERT_TOTAL, [(d.doc_id, t["start"], t["end"], t["text"], t.get("value"), t.get("kind"))
                                      for d in new for t in d.totals])
        insert_rows(c, _INSERT_DROPPED, [(d.doc_id, x["start"], x["end"], x["text"], x["reason"], x.get("rule_id"))
                                         for d in new for x in d.dropped])
        events = [(ev, d.doc_id) for d in new for ev in d.events]
        n_events = c.executemany(_INSERT_EVENT, [_event_row(ev, doc_id) for ev, doc_id in events]).rowcount
        self._insert_evidence([(ev.event_uid, e.doc_id, e.start, e.end, e.text)
                               for ev, _ in events for e in ev.evidence])
        return len(new), max(n_events, 0)

    def _insert_evidence(self, rows: list[tuple]) -> None:
        """Evidence rows through a staging table and one INSERT ... SELECT: the FTS trigger
        then fires within one statement. Row by row, FTS5 flushes its pending index at every
        statement, which cost 4-5 times the whole insert."""
        if not rows:
            return
        c = self.conn
        # untyped columns: values reach ``evidence`` unconverted, as by a direct insert
        c.execute('CREATE TEMP TABLE IF NOT EXISTS evidence_batch (event_uid, doc_id, start, "end", text)')
        insert_rows(c, "INSERT INTO temp.evidence_batch VALUES (?,?,?,?,?)", rows)
        c.execute('INSERT OR IGNORE INTO evidence SELECT event_uid, doc_id, start, "end", text '
                  "FROM temp.evidence_batch ORDER BY rowid")
        c.execute("DELETE FROM temp.evidence_batch")

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

    # -- merged events (see marsad.dedup and docs/merging.md) -------------------
    def has_merged_table(self) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='merged_events'").fetchone() is not None

    def iter_merged_events(self, where: str = "", params: tuple = ()) -> Iterator[Event]:
        """Events merged across documents, each with the evidence of every report behind it."""
        sql = "SELECT * FROM merged_events " + (f"WHERE {where} " if where else "") + "ORDER BY event_date, event_uid"
        for r in self.conn.execute(sql, params):
            d = {k: r[k] for k in _EVENT_SCALARS}
            for k in _EVENT_LISTS:
                d[k] = json.loads(r[k]) if r[k] else []
            ev = Event.from_dict(d)
            ev.evidence = [
                Evidence(x["doc_id"], x["start"], x["end"], x["text"])
                for x in self.conn.execute(
                    'SELECT e.doc_id, e.start, e."end", e.text FROM merge_links l JOIN evidence e '
                    'ON e.event_uid = l.event_uid WHERE l.merged_uid=? ORDER BY e.doc_id, e.start',
                    (r["event_uid"],),
                )
            ]
            yield ev

    def merge_links(self, merged_uid: str) -> list[dict[str, Any]]:
        """The per-document events behind a merged event, with the decision that joined each."""
        rows = self.conn.execute("SELECT * FROM merge_links WHERE merged_uid=? ORDER BY added, event_uid",
                                 (merged_uid,))
        return [{**dict(r), "decision": json.loads(r["decision"] or "{}")} for r in rows]

    def merged_uid_of(self, event_uid: str) -> str | None:
        r = self.conn.execute("SELECT merged_uid FROM merge_links WHERE event_uid=?", (event_uid,)).fetchone()
        return r[0] if r else None

    def dedup_counts(self) -> dict[str, int]:
        q = lambda sql: int(self.conn.execute(sql).fetchone()[0])  # noqa: E731
        return {
            "documents": q("SELECT COUNT(*) FROM documents"),
            "copies": q("SELECT COUNT(*) FROM documents WHERE copy_of IS NOT NULL"),
            "events": q("SELECT COUNT(*) FROM events"),
            "merged_events": q("SELECT COUNT(*) FROM merged_events"),
            "multi_report": q("SELECT COUNT(*) FROM merged_events WHERE n_members > 1"),
            "multi_source": q("SELECT COUNT(*) FROM merged_events WHERE n_sources > 1"),
            "links_merged": q("SELECT COUNT(*) FROM merge_links WHERE json_extract(decision, '$.merged')"),
        }

    def rebuild_dedup(self) -> dict[str, int]:
        """Recompute copies and merged events from the stored documents, in the order they
        were stored (for stores written before merging, or with ``MARSAD_DEDUP=0``)."""
        from marsad.dedup.db import Deduplicator

        dedup = Deduplicator(self.conn, _EVENT_SCALARS, _EVENT_LISTS)
        with self.conn:
            for t in ("merged_events", "merge_links", "doc_minhash"):
                self.conn.execute(f"DELETE FROM {t}")
            self.conn.execute("UPDATE documents SET copy_of=NULL")
            for r in self.conn.execute("SELECT doc_id, url, site, source, published, text FROM documents "
                                       "ORDER BY rowid").fetchall():
                d = Document(doc_id=r["doc_id"], url=r["url"], site=r["site"], source=r["source"],
                             published=r["published"], text=r["text"])
                d.events = [self.event_from_row(e) for e in
                            self.conn.execute("SELECT * FROM events WHERE doc_id=? ORDER BY rowid", (d.doc_id,))]
                dedup.on_document(d)
        self._dedup = None
        return self.dedup_counts()
