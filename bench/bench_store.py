"""What the store's write path costs: synthetic reports written one graph at a time into an on-disk
store, its size on disk, replacing and dropping reports, and every named query over the result.

    .venv/bin/python -m bench.bench_store --triples 300000 [--repeat 3]

Run it in two checkouts side by side to compare write paths (docs/identity.md). Prints Markdown.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from sdkg.graph.iris import Minter
from sdkg.graph.store import OxigraphStore
from sdkg.sparql.library import ParameterError, library

from bench.synth import generate


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=300_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from sdkg.graph.build import build_quads

    minter = Minter()
    reports = []
    n = 0
    for ex in generate(10**9, 1):
        reports.append((minter.report_graph(ex.document.sha256), build_quads(ex, minter)))
        n += len(reports[-1][1])
        if n >= args.triples:
            break
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "store"
        store = OxigraphStore(folder)
        t0 = time.perf_counter()
        store.ensure_model()
        for g, quads in reports:
            store.put_graph(g, quads)
        write = time.perf_counter() - t0
        store.close()
        rows.append((f"write {len(reports)} reports, {n:,} quads (s)", f"{write:.2f}"))
        rows.append(("store on disk, after close (MB)", f"{_size(folder) / 1e6:.1f}"))
        store = OxigraphStore(folder)
        some = reports[:: max(1, len(reports) // 20)][:20]
        t0 = time.perf_counter()
        for g, quads in some:
            store.replace_graph(g, quads)  # the same graph again: drop and write in one transaction
        rows.append((f"replace a report (ms, mean of {len(some)})", f"{(time.perf_counter() - t0) / len(some) * 1000:.1f}"))
        t0 = time.perf_counter()
        for g, _quads in some:
            store.drop_graph(g)
        rows.append((f"drop a report (ms, mean of {len(some)})", f"{(time.perf_counter() - t0) / len(some) * 1000:.1f}"))
        for g, quads in some:
            store.put_graph(g, quads)
        total = 0.0
        for name, q in sorted(library().items()):
            try:
                bindings = q.bind({})
            except ParameterError:
                continue  # a query that needs a value (one organisation, one report)
            times = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                result = store.select(q.sparql, bindings)
                times.append(time.perf_counter() - t0)
            total += statistics.median(times)
            rows.append((f"query {name} ({len(result.rows)} rows, ms)", f"{statistics.median(times) * 1000:.0f}"))
        rows.append(("all named queries (s, sum of medians)", f"{total:.2f}"))
        store.close()
    print(f"| step | {args.triples:,} triples |\n|---|---|")
    for k, v in rows:
        print(f"| {k} | {v} |")


if __name__ == "__main__":
    main()
