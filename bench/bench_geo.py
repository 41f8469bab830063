"""Benchmark: load the gazetteer (warm cache) and geocode 10,000 place mentions on one core.

    python bench/bench_geo.py [--mentions 10000]

Target (issue #6): under 2 seconds for both together. Sentences are composed here, never real news.
"""
from __future__ import annotations

import argparse
import sys
import time

SENTENCES = [
    "قصفت الطائرات مدينة الرقة وريف دير الزور الشرقي",
    "اشتباكات في بلدة كفرنبل بريف إدلب الجنوبي وقصف على سراقب",
    "غارات على الغوطة الشرقية ودوما وحرستا وعربين",
    "تعزيزات تركية شمال حلب وفي عفرين ومنبج",
    "انفجار في بغداد وآخر بالموصل وثالث في محافظة الأنبار",
    "هجوم على مطار التيفور في البادية السورية شرق حمص",
    "اعتقالات في قرية كحيلة بريف درعا وفي طفس وداعل",
    "مظاهرات في بيروت وصيدا وطرابلس شمال لبنان",
]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mentions", type=int, default=10_000)
    args = ap.parse_args()

    from marsad.geo.gazetteer import default_gazetteer_path
    from marsad.lang.ar.tokens import analyze_text

    default_gazetteer_path()  # build the cache outside the timing, as after a first use
    t0 = time.perf_counter()
    from marsad.geo import Geocoder

    geo = Geocoder.default()
    t_load = time.perf_counter() - t0
    analyses = [(s, analyze_text(s)) for s in SENTENCES]  # tokenising is the Arabic layer's cost, not ours
    n = 0
    t1 = time.perf_counter()
    while n < args.mentions:
        for text, a in analyses:
            places = geo.find_places(a)
            geo.resolve_document(places, None, None)
            n += len(places)
    t_geo = time.perf_counter() - t1
    print(f"gazetteer: {len(geo.gazetteer)} places, {len(geo.gazetteer.by_key)} names; load {t_load:.3f} s")
    print(f"geocoded {n} mentions in {t_geo:.3f} s ({n / t_geo:,.0f}/s); load + geocode {t_load + t_geo:.3f} s")
    return 0 if t_load + t_geo < 2.0 else 1


if __name__ == "__main__":
    sys.exit(main())
