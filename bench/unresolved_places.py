"""Mine a corpus for place names the gazetteer lacks (a gazetteer-gap survey; not part of the package).

Runs the place recogniser and resolver over every article of one or more JSONL files (one article a line,
``{"doc_id", "site", "text", ...}``: the corpus and audit format) and lists the place names that did NOT
resolve to a place of their own: names after a naming word (بلدة/قرية/مدينة/حي/مخيم/مطار/ريف/جبل ...) or
in a list of towns, kept at a larger unit or at nothing (``geo.unresolved*``). With ``--abroad`` it also
lists names resolved to a country far from the document's (a likely missing namesake: a village read as a
town abroad). Names are counted by mentions and by documents, most documents first, so the rows a
gazetteer table should gain are the recurring ones.

    python bench/unresolved_places.py /work/shared/corpus/ant-syria-iraq-2018.jsonl [--min-docs 2] [--abroad]
    python bench/unresolved_places.py a.jsonl b.jsonl --contexts 2     # with two short contexts per name

The contexts are printed to the terminal only: never copy article text into the repository.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from marsad.geo import Geocoder, PlaceMention

# countries whose places the Syria/Iraq news name as their own; a town resolved elsewhere may be a namesake
_NEAR = frozenset({"SY", "IQ", "LB", "JO", "TR", "IL", "PS", "IR"})
_SMALL = 100_000  # people: a town abroad smaller than this is a suspect namesake


@dataclass
class Gap:
    """One unresolved (or far-resolved) name over the corpus."""

    name: str
    mentions: int = 0
    docs: set[str] = field(default_factory=set)
    heads: Counter = field(default_factory=Counter)  # the naming words seen before it
    kept_at: Counter = field(default_factory=Counter)  # where resolution put it (admin1 or country)
    contexts: list[str] = field(default_factory=list)


def read_articles(paths: Iterable[str]) -> Iterator[dict]:
    """The articles of JSONL files (the corpus and audit format)."""
    for p in paths:
        with Path(p).open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)


def is_gap(m: PlaceMention) -> bool:
    """A mention with no place of its own: unresolved, or kept at a larger unit of the text."""
    return m.gazetteer_id is None or (m.rule_id or "").startswith("geo.unresolved")


def cc_of(m: PlaceMention) -> str | None:
    """The country code of the gazetteer entry a mention resolved to."""
    return next((c.cc for c in m.candidates if c.gid == m.gazetteer_id), None)


def is_abroad(m: PlaceMention, doc_cc: str | None) -> bool:
    """A small town resolved far from the document's country (a missing local namesake, maybe); capitals
    and big cities abroad are told as themselves."""
    p = next((c for c in m.candidates if c.gid == m.gazetteer_id), None)
    return bool(doc_cc and p and p.cc not in _NEAR and p.kind == "city" and p.population < _SMALL)


def _head(m: PlaceMention) -> str:
    """The naming words before the name ("بلدة", "ريف"), or "-" for a bare listed name."""
    head = m.text[: max(0, m.text.find(m.name))].strip()
    return head or "-"


def survey(articles: Iterable[dict], geo: Geocoder, abroad: bool, n_ctx: int) -> dict[str, Gap]:
    """The gap names of the articles, keyed by name."""
    gaps: dict[str, Gap] = {}
    for art in articles:
        text, doc = art.get("text") or "", str(art.get("doc_id"))
        places = geo.geocode(text, site=art.get("site"))
        ccs = Counter(cc_of(p) for p in places if not is_gap(p))
        doc_cc = max((c for c in ccs if c in ("SY", "IQ")), key=ccs.__getitem__, default=None)
        for m in places:
            far = abroad and not is_gap(m) and is_abroad(m, doc_cc)
            if not (is_gap(m) or far) or m.kind == "country":
                continue
            key = m.name.strip() + (" [abroad: %s]" % m.location if far else "")
            g = gaps.setdefault(key, Gap(key))
            g.mentions += 1
            g.docs.add(doc)
            g.heads[_head(m)] += 1
            g.kept_at[m.admin1 or m.country or "-"] += 1
            if len(g.contexts) < n_ctx:
                g.contexts.append(text[max(0, m.start - 60): m.end + 60].replace("\n", " "))
    return gaps


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("jsonl", nargs="+", help="article files (JSONL)")
    ap.add_argument("--min-docs", type=int, default=1, help="list names told in at least this many documents")
    ap.add_argument("--abroad", action="store_true", help="also list towns resolved outside the region")
    ap.add_argument("--contexts", type=int, default=0, help="short contexts to print per name")
    args = ap.parse_args(argv)
    geo = Geocoder.default()
    gaps = survey(read_articles(args.jsonl), geo, args.abroad, args.contexts)
    rows = sorted(gaps.values(), key=lambda g: (-len(g.docs), -g.mentions, g.name))
    pairs = sum(len(g.docs) for g in gaps.values())
    print(f"# {len(gaps)} names, {pairs} name-document pairs, "
          f"{sum(len(g.docs) >= 2 for g in gaps.values())} names in 2+ documents")
    print("docs\tmentions\tname\tnaming words\tkept at")
    for g in rows:
        if len(g.docs) < args.min_docs:
            continue
        heads = ",".join(h for h, _ in g.heads.most_common(3))
        kept = ",".join(k for k, _ in g.kept_at.most_common(2))
        print(f"{len(g.docs)}\t{g.mentions}\t{g.name}\t{heads}\t{kept}")
        for c in g.contexts:
            print(f"\t\t… {c} …")
    return 0


if __name__ == "__main__":
    sys.exit(main())
