"""``marsad analyze``: everything the pipeline sees in one text, for linguists and debugging."""
from __future__ import annotations

from typing import Any

from marsad.lang.ar.tokens import segment
from marsad.model import Document
from marsad.pipeline import MetaStep


def analyze_document(text: str, published: str | None = None) -> dict[str, Any]:
    from marsad.extract.step import EventExtractor

    doc = Document(text=text, published=published)
    MetaStep()(doc)
    an = EventExtractor().extract(doc)["analysis"]
    sentences = []
    for (s, e), (a, b) in zip(an.sentences, an.sent_tokens):
        toks = []
        for t in an.tokens[a:b]:
            pre, stem, suf = segment(t.norm, orig=doc.text[t.start:t.end])
            toks.append({"text": doc.text[t.start:t.end], "start": t.start, "end": t.end, "norm": t.norm,
                         "proclitics": pre, "stem": stem, "enclitic": suf})
        sentences.append({"start": s, "end": e, "text": doc.text[s:e], "tokens": toks})
    return {
        "published": doc.published,
        "sentences": sentences,
        "mentions": [s.to_dict() for s in sorted(doc.spans, key=lambda s: (s.start, s.kind))],
        "events": [ev.to_dict() for ev in doc.events],
        "dropped": doc.dropped,
        "totals": doc.totals,
    }


def format_analysis(r: dict[str, Any]) -> str:
    out = [f"published: {r['published'] or '(unknown: relative dates stay unresolved)'}"]
    for i, s in enumerate(r["sentences"]):
        out.append(f"\n[{i}] {s['start']}-{s['end']}: {s['text']}")
        out.append("    tokens: " + " ".join(
            (f"{t['proclitics']}+" if t["proclitics"] else "") + t["stem"] + (f"+{t['enclitic']}" if t["enclitic"] else "")
            for t in s["tokens"]))
        for m in r["mentions"]:
            if s["start"] <= m["start"] < s["end"]:
                out.append(f"    {m['kind']:8} {m['start']:>5}-{m['end']:<5} «{m['text']}» -> {m['value']}"
                           + (f"  [{m['rule_id']}]" if m.get("rule_id") else ""))
    out.append("\nevents:")
    for ev in r["events"]:
        out.append(f"  {ev['event_date']} {ev['event_type']} / {ev['sub_event_type']} @ {ev['location']} "
                   f"actor1={ev['actor1']} actor2={ev['actor2']} fatalities={ev['fatalities']} "
                   f"conf={ev['confidence']} rules={','.join(ev['rule_ids'])} claimed_by={ev['claimed_by']}")
    if not r["events"]:
        out.append("  (none)")
    out.append("dropped:")
    for d in r["dropped"]:
        out.append(f"  {d['start']}-{d['end']} «{d['text']}» {d['reason']} [{d['rule_id']}]")
    if not r["dropped"]:
        out.append("  (none)")
    if r["totals"]:
        out.append("reported totals:")
        for t in r["totals"]:
            out.append(f"  «{t['text']}» = {t['value']} ({t['kind']})")
    return "\n".join(out)
