"""Merged events: one record per happening, built from every per-document event that
reports it.

Each field of a merged event is chosen by a fixed order over its members (the most
precise place, the most precise date, the fullest actors, the lowest credible death
toll), so the same members give the same record whatever order they arrived in, and a
new member updates the record in constant time without re-reading the others.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from marsad.dedup.rules import actor_inferred
from marsad.model import Event, content_hash

PLACE_FIELDS = ("country", "iso", "region", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
                "geo_precision", "gazetteer_id", "geo_note", "location_text")
DATE_FIELDS = ("event_date", "date_start", "date_end", "time_precision", "year")
ACTOR_FIELDS = ("actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction")
TYPE_FIELDS = ("event_type", "sub_event_type", "disorder_type")
FOUNDER_FIELDS = ("notes", "lang")


def _span_days(ev: Event) -> int:
    if not (ev.date_start and ev.date_end):
        return 9999
    return (dt.date.fromisoformat(ev.date_end) - dt.date.fromisoformat(ev.date_start)).days


def span_days(span: list | None, ev: Event) -> int:
    if not span or not span[0] or not ev.date_start:
        return 0
    lo, hi = min(span[0], ev.date_start), max(span[1], ev.date_end or ev.date_start)
    return (dt.date.fromisoformat(hi) - dt.date.fromisoformat(lo)).days


# Each aspect of the merged record comes from the member that sorts first by its key.
def founder_key(ev: Event, published: str | None) -> list:
    """The first report: earliest publication, then earliest event date, then uid."""
    return [published or "9999-12-31", ev.date_start or "9999-12-31", ev.event_uid]


def place_key(ev: Event) -> list:
    return [ev.geo_precision or 9, 0 if ev.latitude is not None else 1, ev.event_uid]


def date_key(ev: Event) -> list:
    return [ev.time_precision or 9, _span_days(ev), ev.date_start or "9999-12-31", ev.event_uid]


def actor_key(ev: Event) -> list:
    """Actors read in the text before guessed ones, then both sides named, then confidence.

    The first element (0 named, 1 guessed, 2 none) tells the merge rules whether the
    merged record's actor1 is a guess.
    """
    rank = 2 if not ev.actor1 else (1 if actor_inferred(ev) else 0)
    return [rank, -bool(ev.actor2), -round(ev.confidence or 0.0, 6), ev.event_uid]


def type_key(ev: Event) -> list:
    return [-round(ev.confidence or 0.0, 6), ev.event_uid]


ASPECTS = (("place", place_key, PLACE_FIELDS), ("date", date_key, DATE_FIELDS),
           ("actors", actor_key, ACTOR_FIELDS), ("type", type_key, TYPE_FIELDS))


def merged_uid(founder_event_uid: str) -> str:
    """Stable id of a merged event, from its first report's event uid."""
    return "m" + content_hash("merged", founder_event_uid)


def event_id_cnty(ev: Event) -> str:
    prefix = f"{ev.iso:03d}" if ev.iso else "000"
    return f"{prefix}-M{int(ev.event_uid[1:9], 16) % 10_000_000}"


@dataclass
class Merged:
    """A merged event and what it needs to take the next member in constant time."""

    event: Event
    basis: dict[str, list] = field(default_factory=dict)  # aspect -> key of the member it came from
    outlets: list[str] = field(default_factory=list)
    n_members: int = 0
    max_conf: float = 0.0
    old_uid: str | None = None  # set when a new founder renamed the record

    @classmethod
    def found(cls, ev: Event, published: str | None, outlet: str) -> "Merged":
        m = Event(event_type=ev.event_type, sub_event_type=ev.sub_event_type)
        out = cls(m)
        out.basis["founder"] = founder_key(ev, published)
        for f in FOUNDER_FIELDS:
            setattr(m, f, getattr(ev, f))
        for name, key, fields in ASPECTS:
            out.basis[name] = key(ev)
            for f in fields:
                setattr(m, f, getattr(ev, f))
        m.fatalities, m.fatalities_low, m.fatalities_high = 0, None, None
        m.doc_ids, m.rule_ids, m.claimed_by, m.evidence = [], [], [], []
        out.basis["span"] = [ev.date_start, ev.date_end or ev.date_start]
        out._add_common(ev, outlet)
        m.event_uid = merged_uid(ev.event_uid)
        out._finish()
        return out

    def absorb(self, ev: Event, published: str | None, outlet: str) -> None:
        m = self.event
        fk = founder_key(ev, published)
        if fk < self.basis["founder"]:
            self.basis["founder"] = fk
            for f in FOUNDER_FIELDS:
                setattr(m, f, getattr(ev, f))
            if self.old_uid is None:
                self.old_uid = m.event_uid
            m.event_uid = merged_uid(ev.event_uid)
        for name, key, fields in ASPECTS:
            k = key(ev)
            if k < self.basis[name]:
                self.basis[name] = k
                for f in fields:
                    setattr(m, f, getattr(ev, f))
        span = self.basis.get("span")
        if span and ev.date_start:
            self.basis["span"] = [min(span[0], ev.date_start), max(span[1], ev.date_end or ev.date_start)]
        self._add_common(ev, outlet)
        self._finish()

    def span_if_added(self, ev: Event) -> int:
        """Days from the earliest to the latest member date if ``ev`` joined."""
        return span_days(self.basis.get("span"), ev)

    def _add_common(self, ev: Event, outlet: str) -> None:
        m = self.event
        self.n_members += 1
        if ev.fatalities_low is None and ev.fatalities and not m.fatalities:
            m.fatalities = ev.fatalities  # one dead told by a singular noun, where no figure was told
        if ev.fatalities_low is not None:  # this report gives a figure (0 alone means none was given)
            reported = ev.fatalities if ev.fatalities is not None else ev.fatalities_low
            m.fatalities = reported if m.fatalities_low is None else min(m.fatalities, reported)
            m.fatalities_low = ev.fatalities_low if m.fatalities_low is None else min(m.fatalities_low, ev.fatalities_low)
            hi = ev.fatalities_high if ev.fatalities_high is not None else reported
            m.fatalities_high = hi if m.fatalities_high is None else max(m.fatalities_high, hi)
        if ev.civilian_targeting:
            m.civilian_targeting = ev.civilian_targeting
        self.max_conf = max(self.max_conf, ev.confidence or 0.0)
        m.doc_ids = sorted(set(m.doc_ids) | set(ev.doc_ids))
        m.rule_ids = sorted(set(m.rule_ids) | set(ev.rule_ids))
        m.claimed_by = sorted(set(m.claimed_by) | set(ev.claimed_by))
        if outlet not in self.outlets:
            self.outlets = sorted(self.outlets + [outlet])

    def _finish(self) -> None:
        m = self.event
        m.n_sources = len(self.outlets)
        m.source = "; ".join(self.outlets)
        # independent outlets add belief; one outlet repeating itself does not
        m.confidence = round(min(1.0, self.max_conf + 0.05 * (m.n_sources - 1)), 3)
        m.event_id_cnty = event_id_cnty(m)

    # -- persistence helpers (the SQL lives in dedup.db) ------------------------
    def extras(self) -> dict[str, Any]:
        return {"basis": self.basis, "outlets": self.outlets, "n_members": self.n_members, "max_conf": self.max_conf}
