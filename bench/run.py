"""All benchmarks in one run, each printing its own table with ratios against the engines users
would otherwise pick (bare spaCy tokenisation, `oxigraph serve`, pyoxigraph's own dumps).

    python -m bench.run            # the default sizes (about 15-30 minutes on 2 cores)
    python -m bench.run --quick    # small sizes, to check that every benchmark runs
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

FULL = [
    ["bench.bench_extract", "--mb", "5"],
    ["bench.bench_ingest", "--mb", "10"],
    ["bench.bench_server", "--triples", "100000"],
    ["bench.bench_network", "--triples", "1000000"],
    ["bench.bench_publish", "--triples", "100000"],
    ["bench.bench_remote", "--triples", "20000"],
    ["bench.bench_fuzz", "--cases", "1000"],
]
QUICK = [
    ["bench.bench_extract", "--mb", "0.5"],
    ["bench.bench_ingest", "--mb", "0.5"],
    ["bench.bench_server", "--triples", "20000", "--rounds", "3"],
    ["bench.bench_network", "--triples", "50000"],
    ["bench.bench_publish", "--triples", "20000"],
    ["bench.bench_remote", "--triples", "5000", "--no-virtuoso"],
    ["bench.bench_fuzz", "--cases", "100", "--small"],
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small sizes")
    ap.add_argument("--only", nargs="*", help="run only these (e.g. bench_ingest bench_server)")
    a = ap.parse_args()
    failed = []
    for cmd in QUICK if a.quick else FULL:
        name = cmd[0].split(".")[-1]
        if a.only and name not in a.only:
            continue
        print(f"\n=== {name} {' '.join(cmd[1:])}", flush=True)
        t0 = time.perf_counter()
        if subprocess.run([sys.executable, "-m", *cmd]).returncode:
            failed.append(name)
        print(f"--- {name}: {time.perf_counter() - t0:.0f} s", flush=True)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
