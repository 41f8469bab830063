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
        self._cols: tuple[str, ...] | None = None
        self._fts = False

    def columns(self) -> tuple[str, ...]:
        """EVENT_FIELDS the database has: a store from an older schema lacks newer columns."""
        if self._cols is None:
            have = {r[1] for r in self.conn().execute("PRAGMA table_info(events)")}
            self._cols = tuple(c for c in EVENT_FIELDS if c in have)
            self._fts = self.conn().execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'evidence_fts'").fetchone() is not None
        return self._cols

    def where(self, f: EventFilter) -> tuple[str, list[Any]]:
        return f.where()

    def resolve(self, f: EventFilter) -> EventFilter:
        """Search the evidence for ``f.q`` once, so counting and paging reuse the matches.

        Uses ``evidence_fts`` (FTS5, trigram tokenizer) when the store has it and the
        query has 3+ characters; otherwise one scan with LIKE.
        """
        if not f.q or f.q_rowids is not None:
            return f
        if "\x00" in f.q:  # LIKE and MATCH stop at a NUL: it would match every sentence
            f.q_rowids = []
            return f
        self.columns()
        if self._fts and len(f.q) >= 3:
            sub = ("SELECT v.event_uid FROM evidence v WHERE v.rowid IN "
                   "(SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?)")
            arg = '"' + f.q.replace('"', '""') + '"'
        else:
            sub = "SELECT v.event_uid FROM evidence v WHERE v.text LIKE ? ESCAPE '\\'"
            arg = like_pattern(f.q)
        f.q_rowids = [r[0] for r in self.conn().execute(
            f"SELECT e.rowid FROM events e WHERE e.event_uid IN ({sub})", (arg,))]
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
        return int(self.conn().execute(f"SELECT COUNT(*) FROM events e{where}", params).fetchone()[0])

    def list_events(self, f: EventFilter, sort: str = "event_date", desc: bool = True,
                    page: int = 1, page_size: int = 100,
                    fields: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """One page of events; ``fields`` picks a subset of EVENT_FIELDS (event_uid always)."""
        if sort not in SORTABLE:
            raise ValueError(f"cannot sort by {sort!r}; choose one of {', '.join(SORTABLE)}")
        wanted = EVENT_FIELDS if fields is None else ("event_uid",) + tuple(
            k for k in EVENT_FIELDS if k in set(fields) and k != "event_uid")
        unknown = set(fields or ()) - set(EVENT_FIELDS)
        if unknown:
            raise ValueError(f"unknown field(s) {', '.join(sorted(unknown))}; choose from {', '.join(EVENT_FIELDS)}")
        have = set(self.columns())
        cols = [k for k in wanted if k in have]
        missing = [k for k in wanted if k not in have]
        lists = [i for i, k in enumerate(cols) if k in LIST_COLUMNS]
        page_size = max(1, min(int(page_size), MAX_PAGE_SIZE))
        where, params = self.where(f)
        direction = "DESC" if desc else "ASC"
        sql = (f"SELECT {','.join('e.' + k for k in cols)} FROM events e{where} "
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

    def event(self, uid: str) -> dict[str, Any] | None:
        c = self.conn()
        r = c.execute(f"SELECT {','.join(self.columns())} FROM events WHERE event_uid = ?", (uid,)).fetchone()
        if r is None:
            return None
        ev = row_to_event(r)
        docs: dict[str, dict[str, Any]] = {}
        evidence = []
        for x in c.execute('SELECT doc_id, start, "end", text FROM evidence WHERE event_uid = ? '
                           "ORDER BY doc_id, start", (uid,)):
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
            evidence.append({"doc_id": x["doc_id"], "start": start, "end": end, "text": sentence,
                             "spans": spans})
        ev["evidence"] = evidence
        ev["documents"] = [{k: v for k, v in d.items() if k != "text"} for d in docs.values()]
        for did in ev.get("doc_ids") or []:
            if did not in docs:
                d = c.execute("SELECT doc_id, url, site, source, author, title, published "
                              "FROM documents WHERE doc_id = ?", (did,)).fetchone()
                if d:
                    ev["documents"].append(dict(d))
        return ev

    def document(self, doc_id: str) -> dict[str, Any] | None:
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
                f"FROM events e{where} GROUP BY 1, 2, 3", params):
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
        out: dict[str, Any] = {"events": n, "fatalities": dead, "date_min": dmin, "date_max": dmax}
        if "by_type" in include:
            out["by_type"] = by_type
        if "by_week" in include:
            out["by_week"] = by_week
        if "by_admin1" in include:
            out["by_admin1"] = [
                {"country": r[0], "admin1": r[1], "events": r[2], "fatalities": r[3]}
                for r in c.execute(f"SELECT e.country, e.admin1, COUNT(*), COALESCE(SUM(e.fatalities), 0) "
                                   f"FROM events e{where} GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2", params)
            ]
        if "top_actors" in include:
            actors: dict[str, int] = {}
            for a1, a2, k in c.execute(f"SELECT e.actor1, e.actor2, COUNT(*) FROM events e{where} GROUP BY 1, 2",
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


def row_to_event(r: sqlite3.Row) -> dict[str, Any]:
    d = dict.fromkeys(EVENT_FIELDS)
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
