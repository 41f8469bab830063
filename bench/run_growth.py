"""Does an article cost more late in a run than early? (g102r)

The fixed a60 (every fifth of the corpus's first 300 articles) is read once, then N other corpus
articles, then a60 again, in ONE process; only the second a60 pass is measured. Every a60 word has
been met before that pass whatever N is, so per-word memos save the same for every N and any
difference between N = 0, 200, 1000 is cost that grows with what the run has read. Exact repeats are
not replayed (RepeatMemo off), or the second pass would be replayed whole.

    MARSAD_PURE=1 PYTHONHASHSEED=0 MARSAD_DOC_TIMEOUT=0 valgrind --tool=callgrind --instr-atstart=no \
        python bench/run_growth.py 1000 cg      # instructions of the second a60 pass only
    MARSAD_PURE=1 python bench/run_growth.py 1000       # CPU time (noisy on a shared guest)
"""
from __future__ import annotations

import copy
import os
import subprocess
import sys
import time

from marsad.engines.local import _warm
from marsad.gctune import run_collector
from marsad.pipeline import Pipeline
from marsad.readers import Skip, read_inputs


def main(n: int, callgrind: bool, corpus: str = "/work/shared/corpus") -> None:
    docs = [d for d in read_inputs([corpus]) if not isinstance(d, Skip)]
    a60, others = docs[:300][::5], docs[300:300 + n]
    again = [copy.deepcopy(d) for d in a60]  # unread copies: the first pass fills the originals' outputs
    pipeline = Pipeline.default()
    _warm(pipeline)
    pipeline.repeats.size = 0

    def instrument(state: str) -> None:  # callgrind started with --instr-atstart=no counts only between on and off
        if callgrind:
            subprocess.run(["callgrind_control", "-i", state, str(os.getpid())], stdout=subprocess.DEVNULL)

    with run_collector():  # as ``marsad run`` and the bench do
        for d in a60 + others:
            pipeline.process(d)
        instrument("on")
        t = time.process_time()
        for d in again:
            pipeline.process(d)
        t = time.process_time() - t
        instrument("off")
    print(f"after {n} other articles: a60 second pass {t / len(again) * 1000:.2f} ms CPU per article")


if __name__ == "__main__":
    main(int(sys.argv[1]), len(sys.argv) > 2 and sys.argv[2] == "cg")
