"""Quality gate: extraction scored against gold events must not fall below pinned floors.

The composed set lives in the repo (tests/data); the real-article dev set is read from
../shared/eval/dev when it is present beside the checkout (never copied here).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.clean import Cleaner
from marsad.evaluate import load_gold, score
from marsad.extract.step import EventExtractor
from marsad.model import Document
from marsad.pipeline import MetaStep

from marsad_testdata import ROOT, SHARED_EVAL

FLOORS = json.loads((ROOT / "tests" / "data" / "quality_floors.json").read_text(encoding="utf-8"))


def _predict(articles: Path) -> dict[str, list[dict]]:
    ex = EventExtractor()
    out = {}
    for line in articles.read_text(encoding="utf-8").splitlines():
        a = json.loads(line)
        d = Document(text=a["text"], title=a.get("title"), site=a.get("site"), published=a.get("published"),
                     author=a.get("author"))
        d = ex(MetaStep()(Cleaner()(d)))
        out[a["doc_id"]] = [e.to_dict() for e in d.events]
    return out


def _check(result: dict, floors: dict) -> None:
    o = result["overall"]
    acc = result["matched_accuracy"]
    got = {"f1": o["f1"], "precision": o["precision"], "recall": o["recall"],
           **{k: v.get("accuracy") for k, v in acc.items()}}  # every matched-pair accuracy can carry a floor
    low = {k: (got[k], v) for k, v in floors.items() if got.get(k) is None or got[k] < v}
    assert not low, f"below floor (got, floor): {low}"


def test_composed_set_meets_floors():
    data = ROOT / "tests" / "data"
    _check(score(_predict(data / "composed_articles.jsonl"), load_gold(data / "composed_gold.jsonl")),
           FLOORS["composed"])


@pytest.mark.skipif(not (SHARED_EVAL / "gold.jsonl").exists(), reason="../shared/eval/dev is not beside this checkout")
def test_shared_dev_set_meets_floors():
    _check(score(_predict(SHARED_EVAL / "articles.jsonl"), load_gold(SHARED_EVAL / "gold.jsonl")),
           FLOORS["shared_dev"])
