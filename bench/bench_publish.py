"""Publication costs on synthetic, domain-shaped data: dumps, VoID/DCAT statistics, SHACL
validation and entity dereferencing (Flask test client, no network).

    python -m bench.bench_publish --triples 200000
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--triples", type=int, default=200_000)
    ap.add_argument("--requests", type=int, default=200)
    args = ap.parse_args()

    from sdkg.graph.publish.config import load_publisher
    from sdkg.graph.publish.dcat import catalog_triples
    from sdkg.graph.publish.dumps import FORMATS, dump_to_path
    from sdkg.graph.publish.validate import validate_store
    from sdkg.graph.publish.void import collect_stats, void_triples
    from sdkg.graph.store import OxigraphStore
    from sdkg.server import create_app

    from bench.synth import write_nquads

    work = Path(tempfile.mkdtemp(prefix="sdkg-bench-publish-"))
    import atexit
    import shutil

    atexit.register(shutil.rmtree, work, True)
    write_nquads(work / "synth.nq", args.triples, seed=1)
    store = OxigraphStore(work / "db")
    store.raw.bulk_load(path=str(work / "synth.nq"), format=ox.RdfFormat.N_QUADS)
    store.ensure_model()
    quads, graphs = store.count(), len(store.graphs())
    print(f"# {quads:,} quads in {graphs} report graphs")
    print("| step | time (s) | output | rate |")
    print("|---|---:|---:|---:|")
    t = time.perf_counter()
    raw = store.raw.dump(format=ox.RdfFormat.N_QUADS)
    dt = time.perf_counter() - t
    print(f"| baseline: pyoxigraph Store.dump N-Quads to bytes | {dt:.2f} | {len(raw) / 1e6:.1f} MB | "
          f"{quads / dt / 1e3:,.0f} k statements/s |")
    del raw
    for name in FORMATS:
        for gz in (False, True):
            path = work / "dumps" / FORMATS[name].file_name(gz)
            t = time.perf_counter()
            st = dump_to_path(store, name, path, gzip=gz)
            dt = time.perf_counter() - t
            print(f"| dump {path.name} | {dt:.2f} | {path.stat().st_size / 1e6:.1f} MB | "
                  f"{st.statements / dt / 1e3:,.0f} k statements/s |")
    pub = load_publisher().at()
    t = time.perf_counter()
    stats = collect_stats(store, pub.base)
    meta = list(catalog_triples(stats, pub)) + list(void_triples(stats, pub))
    print(f"| VoID + DCAT statistics | {time.perf_counter() - t:.2f} | {len(meta)} triples | |")
    sample = store.graphs()[:20]
    t = time.perf_counter()
    rep = validate_store(store, graphs=sample)
    dt = time.perf_counter() - t
    print(f"| SHACL, {len(sample)} report graphs | {dt:.2f} | {len(rep.violations)} violations | "
          f"{rep.checked_triples / dt / 1e3:,.1f} k triples/s |")

    app = create_app({"SDKG_STORE_OBJECT": store})
    client = app.test_client()
    for kind in ("Gemeente", "Organisation"):
        iris = [r[0].value for r in store.select(f"SELECT ?x WHERE {{ ?x a sdkg:{kind} }} LIMIT 50").rows]
        for accept in ("text/turtle", "text/html"):
            times = []
            for i in range(args.requests):
                path = "/" + iris[i % len(iris)][len(pub.base):]
                t = time.perf_counter()
                r = client.get(path, headers={"Accept": accept})
                times.append(time.perf_counter() - t)
                assert r.status_code == 200, (path, r.status_code)
            print(f"| dereference {kind}, {accept} | median {statistics.median(times) * 1e3:.1f} ms | "
                  f"p95 {sorted(times)[int(len(times) * .95)] * 1e3:.1f} ms | {1 / statistics.mean(times):,.0f} req/s |")
    print(f"# peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
