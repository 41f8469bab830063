"""Exports of stored events: CSV (ACLED columns first), JSONL, GeoJSON, Parquet."""
from __future__ import annotations

import csv
import json
from typing import IO, Any, Iterable

from marsad.model import ACLED_COLUMNS, MARSAD_COLUMNS, Event

FORMATS = ("csv", "jsonl", "geojson", "parquet")
COLUMNS: tuple[str, ...] = ACLED_COLUMNS + MARSAD_COLUMNS
_LIST_COLS = ("evidence", "rule_ids", "claimed_by", "doc_ids")


def flat_record(ev: Event) -> dict[str, Any]:
    """One row with every export column; lists as JSON text (CSV/Parquet cells)."""
    d = ev.to_dict()
    row = {}
    for c in COLUMNS:
        v = d.get(c)
        if c in _LIST_COLS:
            v = json.dumps(v, ensure_ascii=False)
        row[c] = v
    return row


def write_csv(events: Iterable[Event], out: IO[str]) -> int:
    w = csv.DictWriter(out, fieldnames=list(COLUMNS), extrasaction="ignore")
    w.writeheader()
    n = 0
    for ev in events:
        w.writerow(flat_record(ev))
        n += 1
    return n


def write_jsonl(events: Iterable[Event], out: IO[str]) -> int:
    n = 0
    for ev in events:
        d = ev.to_dict()
        rec = {c: d.get(c) for c in COLUMNS}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def geojson_feature(ev: Event) -> dict[str, Any] | None:
    if ev.latitude is None or ev.longitude is None:
        return None
    d = ev.to_dict()
    props = {c: d.get(c) for c in COLUMNS if c not in ("latitude", "longitude")}
    return {"type": "Feature", "id": ev.event_uid,
            "geometry": {"type": "Point", "coordinates": [ev.longitude, ev.latitude]}, "properties": props}


def write_geojson(events: Iterable[Event], out: IO[str]) -> int:
    """A FeatureCollection written incrementally; events without coordinates are left out."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for ev in events:
        f = geojson_feature(ev)
        if f is None:
            continue
        out.write((",\n" if n else "") + json.dumps(f, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def write_parquet(events: Iterable[Event], path: str, batch: int = 10_000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, _arrow_type(c)) for c in COLUMNS])
    n = 0
    with pq.ParquetWriter(path, schema) as w:
        rows: list[dict[str, Any]] = []
        for ev in events:
            rows.append(flat_record(ev))
            if len(rows) >= batch:
                w.write_table(pa.Table.from_pylist(rows, schema=schema))
                n += len(rows)
                rows = []
        if rows or n == 0:
            w.write_table(pa.Table.from_pylist(rows, schema=schema))
            n += len(rows)
    return n


_INTS = {"year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities",
         "timestamp", "n_sources", "fatalities_low", "fatalities_high"}
_FLOATS = {"latitude", "longitude", "confidence"}


def _arrow_type(col: str):
    import pyarrow as pa

    if col in _INTS:
        return pa.int64()
    if col in _FLOATS:
        return pa.float64()
    return pa.string()


def export(events: Iterable[Event], fmt: str, out: IO[str] | None = None, path: str | None = None) -> int:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not path:
            raise ValueError("parquet needs --output FILE (it is a binary format)")
        return write_parquet(events, path)
    writer = {"csv": write_csv, "jsonl": write_jsonl, "geojson": write_geojson}[fmt]
    if path:
        with open(path, "w", encoding="utf-8", newline="") as f:
            return writer(events, f)
    assert out is not None
    return writer(events, out)
