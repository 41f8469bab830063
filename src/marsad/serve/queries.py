"""Read-only queries over the event store for the API and the dashboard.

Every value from a request reaches SQLite as a bound parameter; only column names
picked from fixed whitelists are formatted into SQL. Nothing here writes.
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3
import threading
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Iterable

from marsad.model import ACLED_COLUMNS, MARSAD_COLUMNS

MAX_PAGE_SIZE = 1000
MAX_TEXT_LEN = 200  # free-text and actor filters
SORTABLE = ("event_date", "fatalities", "n_sources", "confidence", "event_type", "admin1", "country", "location")
LIST_COLUMNS = ("rule_ids", "claimed_by", "doc_ids")
STATS_PARTS = ("by_type", "by_week", "by_admin1", "top_actors")
SPAN_KINDS = ("trigger", "actor", "place", "date", "number", "speaker")

# Columns returned by the list endpoint (the full record minus evidence, which the
# detail endpoint adds).
EVENT_FIELDS = tuple(dict.fromkeys(
    ("event_uid",) + ACLED_COLUMNS + tuple(c for c in MARSAD_COLUMNS if c != "evidence") + ("doc_id",)
))
CSV_FIELDS = tuple(c for c in EVENT_FIELDS if c != "doc_id")
# A merged event (merged_events, see docs/merging.md) has no single doc_id; it has a member count.
MERGED_FIELDS = tuple(c for c in EVENT_FIELDS if c != "doc_id") + ("n_members",)
ALL_FIELDS = EVENT_FIELDS + ("n_members",)


@dataclass(slots=True)
class EventFilter:
    """One options object for every filter the API accepts."""

    date_from: str | None = None
    date_to: str | None = None
    event_type: list[str] = field(default_factory=list)
    sub_event_type: list[str] = field(default_factory=list)
    actor: str | None = None
    country: str | None = None
    admin1: list[str] = field(default_factory=list)
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    min_sources: int | None = None
    q: str | None = None  # free text over evidence sentences
    # Rowids of the events whose evidence matches ``q``, found once per request by
    # Reader.resolve (rowid lookups are the cheapest way back into events).
    q_rowids: list[int] | None = None
    # Merged events (True), per-document events (False), or None: merged when the store
    # has any, which Reader.resolve settles once per request.
    merged: bool | None = None

    @property
    def table(self) -> str:
        return "merged_events" if self.merged else "events"

    def where(self) -> tuple[str, list[Any]]:
        """SQL WHERE clause (possibly empty) and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.date_from:
            clauses.append("e.event_date >= ?")
            params.append(self.date_from)
        if self.date_to:
            clauses.append("e.event_date <= ?")
            params.append(self.date_to)
        for col, values in (("event_type", self.event_type), ("sub_event_type", self.sub_event_type),
                            ("admin1", self.admin1)):
            values = [v for v in values if v]
            if values:
                clauses.append(f"e.{col} IN ({','.join('?' * len(values))})")
                params.extend(values)
        if self.country:
            clauses.append("e.country = ?")
            params.append(self.country)
        if self.actor and "\x00" in self.actor:
            clauses.append("0")  # LIKE stops at a NUL: '%\x00%' would match every row
        elif self.actor:
            pat = like_pattern(self.actor)
            clauses.append(
                "(e.actor1 LIKE ? ESCAPE '\\' OR e.actor2 LIKE ? ESCAPE '\\' "
                "OR e.assoc_actor_1 LIKE ? ESCAPE '\\' OR e.assoc_actor_2 LIKE ? ESCAPE '\\')"
            )
            params.extend([pat] * 4)
        if self.bbox:
            w, s, e, n = self.bbox
            clauses.append("e.latitude BETWEEN ? AND ?")
            params.extend([s, n])
            if w <= e:
                clauses.append("e.longitude BETWEEN ? AND ?")
                params.extend([w, e])
            else:  # crosses the antimeridian
                clauses.append("(e.longitude >= ? OR e.longitude <= ?)")
                params.extend([w, e])
        if self.min_sources:
            clauses.append("e.n_sources >= ?")
            params.append(self.min_sources)
        if self.q_rowids is not None:
            # One JSON parameter, however many events matched.
            clauses.append("e.rowid IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(self.q_rowids))
        elif self.q and "\x00" in self.q:
            clauses.append("0")  # as for actor: no stored sentence holds a NUL
        elif self.q and self.merged:
            # a merged event matches when the evidence of any of its reports does
            clauses.append(
                "e.event_uid IN (SELECT l.merged_uid FROM merge_links l JOIN evidence v "
                "ON v.event_uid = l.event_uid WHERE v.text LIKE ? ESCAPE '\\')"
            )
            params.append(like_pattern(self.q))
        elif self.q:
            clauses.append(
                "e.event_uid IN (SELECT v.event_uid FROM evidence v WHERE v.text LIKE ? ESCAPE '\\')"
            )
            params.append(like_pattern(self.q))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with its own % and _ taken literally."""
    esc = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{esc}%"


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """``west,south,east,north`` in degrees -> floats; ValueError names the problem."""
    parts = value.split(",")
    if len(parts) != 4:
        raise ValueError("bbox must be west,south,east,north (4 numbers)")
    w, s, e, n = (float(p) for p in parts)
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
        raise ValueError("bbox out of range: longitudes in [-180, 180], latitudes in [-90, 90], south <= north")
    return w, s, e, n


class Reader:
    """Read-only access to a store, one SQLite connection per thread."""

    def __init__(self, db_path: str | Path):
        self.db_path = str(db_path)
        if not Path(self.db_path).exists():
            raise FileNotFoundError(
                f"no database at {self.db_path}: run `marsad run INPUT --db {self.db_path}` first"
            )
        self._local = threading.local()
        self._cols: dict[str, tuple[str, ...]] = {}
        self._fts: bool | None = None

    def columns(self, table: str = "events") -> tuple[str, ...]:
        """Fields the table has: a store from an older schema lacks newer columns.

        ``events`` -> EVENT_FIELDS, ``merged_events`` -> MERGED_FIELDS.
        """
        cols = self._cols.get(table)
        if cols is None:
            have = {r[1] for r in self.conn().execute(
                "PRAGMA table_info(merged_events)" if table == "merged_events" else "PRAGMA table_info(events)")}
            cols = tuple(c for c in (MERGED_FIELDS if table == "merged_events" else EVENT_FIELDS) if c in have)
            if have:  # a table not created yet is looked up again next time
                self._cols[table] = cols
        return cols

    def fts(self) -> bool:
        """Whether ``evidence_fts`` exists with the trigram tokenizer (substring search).

        A unicode61 index (SQLite builds without trigram) matches whole words only, so
        ``q``, a substring filter, does not use it.
        """
        if self._fts is None:
            r = self.conn().execute("SELECT sql FROM sqlite_master WHERE name = 'evidence_fts'").fetchone()
            if r is None:
                return False  # asked again next time: a writer may migrate the store meanwhile
            self._fts = "trigram" in (r[0] or "").lower()
        return self._fts

    def has_merged(self) -> bool:
        """Whether the store holds merged events (schema 3+, written with dedup on)."""
        try:
            return self.conn().execute("SELECT 1 FROM merged_events LIMIT 1").fetchone() is not None
        except sqlite3.OperationalError:  # a store from before migration 3
            return False

    def where(self, f: EventFilter) -> tuple[str, list[Any]]:
        self.resolve(f)
        return f.where()

    def resolve(self, f: EventFilter) -> EventFilter:
        """Settle merged or per-document events, and search the evidence for ``f.q``
        once, so counting and paging reuse the matches.

        Uses ``evidence_fts`` (FTS5, trigram tokenizer) when the store has it and the
        query has 3+ characters; otherwise one scan with LIKE. For merged events the
        matches are the merged events of the per-document events whose evidence matches.
        """
        if f.merged is None:
            f.merged = self.has_merged()
        if not f.q or f.q_rowids is not None:
            return f
        if "\x00" in f.q:  # LIKE and MATCH stop at a NUL: it would match every sentence
            f.q_rowids = []
            return f
        if self.fts() and len(f.q) >= 3:
            sub = ("SELECT v.event_uid FROM evidence v WHERE v.rowid IN "
                   "(SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?)")
            arg = '"' + f.q.replace('"', '""') + '"'
        else:
            sub = "SELECT v.event_uid FROM evidence v WHERE v.text LIKE ? ESCAPE '\\'"
            arg = like_pattern(f.q)
        if f.merged:
            sql = ("SELECT e.rowid FROM merged_events e WHERE e.event_uid IN "
                   f"(SELECT l.merged_uid FROM merge_links l WHERE l.event_uid IN ({sub}))")
        else:
            sql = f"SELECT e.rowid FROM events e WHERE e.event_uid IN ({sub})"
        f.q_rowids = [r[0] for r in self.conn().execute(sql, (arg,))]
        return f

    def conn(self) -> sqlite3.Connection:
        c = getattr(self._local, "conn", None)
        if c is None:
            c = sqlite3.connect(f"file:{Path(self.db_path).resolve()}?mode=ro", uri=True,
                                check_same_thread=False, timeout=30)
            c.row_factory = sqlite3.Row
            c.execute("PRAGMA query_only = ON")
            # Reads only: map the file and keep a large page cache, so scans stay in memory.
            c.execute("PRAGMA mmap_size = 1073741824")
            c.execute("PRAGMA cache_size = -16384")  # per thread; the map does the rest
            self._local.conn = c
        return c

    # -- events --------------------------------------------------------------
    def count_events(self, f: EventFilter) -> int:
        where, params = self.where(f)
        return int(self.conn().execute(f"SELECT COUNT(*) FROM {f.table} e{where}", params).fetchone()[0])

    def list_events(self, f: EventFilter, sort: str = "event_date", desc: bool = True,
                    page: int = 1, page_size: int = 100,
                    fields: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """One page of events; ``fields`` picks a subset of ALL_FIELDS (event_uid always).

        By default all of EVENT_FIELDS (per-document events) or MERGED_FIELDS (merged);
        a field the table lacks (``doc_id`` of a merged event) comes as None.
        """
        if sort not in SORTABLE:
            raise ValueError(f"cannot sort by {sort!r}; choose one of {', '.join(SORTABLE)}")
        unknown = set(fields or ()) - set(ALL_FIELDS)
        if unknown:
            raise ValueError(f"unknown field(s) {', '.join(sorted(unknown))}; choose from {', '.join(ALL_FIELDS)}")
        where, params = self.where(f)
        default = MERGED_FIELDS if f.merged else EVENT_FIELDS
        wanted = default if fields is None else ("event_uid",) + tuple(
            k for k in ALL_FIELDS if k in set(fields) and k != "event_uid")
        have = set(self.columns(f.table))
        cols = [k for k in wanted if k in have]
        missing = [k for k in wanted if k not in have]
        lists = [i for i, k in enumerate(cols) if k in LIST_COLUMNS]
        page_size = max(1, min(int(page_size), MAX_PAGE_SIZE))
        direction = "DESC" if desc else "ASC"
        sql = (f"SELECT {','.join('e.' + k for k in cols)} FROM {f.table} e{where} "
               f"ORDER BY e.{sort} {direction}, e.rowid {direction} LIMIT ? OFFSET ?")
        cur = self.conn().cursor()
        cur.row_factory = None  # plain tuples: building dicts from Row objects costs more
        out = []
        for row in cur.execute(sql, params + [page_size, (max(1, page) - 1) * page_size]):
            if lists:
                row = list(row)
                for i in lists:
                    row[i] = json.loads(row[i]) if row[i] else []
            d = dict(zip(cols, row))
            for k in missing:
                d[k] = None
            out.append(d)
        return out

    def _merge_links_exist(self) -> bool:
        return self.conn().execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'merge_links'").fetchone() is not None

    def event(self, uid: str) -> dict[str, Any] | None:
        """One event with its evidence: a merged uid gives the merged event with the
        evidence of every report behind it (``members``: those reports); a per-document
        uid gives that report, with ``merged_uid``, the merged event it belongs to."""
        c = self.conn()
        links = self._merge_links_exist()
        r = None
        if links:
            cols = self.columns("merged_events")
            if cols:
                r = c.execute(f"SELECT {','.join(cols)} FROM merged_events WHERE event_uid = ?", (uid,)).fetchone()
        if r is not None:
            ev = row_to_event(r, MERGED_FIELDS)
            ev["merged"] = True
            rows = c.execute(
                'SELECT v.doc_id, v.start, v."end", v.text FROM merge_links l JOIN evidence v '
                "ON v.event_uid = l.event_uid WHERE l.merged_uid = ? ORDER BY v.doc_id, v.start", (uid,)).fetchall()
            members = [
                {"event_uid": m["event_uid"], "doc_id": m["doc_id"], "outlet": m["outlet"],
                 "decision": _json(m["decision"])}
                for m in c.execute("SELECT event_uid, doc_id, outlet, decision FROM merge_links "
                                   "WHERE merged_uid = ? ORDER BY added, event_uid", (uid,))
            ]
        else:
            r = c.execute(f"SELECT {','.join(self.columns())} FROM events WHERE event_uid = ?", (uid,)).fetchone()
            if r is None:
                return None
            ev = row_to_event(r)
            ev["merged"] = False
            m = c.execute("SELECT merged_uid FROM merge_links WHERE event_uid = ?", (uid,)).fetchone() if links else None
            ev["merged_uid"] = m[0] if m else None
            rows = c.execute('SELECT doc_id, start, "end", text FROM evidence WHERE event_uid = ? '
                             "ORDER BY doc_id, start", (uid,)).fetchall()
            members = None
        docs: dict[str, dict[str, Any]] = {}
        evidence = []
        for x in rows:
            doc = docs.get(x["doc_id"])
            if doc is None:
                d = c.execute("SELECT doc_id, url, site, source, author, title, published, text "
                              "FROM documents WHERE doc_id = ?", (x["doc_id"],)).fetchone()
                doc = docs[x["doc_id"]] = dict(d) if d else {"doc_id": x["doc_id"], "text": None}
            start, end = int(x["start"]), int(x["end"])
            text = doc["text"]
            # The document text is the ground truth for offsets; fall back to the stored copy.
            sentence = text[start:end] if text is not None and 0 <= start <= end <= len(text) else (x["text"] or "")
            spans = []
            if text is not None:
                for s in c.execute(
                    'SELECT kind, start, "end", text, value, rule_id FROM spans '
                    'WHERE doc_id = ? AND start < ? AND "end" > ? ORDER BY start, "end"',
                    (x["doc_id"], end, start),
                ):
                    rs, re_ = max(s["start"], start) - start, min(s["end"], end) - start
                    if rs < re_:
                        spans.append({"kind": s["kind"], "start": s["start"], "end": s["end"],
                                      "rel_start": rs, "rel_end": re_, "text": s["text"],
                                      "value": _json(s["value"]), "rule_id": s["rule_id"]})
            evidence.append({"doc_id": x["doc_id"], "url": doc.get("url"), "start": start, "end": end,
                             "text": sentence, "spans": spans})
        ev["evidence"] = evidence
        ev["documents"] = [{k: v for k, v in d.items() if k != "text"} for d in docs.values()]
        for did in list(ev.get("doc_ids") or []) + [m["doc_id"] for m in members or []]:
            if did not in docs:
                d = c.execute("SELECT doc_id, url, site, source, author, title, published "
                              "FROM documents WHERE doc_id = ?", (did,)).fetchone()
                docs[did] = dict(d) if d else {"doc_id": did}
                if d:
                    ev["documents"].append(dict(d))
        if members is not None:
            for m in members:
                d = docs.get(m["doc_id"]) or {}
                m.update({k: d.get(k) for k in ("url", "title", "source", "published")})
            ev["members"] = members
        return ev

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """One document: text, spans, and its per-document events (``events``: each with
        the merged event it belongs to, None for a copy's events or a store without merges)."""
        c = self.conn()
        r = c.execute("SELECT doc_id, url, site, source, author, title, published, published_how, lang, "
                      "text, copy_of FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if r is None:
            return None
        d = dict(r)
        d["spans"] = [
            {"kind": s["kind"], "start": s["start"], "end": s["end"], "text": s["text"],
             "value": _json(s["value"]), "rule_id": s["rule_id"]}
            for s in c.execute('SELECT kind, start, "end", text, value, rule_id FROM spans WHERE doc_id = ? '
                               'ORDER BY start, "end"', (doc_id,))
        ]
        d["event_uids"] = [x[0] for x in c.execute(
            "SELECT event_uid FROM events WHERE doc_id = ? UNION "
            "SELECT DISTINCT event_uid FROM evidence WHERE doc_id = ?", (doc_id, doc_id))]
        merged_col = "l.merged_uid" if self._merge_links_exist() else "NULL"
        join = "LEFT JOIN merge_links l ON l.event_uid = e.event_uid" if merged_col != "NULL" else ""
        d["events"] = [
            {"event_uid": x[0], "merged_uid": x[1], "event_type": x[2], "sub_event_type": x[3], "event_date": x[4]}
            for x in c.execute(f"SELECT e.event_uid, {merged_col}, e.event_type, e.sub_event_type, e.event_date "
                               f"FROM events e {join} WHERE e.doc_id = ? ORDER BY e.rowid", (doc_id,))
        ]
        return d

    # -- stats -----------------------------------------------------------------
    def stats(self, f: EventFilter, top: int = 20,
              include: Iterable[str] = STATS_PARTS) -> dict[str, Any]:
        """Counts by type, week and admin1, and the top actors, for the events ``f`` selects.

        Up to three grouped scans (``include`` names the parts wanted; totals always come);
        totals and weeks are summed here from per-day groups, which is cheaper than a
        date() call per row in SQL.
        """
        include = set(include)
        c = self.conn()
        where, params = self.where(f)
        n = dead = 0
        dmin = dmax = None
        types: dict[tuple[str, str], list[int]] = {}
        weeks: dict[tuple[str, str], list[int]] = {}
        # Without by_type, group by (type, day): the order of an index a store may have.
        sub_col = "e.sub_event_type" if "by_type" in include else "NULL"
        for etype, day, sub, k, d in c.execute(
                f"SELECT e.event_type, e.event_date, {sub_col}, COUNT(*), COALESCE(SUM(e.fatalities), 0) "
                f"FROM {f.table} e{where} GROUP BY 1, 2, 3", params):
            n += k
            dead += d
            acc = types.setdefault((etype, sub), [0, 0])
            acc[0] += k
            acc[1] += d
            wk = week_start(day)
            if wk is None:
                continue
            dmin = day if dmin is None or day < dmin else dmin
            dmax = day if dmax is None or day > dmax else dmax
            acc = weeks.setdefault((wk, etype), [0, 0])
            acc[0] += k
            acc[1] += d
        by_type = sorted(({"event_type": t, "sub_event_type": st, "events": v[0], "fatalities": v[1]}
                          for (t, st), v in types.items()),
                         key=lambda r: (-r["events"], r["event_type"] or "", r["sub_event_type"] or ""))
        by_week = [{"week": wk, "event_type": t, "events": v[0], "fatalities": v[1]}
                   for (wk, t), v in sorted(weeks.items())]
        out: dict[str, Any] = {"events": n, "fatalities": dead, "date_min": dmin, "date_max": dmax,
                               "merged": bool(f.merged)}
        if "by_type" in include:
            out["by_type"] = by_type
        if "by_week" in include:
            out["by_week"] = by_week
        if "by_admin1" in include:
            out["by_admin1"] = [
                {"country": r[0], "admin1": r[1], "events": r[2], "fatalities": r[3]}
                for r in c.execute(f"SELECT e.country, e.admin1, COUNT(*), COALESCE(SUM(e.fatalities), 0) "
                                   f"FROM {f.table} e{where} GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2", params)
            ]
        if "top_actors" in include:
            actors: dict[str, int] = {}
            for a1, a2, k in c.execute(f"SELECT e.actor1, e.actor2, COUNT(*) FROM {f.table} e{where} GROUP BY 1, 2",
                                       params):
                for a in {a1, a2}:
                    if a:
                        actors[a] = actors.get(a, 0) + k
            out["top_actors"] = [{"actor": a, "events": k}
                                 for a, k in sorted(actors.items(), key=lambda x: (-x[1], x[0]))[:top]]
        return out

    def facets(self) -> dict[str, Any]:
        """Distinct values for the dashboard's filter controls."""
        c = self.conn()
        types: dict[str, list[str]] = {}
        for r in c.execute("SELECT DISTINCT event_type, sub_event_type FROM events ORDER BY 1, 2"):
            types.setdefault(r[0], [])
            if r[1]:
                types[r[0]].append(r[1])
        return {
            "event_types": types,
            "countries": [r[0] for r in c.execute(
                "SELECT DISTINCT country FROM events WHERE country IS NOT NULL ORDER BY 1")],
            "admin1": [r[0] for r in c.execute(
                "SELECT DISTINCT admin1 FROM events WHERE admin1 IS NOT NULL ORDER BY 1")],
        }


def week_start(day: str | None) -> str | None:
    """ISO date of the Monday starting the week of ``day`` (YYYY-MM-DD...), or None."""
    try:
        d = date.fromisoformat(str(day)[:10])
    except ValueError:
        return None
    return (d - timedelta(days=d.weekday())).isoformat()


def _json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def row_to_event(r: sqlite3.Row, fields: tuple[str, ...] = EVENT_FIELDS) -> dict[str, Any]:
    d = dict.fromkeys(fields)
    d.update(dict(r))
    for k in LIST_COLUMNS:
        if k in d:
            d[k] = json.loads(d[k]) if d[k] else []
    return d


# -- output formats --------------------------------------------------------------
def _csv_cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, list):
        v = "; ".join(str(x) for x in v)
    if isinstance(v, str) and v[:1] in ("=", "+", "@", "\t", "\r") or (
        isinstance(v, str) and v[:1] == "-" and not _is_number(v)
    ):
        # Article text is untrusted: keep spreadsheets from reading it as a formula.
        return "'" + v
    return v


def _is_number(s: str) -> bool:
    try:
        float(s)
        return True
    except ValueError:
        return False


def events_csv(events: Iterable[dict[str, Any]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_FIELDS)
    for ev in events:
        w.writerow([_csv_cell(ev.get(k)) for k in CSV_FIELDS])
    return buf.getvalue()


def events_geojson(events: Iterable[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    feats = []
    for ev in events:
        lat, lon = ev.get("latitude"), ev.get("longitude")
        geom = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
        props = {k: v for k, v in ev.items() if k not in ("latitude", "longitude")}
        feats.append({"type": "Feature", "id": ev["event_uid"], "geometry": geom, "properties": props})
    return {"type": "FeatureCollection", "features": feats, **extra}
