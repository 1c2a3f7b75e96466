"""Fuzz `sdkg ingest`: 1,000 generated bad inputs (up to megabytes each) mixed with good reports,
ingested with the default worker count as users run it. Prints crashes, hangs over the per-file
limit, good files lost and bad files not named with a reason (all four should be 0), the
statuses, the slowest files and the wall time. The generator is bench/fuzz_inputs.py; tests/fuzz
runs 200 smaller cases of it in the suite.

    python -m bench.bench_fuzz [--cases 1000] [--seed 2026] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.fuzz_inputs import SEEDS, check, run_ingest, write_corpus


def main() -> int:
    from sdkg.loaders.limits import DEFAULT_LIMITS

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    ap.add_argument("--small", action="store_true", help="inputs of at most hundreds of KB (as in tests/fuzz)")
    ap.add_argument("--keep", type=Path, help="write the corpus and store here and keep them")
    a = ap.parse_args()

    root = a.keep or Path(tempfile.mkdtemp(prefix="sdkg-fuzz-"))
    try:
        started = time.monotonic()
        cases = write_corpus(root / "in", a.cases, seed=a.seed, seeds=a.seeds, big=not a.small)
        generated = time.monotonic() - started
        run = run_ingest(root / "in", root / "db")
        verdict = check(cases, run, seconds_per_file=DEFAULT_LIMITS.seconds_per_file,
                        seconds_per_mb=DEFAULT_LIMITS.seconds_per_mb)
        print(f"bench_fuzz: {a.cases} cases, seed {a.seed}, default workers ({os.cpu_count()} cores); "
              f"corpus written in {generated:.0f} s")
        print(f"sdkg ingest: {run.seconds:.0f} s wall, exit code {run.returncode}; per-file limit "
              f"{DEFAULT_LIMITS.seconds_per_file:g} s + {DEFAULT_LIMITS.seconds_per_mb:g} s/MB, "
              f"memory {DEFAULT_LIMITS.memory_mb} MB")
        for line in verdict.lines():
            print(line)
        return 0 if verdict.ok else 1
    finally:
        if not a.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
