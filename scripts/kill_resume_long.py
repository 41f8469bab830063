"""Long crash-safety run (issue #10): SIGKILL `marsad run` at random points >= 20 times over
a corpus, resume, and compare the database with one uninterrupted run.

    python scripts/kill_resume_long.py --kills 20 [--articles 2000 | --input FILE.jsonl]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "reliability"))
from reliability_kit import diff_dumps, doc_count, dump_db, kill_and_resume, run_marsad, write_corpus  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--articles", type=int, default=2000, help="size of the composed corpus")
    ap.add_argument("--input", default=None, help="a JSONL corpus to use instead (read, never copied)")
    ap.add_argument("--batch-size", default="10")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default="/tmp/marsad-kill")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for f in list(out.glob("*.db*")):
        f.unlink()
    corpus = Path(args.input) if args.input else out / "corpus.jsonl"
    if not args.input:
        write_corpus(corpus, args.articles, seed=args.seed)
    extra = ("--batch-size", args.batch_size)
    t0 = time.perf_counter()
    r = run_marsad("run", str(corpus), "--db", str(out / "ref.db"), "-q", *extra, timeout=7200)
    ref_s = time.perf_counter() - t0
    n_ref = doc_count(out / "ref.db")
    # start-up (imports, gazetteer, tables) is about a third of a 10 s run: a kill before
    # it finds nothing to interrupt
    startup = 0.35 * ref_s
    # each attempt gets about twice its share of the work, so the kills spread over the corpus
    window = (startup * 0.8, startup + 2 * max(0.5, ref_s - startup) / args.kills)
    rng = random.Random(args.seed)
    t1 = time.perf_counter()
    rep = kill_and_resume([str(corpus)], out / "killed.db", args.kills, rng, window=window,
                          extra=extra, final_docs=n_ref)
    diffs = diff_dumps(dump_db(out / "ref.db"), dump_db(out / "killed.db"))
    ref = dump_db(out / "ref.db")
    print(json.dumps({
        "corpus": str(corpus) if args.input else f"{args.articles} composed articles", "reference_exit": r.returncode,
        "reference_seconds": round(ref_s, 1), "kill_window_s": [round(x, 2) for x in window], "kills": rep.kills, "kills_mid_run": rep.landed_mid_run,
        "documents_after_each_kill": rep.docs_after_kill, "resume_exit": rep.resume_exit,
        "kill_phase_seconds": round(time.perf_counter() - t1, 1),
        "rows_compared": {k: len(v) for k, v in ref.items()}, "differences": diffs,
    }, ensure_ascii=False, indent=1))
    sys.exit(1 if diffs or rep.kills < args.kills else 0)


if __name__ == "__main__":
    main()
