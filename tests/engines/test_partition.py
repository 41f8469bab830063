"""Cutting the input into units must not change what is read, nor what is stored."""
from __future__ import annotations

import pytest

from marsad.engines.partition import plan_units, read_part, read_unit, write_part
from marsad.readers import Skip, read_inputs


def key(item):
    if isinstance(item, Skip):
        return ("skip", item.source, item.reason, item.step)
    return ("doc", item.raw, item.url, item.published, item.published_how, item.text, tuple(sorted(item.metadata)))


@pytest.mark.parametrize("unit_bytes", [300, 2000, 1 << 20])
def test_units_read_exactly_what_read_inputs_reads(corpus, unit_bytes):
    units = plan_units(corpus, unit_bytes)
    got = [key(x) for u in units for x in read_unit(u)]
    assert got == [key(x) for x in read_inputs(corpus)]
    if unit_bytes == 300:  # the large JSONL and the WARC file are cut into ranges
        kinds = [p.kind for u in units for p in u.pieces]
        assert kinds.count("jsonl") > 3 and kinds.count("warc") > 1 and "skip" in kinds


def test_partition_file_round_trip_writes_the_same_store(corpus, tmp_path):
    from marsad.pipeline import Pipeline
    from marsad.store import Store

    from engine_testdata import dump

    p = Pipeline.default()
    items = [x if isinstance(x, Skip) else p.process(x) for x in read_inputs(corpus[:1])]
    assert sum(len(x.events) for x in items if not isinstance(x, Skip)) > 10
    part = tmp_path / "part.parquet"
    assert write_part(items, part) == len(items)
    back = list(read_part(part))
    assert [key(x) for x in back] == [key(x) for x in items]
    stores = []
    for name, seq in (("a.db", items), ("b.db", back)):
        s = Store(tmp_path / name)
        s.write_documents([x for x in seq if not isinstance(x, Skip)], "r")
        s.close()
        stores.append(dump(tmp_path / name))
    assert stores[0] == stores[1]
