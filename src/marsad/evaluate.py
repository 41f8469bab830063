"""Scoring against gold events, as ../shared/eval/README.md describes.

A predicted event matches a gold event when the event type is equal, the dates
overlap (±1 day) and the place agrees (same named place, or within 25 km). Matching
is one-to-one, best first. Precision, recall and F1 overall and by event type; over
matched pairs, accuracy of sub-event type, actor1, actor2, geocoding (25 km), date
(exact day) and fatalities (exact).
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from marsad.geodesy import km
from marsad.lang.ar.normalize import norm_key
from marsad.lang.ar.tokens import proclitic_splits

PLACE_KM = 25.0
_YEARS = re.compile(r"\s*\([^)]*\)\s*")


def load_gold(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                g = json.loads(line)
                out[g["doc_id"]] = g.get("events") or []
    return out


def predictions_for_copies(pred: dict[str, list[dict[str, Any]]], missing: set[str], articles: str | Path,
                           pipeline: Any, input_of: dict[str, str]) -> int:
    """Give each article that the store kept only once (same clean text) its kept copy's events.

    The store holds one row per clean text, so a second input with the same text has no events of its
    own; scoring is per input article, and a reader comparing the two would see the same events.
    ``missing``: input ids with gold but no stored document; ``input_of``: stored doc_id -> input id.
    Returns how many inputs were given their copy's events.
    """
    from marsad.model import Document
    from marsad.readers.base import read_inputs

    given = 0
    for doc in read_inputs([articles]):
        iid = doc.metadata.get("input_id") if isinstance(doc, Document) else None
        if iid not in missing:
            continue
        done = pipeline.process(doc)
        kept = input_of.get(done.doc_id) if isinstance(done, Document) else None
        if kept is not None and kept != iid:
            pred[iid] = [dict(e) for e in pred.get(kept, [])]
            given += 1
    return given


def actor_key(name: str | None) -> str | None:
    """Names compare lower-cased, parenthesised years ignored (the gold's rule)."""
    if not name:
        return None
    return _YEARS.sub(" ", name).strip().lower()


def _d(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def _place_key(s: str | None) -> set[str]:
    if not s:
        return set()
    k = norm_key(s).lower()
    keys = {k}
    for _, stem in proclitic_splits(k):
        keys.add(stem)
    return keys


def dates_overlap(p: dict[str, Any], g: dict[str, Any], slack: int = 1) -> bool:
    ps, pe = _d(p.get("date_start") or p.get("event_date")), _d(p.get("date_end") or p.get("event_date"))
    gs, ge = _d(g.get("date_start")), _d(g.get("date_end") or g.get("date_start"))
    if not (ps and pe and gs and ge):
        return False
    s = dt.timedelta(days=slack)
    return ps <= ge + s and gs <= pe + s


def place_agrees(p: dict[str, Any], g: dict[str, Any]) -> bool:
    if _place_key(p.get("location_text")) & _place_key(g.get("location")):
        return True
    if None not in (p.get("latitude"), p.get("longitude"), g.get("latitude"), g.get("longitude")):
        return km(p["latitude"], p["longitude"], g["latitude"], g["longitude"]) <= PLACE_KM
    return False


def _pair_score(p: dict[str, Any], g: dict[str, Any]) -> float:
    s = 0.0
    s += 1.0 if p.get("sub_event_type") == g.get("sub_event_type") else 0.0
    s += 0.5 if actor_key(p.get("actor1")) == actor_key(g.get("actor1")) else 0.0
    if None not in (p.get("latitude"), g.get("latitude")):
        s += max(0.0, 1.0 - km(p["latitude"], p["longitude"], g["latitude"], g["longitude"]) / PLACE_KM) * 0.5
    s += 0.25 if p.get("date_start") == g.get("date_start") else 0.0
    return s + float(p.get("confidence") or 0) * 0.01


def match_document(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one matching, best-scoring pairs first."""
    cands = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if p.get("event_type") == g.get("event_type") and dates_overlap(p, g) and place_agrees(p, g):
                cands.append((_pair_score(p, g), i, j))
    cands.sort(reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def pair_checks(p: dict[str, Any], g: dict[str, Any]) -> dict[str, bool]:
    """Which fields of a matched prediction agree with its gold event (geocoding only where the gold has a point)."""
    checks = {
        "sub_event_type": p.get("sub_event_type") == g.get("sub_event_type"),
        "actor1": actor_key(p.get("actor1")) == actor_key(g.get("actor1")),
        "actor2": actor_key(p.get("actor2")) == actor_key(g.get("actor2")),
        "date": p.get("date_start") == g.get("date_start") and (p.get("date_end") or p.get("date_start")) == (g.get("date_end") or g.get("date_start")),
        "fatalities": (p.get("fatalities") or None) == (g.get("fatalities") or None),
    }
    if g.get("latitude") is not None:
        checks["geocoding"] = (p.get("latitude") is not None and
                               km(p["latitude"], p["longitude"], g["latitude"], g["longitude"]) <= PLACE_KM)
    return checks


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "pred": n_pred, "gold": n_gold}


def score(pred_by_doc: dict[str, list[dict[str, Any]]], gold_by_doc: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    tp = n_pred = n_gold = 0
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    acc = defaultdict(lambda: [0, 0])
    per_doc = {}
    for doc_id, gold in gold_by_doc.items():
        pred = pred_by_doc.get(doc_id, [])
        pairs = match_document(pred, gold)
        tp += len(pairs)
        n_pred += len(pred)
        n_gold += len(gold)
        per_doc[doc_id] = {"pred": len(pred), "gold": len(gold), "matched": len(pairs)}
        for p in pred:
            by_type[p.get("event_type")][1] += 1
        for g in gold:
            by_type[g.get("event_type")][2] += 1
        for i, j in pairs:
            p, g = pred[i], gold[j]
            by_type[g.get("event_type")][0] += 1
            for k, ok in pair_checks(p, g).items():
                acc[k][0] += int(ok)
                acc[k][1] += 1
    return {
        "overall": _prf(tp, n_pred, n_gold),
        "by_type": {t: _prf(*v) for t, v in sorted(by_type.items(), key=lambda kv: str(kv[0]))},
        "matched_accuracy": {k: {"accuracy": round(a / n, 3) if n else None, "n": n} for k, (a, n) in acc.items()},
        "documents": per_doc,
    }


def format_table(result: dict[str, Any]) -> str:
    lines = []
    o = result["overall"]
    lines.append(f"{'':38} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}")
    lines.append(f"{'ALL':38} {o['precision']:6.3f} {o['recall']:6.3f} {o['f1']:6.3f} {o['tp']:5d} {o['pred']:5d} {o['gold']:5d}")
    for t, v in result["by_type"].items():
        lines.append(f"{str(t):38} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} {v['tp']:5d} {v['pred']:5d} {v['gold']:5d}")
    lines.append("")
    lines.append("accuracy on matched pairs:")
    for k, v in result["matched_accuracy"].items():
        a = "n/a" if v["accuracy"] is None else f"{v['accuracy']:.3f}"
        lines.append(f"  {k:16} {a:>6}  (n={v['n']})")
    if "throughput" in result:
        t = result["throughput"]
        lines.append(f"\n{t['documents']} documents in {t['seconds']:.2f}s ({t['docs_per_s']:.1f} documents/s)")
    return "\n".join(lines)
