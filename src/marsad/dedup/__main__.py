"""``python -m marsad.dedup rebuild --db PATH``: recompute copies and merged events.

For a store written with ``MARSAD_DEDUP=0``, or after changing the merge thresholds.
"""
from __future__ import annotations

import argparse
import json
import sys


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m marsad.dedup", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("rebuild", help="recompute copies and merged events from the stored documents")
    r.add_argument("--db", default="marsad.db")
    s = sub.add_parser("stats", help="print copy and merge counts")
    s.add_argument("--db", default="marsad.db")
    args = p.parse_args(argv)
    from marsad.store import Store

    store = Store(args.db, dedup=True)
    counts = store.rebuild_dedup() if args.cmd == "rebuild" else store.dedup_counts()
    print(json.dumps(counts, indent=2))
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
