"""A JSONL range read through the partitioner has the reader's protections (regression)."""
import json

from marsad.engines.partition import read_jsonl_range
from marsad.readers import Skip, read_inputs


def test_range_reader_equals_file_reader_on_hostile_lines(tmp_path):
    p = tmp_path / "h.jsonl"
    lines = [json.dumps({"text": "قصف على مدينة حلب"}, ensure_ascii=False), "[" * 100_000,
             '{"text": "\\ud800 نص"}', json.dumps({"text": "اشتباكات في مدينة دير الزور"}, ensure_ascii=False)]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    whole = list(read_inputs([p]))
    ranged = list(read_jsonl_range(p, 0, p.stat().st_size, 1))

    def key(x):
        return ("skip", x.source, x.reason) if isinstance(x, Skip) else ("doc", x.raw, x.text)

    assert [key(x) for x in ranged] == [key(x) for x in whole]
    assert any(isinstance(x, Skip) and "nested too deeply" in x.reason for x in ranged)
