"""The merged events a new event may join, looked up in memory instead of by one SQL query
per event.

:class:`MergedIndex` holds, for every row of ``merged_events``, what the merge rules read
of it (the values SQLite returns, read back after each write) in per-type lists sorted by
``date_start``. :meth:`MergedIndex.query` applies the same filter as :data:`CANDIDATES_SQL`
(a test compares the two). A row holding a value of a type the filter cannot compare as
SQLite would (never written by Marsad) turns the index off: callers then use the SQL.
"""
from __future__ import annotations

import json
import sqlite3
from bisect import bisect_left, bisect_right, insort
from operator import itemgetter

from marsad.dedup.rules import INFERRED_ACTOR

# What the merge rules read of a candidate (loading whole records for every candidate is slow).
COMPARED = ("event_uid", "event_type", "sub_event_type", "date_start", "date_end", "actor1", "actor2",
            "latitude", "longitude", "geo_precision", "gazetteer_id", "location_text", "location", "country",
            "admin1")
ROW_SQL = (f"SELECT {','.join(COMPARED)}, json_extract(basis, '$.basis.span'), "
           "json_extract(basis, '$.basis.actors[0]'), doc_ids FROM merged_events")
CANDIDATES_SQL = (ROW_SQL + " WHERE event_type=? AND date_start BETWEEN ? AND ? "
                  "AND COALESCE(date_end, date_start)>=?")
# (gazetteer id, lat lo, lat hi, lon lo, lon hi): a precise place meets a candidate inside a box
BOX_SQL = (" AND (latitude IS NULL OR geo_precision >= 3 OR gazetteer_id = ?"
           " OR (latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?))")

_UID, _DSTART, _DEND, _LAT, _LON, _PREC, _GID = (COMPARED.index(k) for k in (
    "event_uid", "date_start", "date_end", "latitude", "longitude", "geo_precision", "gazetteer_id"))
_first = itemgetter(0)


class Candidate:
    """The compared fields of a merged event (what ``rules.compare`` reads of an Event)."""

    __slots__ = COMPARED + ("rule_ids",)
    # the types of the COMPARED columns as the store writes them (declared for rules.Compared)
    event_uid: str
    event_type: str
    sub_event_type: str
    date_start: str | None
    date_end: str | None
    actor1: str | None
    actor2: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    gazetteer_id: str | None
    location_text: str | None
    location: str | None
    country: str | None
    admin1: str | None
    rule_ids: list[str]

    def __init__(self, row: tuple):
        for k, v in zip(COMPARED, row):
            setattr(self, k, v)
        # the record's actor1 is a guess (see merge.actor_key): the rules treat it as one
        self.rule_ids = sorted(INFERRED_ACTOR) if row[-2] == 1 else []


def candidate(row: tuple) -> tuple[Candidate, str | None, list | None]:
    """(compared fields, doc_ids JSON text, [first, last] member date) of a ROW_SQL row."""
    return Candidate(row), row[-1], json.loads(row[-3]) if row[-3] else None


def _plain(row: tuple) -> bool:
    """Whether the in-memory filter compares this row's values exactly as SQLite would."""
    num = (int, float, type(None))
    return (type(row[_LAT]) in num and type(row[_LON]) in num and type(row[_PREC]) in num
            and isinstance(row[_GID], (str, type(None))) and not isinstance(row[_DEND], bytes))


class MergedIndex:
    """``merged_events`` rows by event type, sorted by date_start, for :meth:`query`."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.entries: dict[str, tuple] = {}  # uid -> (row, candidate triple)
        self.by_type: dict[str, list[tuple[str, str]]] = {}  # event type -> sorted (date_start, uid)
        self.exact = True
        for row in conn.execute(ROW_SQL):
            self._add(tuple(row))

    def _add(self, row: tuple) -> None:
        if not _plain(row):
            self.exact = False
        self.entries[row[_UID]] = (row, candidate(row))
        # a NULL or non-text date_start never passes ``date_start BETWEEN ? AND ?`` (text bounds)
        if isinstance(row[_DSTART], str) and isinstance(row[1], str):
            insort(self.by_type.setdefault(row[1], []), (row[_DSTART], row[_UID]))

    def remove(self, uid: str) -> None:
        old = self.entries.pop(uid, None)
        if old is None:
            return
        row = old[0]
        lst = self.by_type.get(row[1])
        if lst is not None and isinstance(row[_DSTART], str):
            i = bisect_left(lst, (row[_DSTART], uid))
            if i < len(lst) and lst[i] == (row[_DSTART], uid):
                del lst[i]

    def put(self, uid: str) -> None:
        """Read the stored row of ``uid`` back (the exact values SQLite keeps) and index it."""
        self.remove(uid)
        row = self.conn.execute(ROW_SQL + " WHERE event_uid=?", (uid,)).fetchone()
        if row is not None:
            self._add(tuple(row))

    def query(self, event_type: str, floor: str, hi: str, lo: str, box: tuple | None) -> list[tuple]:
        """The candidate triples CANDIDATES_SQL (+ BOX_SQL with ``box``) selects."""
        lst = self.by_type.get(event_type)
        if not lst:
            return []
        out = []
        for _, uid in lst[bisect_left(lst, floor, key=_first):bisect_right(lst, hi, key=_first)]:
            row, cand = self.entries[uid]
            end = row[_DEND] if row[_DEND] is not None else row[_DSTART]
            if not isinstance(end, str) or end < lo:
                continue
            if box is not None and not _in_box(row, box):
                continue
            out.append(cand)
        return out


def _in_box(row: tuple, box: tuple) -> bool:
    """BOX_SQL on one row (NULLs compare false, as in SQL)."""
    gid, lat0, lat1, lon0, lon1 = box
    lat, lon, prec = row[_LAT], row[_LON], row[_PREC]
    if lat is None or (prec is not None and prec >= 3):
        return True
    if gid is not None and row[_GID] == gid:
        return True
    return lat0 <= lat <= lat1 and lon is not None and lon0 <= lon <= lon1
