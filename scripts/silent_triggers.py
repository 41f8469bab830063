"""Trigger mentions that end in no event and in no dropped row (silent losses).

    python scripts/silent_triggers.py ARTICLES.jsonl [...] [--show N] [--reason WORD]

A trigger mention is covered when it lies inside an event's evidence (an absorbed mention, merged into
another event of the same happening, leaves its sentence among the merged event's evidence) or inside a
dropped row's span. Prints the count of covered and silent mentions, the silent ones by trigger id, and
the dropped reasons by guard (the part of the reason before ':'), then N silent mentions in context.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from marsad.model import Document
from marsad.pipeline import Pipeline
from marsad.readers.base import read_path


def silent_mentions(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, trigger id) of each trigger mention of ``doc`` no event or dropped row covers."""
    spans = [(e.start, e.end) for ev in doc.events for e in ev.evidence]
    spans += [(d["start"], d["end"]) for d in doc.dropped]
    if any(d.get("rule_id") == "limit" for d in doc.dropped):  # the cut is the document's
        return []
    return [(s.start, s.end, s.rule_id) for s in doc.spans_of("trigger")
            if not any(a <= s.start and s.end <= b for a, b in spans)]


def main(argv: list[str]) -> None:
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0
    paths = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--show")]
    pipe = Pipeline.default()
    total, silent, by_id, reasons, shown = 0, 0, Counter(), Counter(), []
    for p in paths:
        for doc in read_path(Path(p)):
            if not isinstance(doc, Document):
                continue
            doc = pipe.process(doc)
            if not isinstance(doc, Document):
                continue
            total += len(doc.spans_of("trigger"))
            reasons.update(d["reason"].split(":")[0] for d in doc.dropped)
            for s, e, rid in silent_mentions(doc):
                silent += 1
                by_id[rid] += 1
                shown.append((doc.doc_id, rid, doc.text[max(0, s - 80):e + 80].replace("\n", " ")))
    print(f"trigger mentions {total}, silent {silent}")
    for rid, n in by_id.most_common(30):
        print(f"  {n:5} {rid}")
    print("dropped reasons:")
    for r, n in reasons.most_common():
        print(f"  {n:5} {r}")
    for d, rid, ctx in shown[:show]:
        print(f"- {d[:30]} [{rid}] …{ctx}…")


if __name__ == "__main__":
    main(sys.argv[1:])
