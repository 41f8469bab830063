"""Every number/date data table is normalised: non-empty keys, no duplicates."""
from __future__ import annotations

import pytest

from marsad.lang.ar.normalize import norm_key
from marsad.tables import load_table

# table -> (key column, extra columns that make a key unique)
TABLES = {
    "number_words.tsv": ("word", ()),
    "number_hedges.tsv": ("phrase", ("position",)),
    "dual_nouns.tsv": ("word", ()),
    "months.tsv": ("name", ()),
    "weekdays.tsv": ("name", ()),
    "relative_dates.tsv": ("phrase", ("kind",)),
    "ordinal_words.tsv": ("word", ()),
    "genre.tsv": ("cue", ("kind",)),
    "actor_by_country.tsv": ("actor", ("country",)),
    "campaigns.tsv": ("place", ("ended",)),
}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_table_is_normalised(name: str) -> None:
    col, extra = TABLES[name]
    rows = load_table(name)
    seen: dict[tuple[str, ...], str] = {}
    ids: set[str] = set()
    for row in rows:
        key = norm_key(row[col]).lower()
        assert key, f"{name}: {row[col]!r} normalises to nothing"
        assert norm_key(key) == key
        k = (key, *(row[c] for c in extra))
        assert k not in seen, f"{name}: {row[col]!r} duplicates {seen[k]!r}"
        seen[k] = row[col]
        assert row["id"] not in ids, f"{name}: duplicate id {row['id']}"
        ids.add(row["id"])


@pytest.mark.parametrize("name", sorted(TABLES))
def test_table_has_provenance_header(name: str) -> None:
    from marsad.tables import data_path

    head = [ln for ln in data_path(name).read_text(encoding="utf-8").splitlines() if ln.startswith("#")]
    text = "\n".join(head).lower()
    assert "source:" in text and "format:" in text and "changelog:" in text
