"""The dedup hook of the store's write path: copies of earlier documents, and merging
each new document's events into merged events.

It runs inside the store's write transaction (``Store.write_documents`` calls
:meth:`Deduplicator.on_document` for every new document), so every engine that loads
documents through the store gets the same copies and merges, and a failed batch rolls
back its merges with its documents.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import sqlite3
import time
from operator import attrgetter
from typing import Any

import numpy as np

from marsad.dedup.candidates import BOX_SQL, CANDIDATES_SQL, Candidate, MergedIndex, candidate
from marsad.dedup.merge import Merged, span_days
from marsad.dedup.rules import Decision, MergeOptions, compare
from marsad.dedup.shingles import CopyIndex, CopyOptions, Signature, compare_texts, shingle_hashes, signature
from marsad.jsonenc import dumps
from marsad.lang.ar.normalize import normalize
from marsad.model import Document, Event

# Columns of merged_events besides those it shares with events (see store migration 3).
MERGED_EXTRA = ("n_members", "outlets", "basis")


def outlet_key(doc: Document) -> str:
    """The independent outlet behind a document: the byline's outlet, else the site."""
    name = doc.source or doc.site or ""
    if not name and doc.url:
        name = doc.url.split("/")[2] if "//" in doc.url else doc.url
    return " ".join(normalize(name).text.lower().split()) or "unknown"


def _fields_getter(names: tuple[str, ...]):
    """obj -> tuple of the named attributes (attrgetter returns a bare value for one name)."""
    if len(names) == 1:
        return lambda obj: (getattr(obj, names[0]),)
    return attrgetter(*names)


class Deduplicator:
    """Per-store state: the LSH index over stored signatures, built lazily once."""

    def __init__(self, conn: sqlite3.Connection, scalars: tuple[str, ...], lists: tuple[str, ...],
                 copy_opts: CopyOptions | None = None, merge_opts: MergeOptions | None = None):
        self.conn = conn
        self.scalars = scalars
        self.lists = lists
        self._scalars_of = _fields_getter(scalars)
        self._lists_of = _fields_getter(lists)
        cols = scalars + lists + MERGED_EXTRA
        self._save_sql = f"INSERT OR REPLACE INTO merged_events ({','.join(cols)}) VALUES ({','.join('?' * len(cols))})"
        self.copy_opts = copy_opts or CopyOptions()
        self.merge_opts = merge_opts or MergeOptions()
        self._index: CopyIndex | None = None
        self._merged: MergedIndex | None = None  # built on first use, kept in step by _save
        self._data_version: int | None = None
        self.max_checks = 8  # exact checks per new document (candidates come most similar first)
        self.stats = {"copies": 0, "merged": 0, "founded": 0}

    # -- copies ---------------------------------------------------------------
    @property
    def index(self) -> CopyIndex:
        if self._index is None:
            idx = CopyIndex(self.copy_opts)
            for r in self.conn.execute("SELECT doc_id, n_shingles, sig FROM doc_minhash ORDER BY rowid"):
                idx.add(r[0], Signature.from_bytes(r[2], r[1]))
            self._index = idx
        return self._index

    def reset(self) -> None:
        """Forget in-memory state (after a rolled-back transaction it may hold unsaved rows)."""
        self._index = None
        self._merged = None

    def begin_batch(self) -> None:
        """Before a write transaction: drop the merged-event index if another connection
        has committed since the last batch (the SQL it stands for would see those rows)."""
        v = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if v != self._data_version:
            self._merged = None
            self._data_version = v

    def find_copy(self, doc: Document, sig: Signature, sh: np.ndarray) -> dict[str, Any] | None:
        """The earlier document ``doc`` copies: the most similar candidate that passes the exact check."""
        m = None
        for other, _ in self.index.candidates(doc.doc_id, sig)[:self.max_checks]:
            row = self.conn.execute("SELECT text FROM documents WHERE doc_id=?", (other,)).fetchone()
            if row is None:
                continue
            m = compare_texts(sh, shingle_hashes(row[0]), self.copy_opts, other)
            if m is not None:
                break
        if m is None:
            return None
        row = self.conn.execute("SELECT copy_of FROM documents WHERE doc_id=?", (m.doc_id,)).fetchone()
        info = m.as_dict()
        if row and row[0]:
            info["via"] = m.doc_id
            info["of"] = row[0]  # point at the original, not at another copy
        return info

    def on_document(self, doc: Document) -> None:
        """Hook for one newly stored document (its row and events are already inserted)."""
        if doc.fingerprint is not None:  # computed by the pipeline's Fingerprinter step
            sh, sig = doc.fingerprint
        else:
            sh = shingle_hashes(doc.text)
            sig = signature(hashes=sh)
        info = None
        if doc.copy_of is None:
            info = self.find_copy(doc, sig, sh)
            if info:
                doc.copy_of = info["of"]
        if doc.copy_of:
            self.stats["copies"] += 1
            self.conn.execute("UPDATE documents SET copy_of=? WHERE doc_id=?", (doc.copy_of, doc.doc_id))
        self.conn.execute("INSERT OR IGNORE INTO doc_minhash VALUES (?,?,?,?)",
                          (doc.doc_id, sig.n_shingles, sig.to_bytes(),
                           dumps(info) if info else None))
        self.index.add(doc.doc_id, sig)
        if doc.copy_of:
            return  # a copy is kept for provenance; its events are the original's, not new reports
        outlet = outlet_key(doc)
        for ev in doc.events:
            self.merge_event(ev, doc, outlet)

    # -- merging ----------------------------------------------------------------
    @property
    def merged_index(self) -> MergedIndex:
        if self._merged is None:
            self._merged = MergedIndex(self.conn)
        return self._merged

    def _candidates(self, ev: Event) -> list[tuple[Candidate, str | None, list | None]]:
        """Merged events of the same type whose dates come within the slack:
        (compared fields, doc_ids JSON, [first, last] member date)."""
        if not ev.date_start:
            return []
        slack = dt.timedelta(days=self.merge_opts.date_slack_days)
        lo = dt.date.fromisoformat(ev.date_start) - slack
        hi = (dt.date.fromisoformat(ev.date_end or ev.date_start) + slack).isoformat()
        # a mergeable record spans at most max_date_span_days, which bounds date_start from below too
        floor = (lo - dt.timedelta(days=self.merge_opts.max_date_span_days)).isoformat()
        box = None
        # a record has both coordinates or neither (the geocoder sets them together)
        if ev.latitude is not None and ev.longitude is not None and (ev.geo_precision or 3) < 3:
            # a precise place can only meet a candidate inside a box around it (a little wider
            # than the largest distance limit), or a vague or unlocated one
            reach = max(k for _, k in self.merge_opts.km_by_precision) * 1.2
            dlat = reach / 111.0
            dlon = reach / (111.0 * max(0.1, math.cos(math.radians(ev.latitude))))
            box = (ev.gazetteer_id, ev.latitude - dlat, ev.latitude + dlat, ev.longitude - dlon, ev.longitude + dlon)
        idx = self.merged_index
        if idx.exact and isinstance(ev.event_type, str) and (box is None or isinstance(box[0], (str, type(None)))):
            return idx.query(ev.event_type, floor, hi, lo.isoformat(), box)
        sql = CANDIDATES_SQL + (BOX_SQL if box else "")
        params = (ev.event_type, floor, hi, lo.isoformat()) + (box or ())
        return [candidate(tuple(r)) for r in self.conn.execute(sql, params)]

    def _load(self, r: sqlite3.Row) -> Merged:
        d = {k: r[k] for k in self.scalars}
        for k in self.lists:
            d[k] = json.loads(r[k]) if r[k] else []
        extra = json.loads(r["basis"])
        return Merged(Event.from_dict(d), extra["basis"], json.loads(r["outlets"]), r["n_members"], extra["max_conf"])

    def _save(self, m: Merged) -> None:
        ev = m.event
        if m.old_uid and m.old_uid != ev.event_uid:
            self.conn.execute("DELETE FROM merged_events WHERE event_uid=?", (m.old_uid,))
            self.conn.execute("UPDATE merge_links SET merged_uid=? WHERE merged_uid=?", (ev.event_uid, m.old_uid))
            if self._merged is not None:
                self._merged.remove(m.old_uid)
            m.old_uid = None
        row = (*self._scalars_of(ev), *dumps.many(self._lists_of(ev)), m.n_members,
               *dumps.many((m.outlets, {"basis": m.basis, "max_conf": m.max_conf})))
        self.conn.execute(self._save_sql, row)
        if self._merged is not None:
            self._merged.put(ev.event_uid)

    def merge_event(self, ev: Event, doc: Document, outlet: str) -> str:
        """Put ``ev`` into the merged event it reports (or a new one); returns the merged uid."""
        # no "already linked?" query: only new documents reach here, and their event uids are new
        chosen: tuple[Decision, str] | None = None  # (decision, merged uid) of the best candidate
        for cand, doc_ids, span in self._candidates(ev):
            if f'"{doc.doc_id}"' in (doc_ids or ""):
                continue  # the extractor already kept these apart within this document
            if span_days(span, ev) > self.merge_opts.max_member_span_days:
                continue  # would stretch the event over too many days (a campaign, not one event)
            dec = compare(ev, cand, self.merge_opts)
            if dec.ok and (chosen is None or (dec.rank, cand.event_uid) < (chosen[0].rank, chosen[1])):
                chosen = (dec, cand.event_uid)
        if chosen is None:
            m = Merged.found(ev, doc.published, outlet)
            decision: dict[str, Any] = {"merged": False, "founded": True}
            self.stats["founded"] += 1
        else:
            dec = chosen[0]
            m = self._load(self.conn.execute("SELECT * FROM merged_events WHERE event_uid=?",
                                             (chosen[1],)).fetchone())
            decision = dec.as_dict()
            decision["outlet"] = outlet
            decision["new_outlet"] = outlet not in m.outlets
            m.absorb(ev, doc.published, outlet)
            self.stats["merged"] += 1
        self._save(m)
        self.conn.execute("INSERT OR IGNORE INTO merge_links VALUES (?,?,?,?,?,?)",
                          (ev.event_uid, m.event.event_uid, doc.doc_id, outlet,
                           dumps(decision), time.time()))
        return m.event.event_uid
