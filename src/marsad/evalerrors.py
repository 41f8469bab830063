"""What went wrong in an evaluation: every miss and false positive, classed, with its evidence.

A gold event no prediction matched (a *miss*) and a prediction no gold event matched (a *false
positive*) are each classed by the closest unmatched event on the other side of the same document:

- ``place``: same type, dates overlap, the place disagrees (the right happening placed elsewhere);
- ``date``: same type and place, another day;
- ``type``: same day and place, another event type;
- ``place+date``, ``type+place``, ``type+date``: two of the three disagree;
- ``none``: nothing of that kind in the document (a happening not read at all, or not coded).

A miss also lists the candidates Marsad read inside the gold evidence and dropped, with the reason
and the rule: where a recall loss usually is. A matched pair whose fields disagree (the right
happening with a wrong day, side, toll or point) is listed apart, field by field, with the rules that
built the prediction. Scoring itself stays in :mod:`marsad.evaluate`.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

from marsad.evaluate import dates_overlap, match_document, pair_checks, place_agrees

# (same type, dates overlap, place agrees) -> class, nearest first
_CLASSES: dict[tuple[bool, bool, bool], str] = {
    (True, True, False): "place",
    (True, False, True): "date",
    (False, True, True): "type",
    (True, False, False): "place+date",
    (False, True, False): "type+place",
    (False, False, True): "type+date",
}
_RANK = {name: i for i, name in enumerate(_CLASSES.values())}
_LOCATE_CHARS = 40  # a gold evidence is found in the clean text by its first characters


def nearest(event: dict[str, Any], others: Iterable[dict[str, Any]], event_is_gold: bool
            ) -> tuple[str, dict[str, Any] | None]:
    """The class of ``event`` against the closest of ``others`` (the other side's unmatched events)."""
    best: tuple[int, str, dict[str, Any]] | None = None
    for o in others:
        p, g = (o, event) if event_is_gold else (event, o)
        cls = _CLASSES.get((p.get("event_type") == g.get("event_type"), dates_overlap(p, g), place_agrees(p, g)))
        if cls is not None and (best is None or _RANK[cls] < best[0]):
            best = (_RANK[cls], cls, o)
    return (best[1], best[2]) if best else ("none", None)


def locate(evidence: str | None, text: str) -> tuple[int, int] | None:
    """Where a gold evidence string sits in the stored clean text (None when it cannot be found)."""
    if not evidence or not text:
        return None
    ev = evidence.strip()
    mid = len(ev) // 2
    # the opening first; else the middle (a cleaned text may differ at the start: a dateline cut)
    for offset, probe in ((0, ev[:_LOCATE_CHARS]), (mid, ev[mid: mid + _LOCATE_CHARS // 2])):
        at = text.find(probe) if probe.strip() else -1
        if at >= 0:
            start = max(0, at - offset)
            return start, min(len(text), start + len(ev))
    return None


def _brief(e: dict[str, Any], gold: bool) -> dict[str, Any]:
    keys = ("event_type", "sub_event_type", "date_start", "date_end", "actor1", "actor2", "fatalities")
    out = {k: e.get(k) for k in keys}
    out["location"] = e.get("location") if gold else (e.get("location_text") or e.get("location"))
    if not gold:
        out["rule_ids"] = e.get("rule_ids") or []
        ev = e.get("evidence") or []
        out["evidence"] = ev[0].get("text") if ev and isinstance(ev[0], dict) else None
    else:
        out["evidence"] = e.get("evidence")
    return out


def document_errors(pred: list[dict[str, Any]], gold: list[dict[str, Any]], text: str = "",
                    dropped: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """The misses and false positives of one document, each with its class and nearest counterpart.

    ``dropped``: the document's dropped candidates (``start``, ``end``, ``text``, ``reason``,
    ``rule_id``); those inside a miss's evidence are listed with it.
    """
    pairs = match_document(pred, gold)
    used_p = {i for i, _ in pairs}
    used_g = {j for _, j in pairs}
    free_p = [p for i, p in enumerate(pred) if i not in used_p]
    free_g = [g for j, g in enumerate(gold) if j not in used_g]
    out: list[dict[str, Any]] = []
    for g in free_g:
        cls, near = nearest(g, free_p, event_is_gold=True)
        span = locate(g.get("evidence"), text)
        inside = [] if span is None else [
            {"text": d.get("text"), "reason": d.get("reason"), "rule_id": d.get("rule_id")}
            for d in dropped or [] if span[0] <= int(d.get("start", -1)) < span[1]]
        out.append({"kind": "miss", "class": cls, "event": _brief(g, gold=True),
                    "nearest": _brief(near, gold=False) if near else None,
                    "evidence_found": span is not None, "dropped": inside})
    for p in free_p:
        cls, near = nearest(p, free_g, event_is_gold=False)
        out.append({"kind": "false_positive", "class": cls, "event": _brief(p, gold=False),
                    "nearest": _brief(near, gold=True) if near else None})
    return out


def pair_disagreements(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The matched pairs of one document whose fields disagree: which fields, and both sides."""
    out = []
    for i, j in match_document(pred, gold):
        wrong = [k for k, ok in pair_checks(pred[i], gold[j]).items() if not ok]
        if wrong:
            out.append({"fields": wrong, "event": _brief(pred[i], gold=False), "gold": _brief(gold[j], gold=True)})
    return out


_PAIR_FIELDS = {"sub_event_type": ("sub_event_type",), "actor1": ("actor1",), "actor2": ("actor2",),
                "date": ("date_start", "date_end"), "fatalities": ("fatalities",), "geocoding": ("location",)}


def format_pairs(pairs_by_doc: dict[str, list[dict[str, Any]]], width: int = 160) -> str:
    """A plain listing of the matched pairs that disagree: per field, what Marsad stored against the gold."""
    counts: Counter[str] = Counter(f for pairs in pairs_by_doc.values() for p in pairs for f in p["fields"])
    lines = ["", "matched pairs that disagree (field: stored | gold):"]
    lines.append("  by field: " + (", ".join(f"{k} {v}" for k, v in counts.most_common()) or "none"))
    for doc_id, pairs in pairs_by_doc.items():
        if not pairs:
            continue
        lines.append(f"\n== {doc_id}")
        for p in pairs:
            lines.append(f"  PAIR {_line(p['gold'])}")
            for f in p["fields"]:
                keys = _PAIR_FIELDS[f]
                mine = "..".join(str(p["event"].get(k)) for k in keys)
                theirs = "..".join(str(p["gold"].get(k)) for k in keys)
                lines.append(f"       {f}: {mine} | {theirs}")
            if p["event"].get("rule_ids"):
                lines.append(f"       rules: {', '.join(p['event']['rule_ids'])}")
            ev = (p["event"].get("evidence") or "").replace("\n", " ")
            if ev:
                lines.append(f"       evidence: {ev[:width]}")
    return "\n".join(lines)


def summarize(errors_by_doc: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, int]]:
    """Counts of misses and false positives by class, and of the drop reasons found inside misses."""
    miss: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for errs in errors_by_doc.values():
        for e in errs:
            (miss if e["kind"] == "miss" else fp)[e["class"]] += 1
            for d in e.get("dropped") or []:
                reasons[_reason_group(d.get("reason") or "")] += 1
    return {"misses": dict(miss.most_common()), "false_positives": dict(fp.most_common()),
            "drop_reasons_in_misses": dict(reasons.most_common())}


def _reason_group(reason: str) -> str:
    """A drop reason without its particulars ("low confidence 0.36" -> "low confidence")."""
    if reason.startswith("low confidence"):
        return "low confidence"
    return reason.split(" (")[0]


def _line(e: dict[str, Any]) -> str:
    sub = e.get("sub_event_type") or ""
    day = e.get("date_start") or "?"
    if e.get("date_end") and e.get("date_end") != day:
        day += ".." + e["date_end"]
    return f"{e.get('event_type')} / {sub} | {day} | {e.get('location') or '?'}"


def format_errors(errors_by_doc: dict[str, list[dict[str, Any]]], width: int = 160) -> str:
    """A plain listing for a reader: the summary, then each document's misses and false positives."""
    s = summarize(errors_by_doc)
    lines = ["", "errors (class = how the nearest unmatched counterpart in the document differs):"]
    lines.append("  misses:          " + ", ".join(f"{k} {v}" for k, v in s["misses"].items()))
    lines.append("  false positives: " + ", ".join(f"{k} {v}" for k, v in s["false_positives"].items()))
    if s["drop_reasons_in_misses"]:
        lines.append("  dropped inside missed evidence: "
                     + ", ".join(f"{k} {v}" for k, v in s["drop_reasons_in_misses"].items()))
    for doc_id, errs in errors_by_doc.items():
        if not errs:
            continue
        lines.append(f"\n== {doc_id}")
        for e in errs:
            tag = "MISS" if e["kind"] == "miss" else "FP  "
            lines.append(f"  {tag} [{e['class']}] {_line(e['event'])}")
            if e["kind"] == "false_positive" and e["event"].get("rule_ids"):
                lines.append(f"       rules: {', '.join(e['event']['rule_ids'])}")
            if e["nearest"]:
                lines.append(f"       nearest: {_line(e['nearest'])}")
            ev = (e["event"].get("evidence") or "").replace("\n", " ")
            if ev:
                lines.append(f"       evidence: {ev[:width]}")
            if e["kind"] == "miss" and not e["evidence_found"] and ev:
                lines.append("       (evidence not found in the cleaned text)")
            for d in e.get("dropped") or []:
                lines.append(f"       dropped: {d['text']!s:.30} | {d['reason']} | {d['rule_id']}")
    return "\n".join(lines)
