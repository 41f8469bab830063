"""g48d: the merge rules compiled with mypyc read an Event or a stored candidate alike, and the
deduplicator's coordinates are used only when both are known (compiled code checks declared types)."""
from __future__ import annotations

import tomllib
from pathlib import Path

from marsad.dedup.candidates import COMPARED, Candidate
from marsad.dedup.rules import MergeOptions, compare, compare_places
from marsad.model import Event

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def _event(**kw) -> Event:
    base = dict(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                date_start="2026-03-04", date_end="2026-03-04", latitude=33.5, longitude=36.3, geo_precision=1,
                gazetteer_id="g1", location_text="بلدة الزيتونة", location="الزيتونة", country="Syria",
                admin1="ريف دمشق")
    base.update(kw)
    return Event(**base)


def _candidate(ev: Event, uid: str = "m1") -> Candidate:
    """A merged_events row as candidates.ROW_SQL reads it (span, actors0, doc_ids last)."""
    row = tuple(uid if k == "event_uid" else getattr(ev, k) for k in COMPARED)
    return Candidate(row + ('["2026-03-04","2026-03-04"]', 0, '["d1"]'))


def test_the_dedup_modules_are_compiled():
    modules = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["marsad"]["native"]["modules"]
    assert {"marsad.dedup.rules", "marsad.dedup.db"} <= set(modules)


def test_compare_reads_a_candidate_as_it_reads_the_event():
    new = _event(location_text="قرية الزيتونة")
    stored = _event(latitude=33.52, gazetteer_id="g2")
    by_event = compare(new, stored, MergeOptions())
    by_candidate = compare(new, _candidate(stored), MergeOptions())
    assert by_event.ok and by_candidate.ok
    assert by_event.as_dict() == by_candidate.as_dict() and by_event.rank == by_candidate.rank


def test_a_record_without_longitude_counts_as_unlocated():
    """Before, a latitude without a longitude reached the distance formula (a TypeError)."""
    a = _event(gazetteer_id=None, longitude=None, location_text="حي الشهداء")
    b = _event(gazetteer_id="g7", geo_precision=2, location_text="حي الشهداء")
    ok, why, _ = compare_places(a, b, MergeOptions(), False)
    assert ok and "no coordinates" in why
