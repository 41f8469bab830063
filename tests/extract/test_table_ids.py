"""Every data table with an ``id`` column cites each id once: events cite ids in ``rule_ids``, and a row whose id
repeats is silently replaced by the later one when a table is read into a dict (two branches editing the same
actors.tsv row once left two «isr-mil» rows, and one branch's aliases were lost)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import marsad
from marsad.tables import load_table

DATA = Path(marsad.__file__).parent / "data"
ID_TABLES = sorted(p.name for p in DATA.glob("*.tsv") if (rows := load_table(p.name)) and "id" in rows[0])


def test_the_id_tables_are_found():
    assert {"actors.tsv", "triggers.tsv", "modality.tsv"} <= set(ID_TABLES)


@pytest.mark.parametrize("name", ID_TABLES)
def test_ids_are_unique(name):
    counts = Counter(r["id"] for r in load_table(name))
    assert [i for i, n in counts.items() if n > 1] == []
