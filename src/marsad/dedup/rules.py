"""When two event records describe the same happening, and why.

``compare(new, merged)`` checks each field that must agree (event type and sub-type,
dates, place, actors) and returns a :class:`Decision` that says, field by field, what
agreed or what kept the two apart — this is what ``merge_links.decision`` stores.

The rules are conservative (ACLED merges by hand and only when the same actors, day and
place agree): a vague place or date never merges with a precise one by itself.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Iterable, Protocol

from marsad.geodesy import km
from marsad.lang.ar.normalize import norm_key


class Compared(Protocol):
    """What the merge rules read of a record: an :class:`Event`, or a stored merged event's
    compared columns (``candidates.Candidate``). Read-only, so both fit."""

    @property
    def event_type(self) -> str: ...
    @property
    def sub_event_type(self) -> str: ...
    @property
    def date_start(self) -> str | None: ...
    @property
    def date_end(self) -> str | None: ...
    @property
    def actor1(self) -> str | None: ...
    @property
    def actor2(self) -> str | None: ...
    @property
    def rule_ids(self) -> Iterable[str]: ...
    @property
    def latitude(self) -> float | None: ...
    @property
    def longitude(self) -> float | None: ...
    @property
    def geo_precision(self) -> int | None: ...
    @property
    def gazetteer_id(self) -> str | None: ...
    @property
    def location_text(self) -> str | None: ...
    @property
    def location(self) -> str | None: ...
    @property
    def country(self) -> str | None: ...
    @property
    def admin1(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class MergeOptions:
    """Thresholds of the cross-document rules (see docs/merging.md)."""

    date_slack_days: int = 1
    max_date_span_days: int = 7  # a range wider than this (a month, "recently") is too vague to merge on
    # all members of a merged event fall within this many days: a campaign reported day after
    # day must not chain into one event through the ±1 day slack
    max_member_span_days: int = 2
    # the largest distance between two places, by the coarser geo_precision of the pair
    km_by_precision: tuple[tuple[int, float], ...] = ((1, 10.0), (2, 25.0))
    # sub-types that different outlets use for one attack (a "strike" that one calls shelling)
    interchangeable_subtypes: tuple[frozenset[str], ...] = (
        frozenset({"Air/drone strike", "Shelling/artillery/missile attack"}),
    )


@dataclass(slots=True)
class Decision:
    ok: bool
    fields: dict[str, str] = field(default_factory=dict)
    rank: tuple = ()  # lower is a better candidate

    def as_dict(self) -> dict[str, Any]:
        return {"merged": self.ok, **self.fields}


def _d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def compare_dates(a: Compared, b: Compared, o: MergeOptions) -> tuple[bool, str, int]:
    if not (a.date_start and b.date_start):
        return False, "no date on one side", 99
    a0, a1 = _d(a.date_start), _d(a.date_end or a.date_start)
    b0, b1 = _d(b.date_start), _d(b.date_end or b.date_start)
    for s, e in ((a0, a1), (b0, b1)):
        if (e - s).days > o.max_date_span_days:
            return False, f"date range {s}..{e} too vague", 99
    gap = max((b0 - a1).days, (a0 - b1).days, 0)
    if gap > o.date_slack_days:
        return False, f"dates {a0}..{a1} and {b0}..{b1} are {gap} days apart", gap
    how = "same day" if (a0, a1) == (b0, b1) and a0 == a1 else ("overlap" if gap == 0 else f"{gap} day apart")
    return True, f"{how} ({a0}..{a1} ~ {b0}..{b1})", gap


def unlisted_town(ev: Compared) -> bool:
    """A named place missing from the gazetteer ("بلدة كحيل"), placed at the unit that contains it
    (the geocoder gives every place it finds a gazetteer id, and these none)."""
    return ev.gazetteer_id is None and ev.latitude is not None


def same_town_by_name(a: Compared, b: Compared) -> bool | None:
    """When one side is a town the gazetteer lacks and the other a town too (listed or not), whether
    they name the same town; None when the rule does not apply. Its point is its province's, so
    distance says nothing: it stays apart from other towns and takes in only coarser mentions."""
    ua, ub = unlisted_town(a), unlisted_town(b)
    if (ua or ub) and (ua or a.geo_precision == 1) and (ub or b.geo_precision == 1):
        return norm_key(a.location_text or "") == norm_key(b.location_text or "")
    return None


def compare_places(a: Compared, b: Compared, o: MergeOptions, actors_agree: bool) -> tuple[bool, str, float]:
    if a.gazetteer_id and a.gazetteer_id == b.gazetteer_id:
        return True, f"same place {a.location or a.gazetteer_id}", 0.0
    named = same_town_by_name(a, b)
    if named is not None:
        return named, f"town names «{a.location_text}» / «{b.location_text}» (one not in the gazetteer)", 0.0
    # a record has both coordinates or neither (the geocoder sets them together)
    if a.latitude is None or b.latitude is None or a.longitude is None or b.longitude is None:
        if a.location_text and a.location_text == b.location_text and a.country == b.country:
            return True, f"same place name «{a.location_text}» (no coordinates)", 0.0
        return False, "no coordinates on one side", 1e9
    d = km(a.latitude, a.longitude, b.latitude, b.longitude)
    p = max(a.geo_precision or 3, b.geo_precision or 3)
    limits = dict(o.km_by_precision)
    if p in limits:
        ok = d <= limits[p]
        return ok, f"{d:.1f} km {'≤' if ok else '>'} {limits[p]:g} km (precision {p})", d
    # precision 3: only a region is known; the same region is the same place only when
    # both are that vague, or when the actors agree by name.
    if not (a.admin1 and a.admin1 == b.admin1 and a.country == b.country):
        return False, f"regions differ ({a.admin1 or a.country} / {b.admin1 or b.country}, precision 3)", d
    if (a.geo_precision or 3) == (b.geo_precision or 3) == 3:
        return True, f"same region {a.admin1} (both precision 3)", d
    if actors_agree:
        return True, f"precise place {d:.0f} km away inside region {a.admin1}, named actors agree", d
    return False, f"only the region {a.admin1} is known on one side and actors are not both named", d


# rule ids of an actor1 the extractor guessed (a default for the event type, the document's
# most named actor, the agent named with another mention in the document) rather than read next
# to the trigger: a guess never keeps reports apart
TITLE_AGENT = "actor-title"  # rule id (extract step): the agent the title names, for want of one in the sentence (g99r)
INFERRED_ACTOR = frozenset({"actor-fallback", "actor-default", "actor-document", TITLE_AGENT})


def actor_inferred(ev: Compared) -> bool:
    return bool(ev.actor1) and not INFERRED_ACTOR.isdisjoint(ev.rule_ids)


def compare_actors(a: Compared, b: Compared) -> tuple[bool, str, bool]:
    """(compatible, why, both named and equal)."""
    ga, gb = actor_inferred(a), actor_inferred(b)
    if a.actor1 and b.actor1 and (ga or gb):
        if a.actor1 == b.actor1:
            return True, f"actor1 agree ({a.actor1}, guessed on {'both sides' if ga and gb else 'one side'})", False
        return True, f"actor1 differ but guessed on {'both sides' if ga and gb else 'one side'} ({a.actor1} / {b.actor1})", False
    if a.actor1 and b.actor1:
        if a.actor1 == b.actor1:
            if a.actor2 and b.actor2 and a.actor2 != b.actor2:
                return True, f"actor1 agree ({a.actor1}); actor2 differ", True
            return True, f"actor1 agree ({a.actor1})", True
        if a.actor1 == b.actor2 and (not a.actor2 or not b.actor2 or a.actor2 == b.actor1):
            return True, f"same actors, roles swapped ({a.actor1})", True
        return False, f"actor1 differ ({a.actor1} / {b.actor1})", False
    if not a.actor1 and not b.actor1:
        return True, "no actor named on either side", False
    return True, "actor named on one side only", False


def compare_types(a: Compared, b: Compared, o: MergeOptions) -> tuple[bool, str, int]:
    if a.event_type != b.event_type:
        return False, f"event types differ ({a.event_type} / {b.event_type})", 9
    if a.sub_event_type == b.sub_event_type:
        return True, f"same ({a.event_type} / {a.sub_event_type})", 0
    if any(a.sub_event_type in g and b.sub_event_type in g for g in o.interchangeable_subtypes):
        return True, f"compatible sub-types ({a.sub_event_type} / {b.sub_event_type})", 1
    return False, f"sub-types differ ({a.sub_event_type} / {b.sub_event_type})", 9


def compare(new: Compared, merged: Compared, o: MergeOptions | None = None) -> Decision:
    """Field-by-field verdict on whether ``new`` reports the happening ``merged`` records."""
    o = o or MergeOptions()
    fields: dict[str, str] = {}
    ok_t, fields["type"], t_rank = compare_types(new, merged, o)
    if not ok_t:
        return Decision(False, fields)
    ok_d, fields["date"], gap = compare_dates(new, merged, o)
    if not ok_d:
        return Decision(False, fields)
    ok_a, fields["actors"], named = compare_actors(new, merged)
    if not ok_a:
        return Decision(False, fields)
    ok_p, fields["place"], dist = compare_places(new, merged, o, named)
    if not ok_p:
        return Decision(False, fields)
    return Decision(True, fields, (t_rank, round(dist, 1), gap, 0 if named else 1))
