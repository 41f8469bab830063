"""Warm instruction count of the pipeline (g112e): read the first 300 open articles, run articles 100-299 through
``Pipeline.default`` + ``Store`` (the warm-up: per-form memos filled as in a long run), then the first 60 (a60).

Under callgrind, only a60 is counted (deterministic up to ~0.06 %: two runs of one tree gave 2,123.0 M and 2,124.2 M)::

    CG_ON=1 PYTHONHASHSEED=0 MARSAD_DOC_TIMEOUT=0 OPENBLAS_NUM_THREADS=1 PYTHONPATH=TREE/src \\
      valgrind --tool=callgrind --instr-atstart=no --zero-before=getppid --callgrind-out-file=cg.out \\
      python bench/icount_warm.py

(the warm-up runs uninstrumented; ``callgrind_control -i on`` switches instrumentation on before the marker call
``os.getppid()``, where the counts are zeroed). ``MODE=prof`` prints a cProfile of a60 instead.
"""
import os
import sys
import tempfile
from pathlib import Path

from marsad.engines.local import _warm
from marsad.gctune import run_collector
from marsad.pipeline import Pipeline
from marsad.readers import Skip, read_inputs
from marsad.store import Store

CORPUS = os.environ.get("CORPUS", "/work/shared/corpus/ant-syria-iraq-2018.jsonl")


def main() -> None:
    docs = []
    for d in read_inputs([CORPUS]):
        if isinstance(d, Skip):
            continue
        docs.append(d)
        if len(docs) >= 300:
            break
    pipeline = Pipeline.default()
    _warm(pipeline)
    store = Store(Path(tempfile.mkdtemp()) / "s.db")

    def run(ds: list) -> None:
        out = [o for o in (pipeline.process(d) for d in ds) if not isinstance(o, Skip)]
        store.write_documents(out, "icount")

    with run_collector():
        run(docs[100:300])
        if os.environ.get("MODE") == "prof":
            import cProfile
            import pstats
            pr = cProfile.Profile()
            pr.enable()
            run(docs[:60])
            pr.disable()
            pstats.Stats(pr).sort_stats(sys.argv[1] if len(sys.argv) > 1 else "tottime").print_stats(60)
            return
        if os.environ.get("CG_ON"):
            import subprocess
            import time
            p = subprocess.Popen(["callgrind_control", "-i", "on", str(os.getpid())], stdout=subprocess.DEVNULL)
            t0 = time.time()
            while p.poll() is None and time.time() - t0 < 120:
                sum(range(20000))  # busy: callgrind takes the request while code runs
        os.getppid()  # the marker: --zero-before=getppid
        run(docs[:60])
        store.close()
        sys.stdout.flush()
        os._exit(0)  # no interpreter teardown in the count


if __name__ == "__main__":
    main()
