"""Proxy check of geocoding on the shared dev set (not part of the package).

For each gold event, geocode its "location" string with the article's text as context and report
the share within 25 km of the gold point. Reads ../shared/eval/dev when present; skips otherwise.

    python bench/geo_dev_check.py [--eval-dir ../shared/eval/dev] [-v]
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from marsad.geo import Geocoder


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval-dir", default=str(Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "dev"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    d = Path(args.eval_dir)
    if not (d / "gold.jsonl").exists():
        print(f"skipped: no eval data at {d}")
        return 0
    arts = {a["doc_id"]: a for a in map(json.loads, (d / "articles.jsonl").open(encoding="utf-8"))}
    geo = Geocoder.default()
    n = ok = none = 0
    for g in map(json.loads, (d / "gold.jsonl").open(encoding="utf-8")):
        art = arts.get(g["doc_id"], {})
        for e in g["events"]:
            if e.get("latitude") is None or not e.get("location"):
                continue
            n += 1
            places = [geo.mention_for(e["location"])]
            geo.resolve_document(places, (art.get("title") or "") + "\n" + (art.get("text") or ""), art.get("site"))
            best = next((p for p in places if p.latitude is not None), None)
            dist = km((best.latitude, best.longitude), (e["latitude"], e["longitude"])) if best else None
            good = dist is not None and dist <= 25
            ok += good
            none += best is None
            if args.verbose and not good:
                print(f"MISS {e['location']!r}: gold {e['latitude']:.3f},{e['longitude']:.3f} p{e['geo_precision']} "
                      f"-> {best.location if best else None} {best.latitude if best else ''},{best.longitude if best else ''} "
                      f"p{best.geo_precision if best else ''} {f'{dist:.0f} km' if dist is not None else ''} "
                      f"{best.note if best else ''}")
    print(f"dev geocoding: {ok}/{n} = {100 * ok / max(n, 1):.1f}% within 25 km ({none} unresolved)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
