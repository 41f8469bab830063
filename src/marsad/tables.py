"""Loading of the versioned data tables under ``marsad/data``.

Tables are TSV files: ``#`` header lines (source, licence, format, changelog), then a
header row, then rows. Empty tables and empty required cells are refused, so a
broken edit fails loudly instead of silently matching nothing.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from pathlib import Path


class TableError(ValueError):
    pass


def data_path(name: str) -> Path:
    return Path(str(resources.files("marsad") / "data" / name))


@lru_cache(maxsize=None)
def load_table(name: str, required: tuple[str, ...] = ()) -> tuple[dict[str, str], ...]:
    """Rows of ``data/<name>`` as dicts (cached: tables are read once per process)."""
    path = data_path(name)
    if not path.exists():
        raise TableError(f"data table {name!r} not found at {path}")
    with path.open(encoding="utf-8") as f:
        lines = [ln for ln in f if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for i, row in enumerate(reader, start=2):
        row = {k: (v or "").strip() for k, v in row.items() if k is not None}
        for col in required:
            if not row.get(col):
                raise TableError(f"{name}: row {i} has an empty {col!r}: {row}")
        rows.append(row)
    if not rows:
        raise TableError(f"data table {name!r} is empty")
    return tuple(rows)
