"""Core data model: Document, Span (mention) and Event.

Offsets in every Span and Evidence are character offsets into ``Document.text``
(the clean body), so any consumer can slice the exact words back out.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from operator import attrgetter
from typing import Any, TypeVar

_T = TypeVar("_T")
# extract.step.OWN_COUNTRYSIDE_RULE: an event's copy at a side of its town's own countryside (g109m)
OWN_COUNTRYSIDE_RULE = "place-list-128000"

# ACLED export columns, in ACLED's order; Marsad's own follow.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
    "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
    "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
MARSAD_COLUMNS: tuple[str, ...] = (
    "event_uid", "confidence", "evidence", "rule_ids", "claimed_by", "n_sources",
    "doc_ids", "lang", "date_start", "date_end", "fatalities_low", "fatalities_high",
    "gazetteer_id", "geo_note", "location_text",
)


def content_hash(*parts: str, n: int = 16) -> str:
    """Stable hex id from text parts (content-hash ids make ingestion idempotent)."""
    h = hashlib.sha1()
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:n]


def pickled_by_fields(cls: type[_T]) -> type[_T]:
    """Pickle instances as ``cls(*field values)``.

    Processed documents cross from pool workers to the store's writer by pickle; the default
    for slotted dataclasses (a dict of slot values, set back one by one) cost twice as much
    to dump and load, most of it in a document's ~60 spans.
    """
    values = attrgetter(*(f.name for f in fields(cls)))

    def __reduce__(self):
        return type(self), values(self)

    cls.__reduce__ = __reduce__
    return cls


@pickled_by_fields
@dataclass(slots=True)
class Span:
    """A typed mention in ``Document.text``: actor, place, number, date, trigger, speaker."""

    kind: str
    start: int
    end: int
    text: str
    value: Any = None
    rule_id: str | None = None
    sentence: int | None = None
    attrs: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@pickled_by_fields
@dataclass(slots=True)
class Evidence:
    doc_id: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@pickled_by_fields
@dataclass(slots=True)
class Document:
    doc_id: str = ""
    url: str | None = None
    site: str | None = None
    source: str | None = None
    author: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    published_how: str | None = None  # "input", "dateline", "url", "crawl" ...
    lang: str = "ar"
    text: str = ""
    raw: str | None = None  # where the original bytes are (path, path#line, warc offset)
    html: str | None = None  # raw markup, dropped after cleaning
    metadata: dict[str, Any] = field(default_factory=dict)
    spans: list[Span] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    events: list["Event"] = field(default_factory=list)
    dropped: list[dict[str, Any]] = field(default_factory=list)  # candidate events rejected, with why
    totals: list[dict[str, Any]] = field(default_factory=list)  # reported long-run tallies
    copy_of: str | None = None
    # transient, never stored: (shingle hashes, MinHash signature) computed in a worker so the
    # store's single writer does not have to (see marsad.dedup.step)
    fingerprint: Any = None

    def assign_id(self) -> str:
        """doc_id is a hash of the clean text: the same article read twice gets one id."""
        self.doc_id = "d" + content_hash(self.text.strip())
        return self.doc_id

    def spans_of(self, kind: str) -> list[Span]:
        return [s for s in self.spans if s.kind == kind]


@pickled_by_fields
@dataclass(slots=True)
class Event:
    """One ACLED-compatible event record plus Marsad's evidence fields."""

    event_type: str
    sub_event_type: str
    disorder_type: str = ""
    event_date: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    time_precision: int = 1
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: str | None = None
    iso: int | None = None
    region: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    gazetteer_id: str | None = None
    geo_note: str | None = None
    location_text: str | None = None  # the place as named in the text
    source: str | None = None
    source_scale: str | None = None
    notes: str | None = None
    fatalities: int = 0
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    tags: str | None = None
    timestamp: int | None = None
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)
    rule_ids: list[str] = field(default_factory=list)
    claimed_by: list[str] = field(default_factory=list)
    n_sources: int = 1
    doc_ids: list[str] = field(default_factory=list)
    lang: str = "ar"
    event_uid: str = ""
    event_id_cnty: str | None = None
    year: int | None = None

    def assign_id(self, with_sides: bool = False) -> str:
        """Stable id from where the event was read and what it is. ``with_sides`` adds the actors: two events of one
        sentence, type, place and day told of other sides (each side's downing of the other's aircraft) would
        otherwise share an id and the store would keep only the first (g101h)."""
        first = self.evidence[0] if self.evidence else None
        anchor = f"{first.doc_id}:{first.start}:{first.end}" if first else ""
        place = str(self.location)
        if self.gazetteer_id is None and self.latitude is not None:
            # towns the gazetteer lacks share their province's point and name: their own name tells them apart
            place += f"/{self.location_text}"
        elif OWN_COUNTRYSIDE_RULE in self.rule_ids:
            # the sides of a town's own countryside (extract.step, g109m) share its name: their words tell them apart
            place += f"/{self.location_text}/{self.latitude}/{self.longitude}"
        sides: tuple[str, ...] = (str(self.actor1), str(self.actor2)) if with_sides else ()
        self.event_uid = "e" + content_hash(anchor, self.event_type, self.sub_event_type, place, str(self.date_start),
                                            *sides)
        return self.event_uid

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["evidence"] = [e.to_dict() if isinstance(e, Evidence) else e for e in self.evidence]
        return d

    def copy(self) -> "Event":
        """Equal to ``Event.from_dict(self.to_dict())``, a deep copy, without ``asdict``'s walk of every field
        (the extractor copies an event for each further place of a list): the fields of immutable values are
        shared, the lists of them and the evidence are new. Any other value takes the slow path."""
        vals = list(_event_values(self))
        for i, v in enumerate(vals):
            t = type(v)
            if t in _ATOMS:
                continue
            if t is not list:
                return Event.from_dict(self.to_dict())
            if i == _EVIDENCE_AT:
                if not all(type(e) is Evidence and type(e.doc_id) is str and type(e.start) is int
                           and type(e.end) is int and type(e.text) is str for e in v):
                    return Event.from_dict(self.to_dict())
                vals[i] = [Evidence(e.doc_id, e.start, e.end, e.text) for e in v]
            elif all(type(x) in _ATOMS for x in v):
                vals[i] = list(v)
            else:
                return Event.from_dict(self.to_dict())
        return Event(*vals)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        known = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        ev = known.get("evidence") or []
        known["evidence"] = [Evidence(**e) if isinstance(e, dict) else e for e in ev]
        return cls(**known)


# Event.copy: the values a deep copy returns as they are (bool and int alike), the fields in order, evidence's place
_ATOMS = frozenset({str, int, float, bool, type(None)})
_event_values = attrgetter(*(f.name for f in fields(Event)))
_EVIDENCE_AT = [f.name for f in fields(Event)].index("evidence")
