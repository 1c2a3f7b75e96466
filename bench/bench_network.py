"""Build every network and compute every analysis on the synthetic graph; time each step.

    .venv/bin/python -m bench.bench_network --triples 1000000 [--store DIR | --nquads FILE] [--repeat 3] [--cpu]

The store is filled with bench.synth (domain-shaped reports through the real graph builder);
with --store DIR an existing store is reused (filled first when empty). Prints a Markdown table of
seconds, wall-clock or, with --cpu, this process's CPU time (what counts on a busy machine: the
queries and the analyses run in this one thread).
"""

from __future__ import annotations

import argparse
import statistics
import time

from sdkg.graph.network.analyses import analyse, ego, path, rank
from sdkg.graph.network.build import KINDS, Corpus, Filters, build
from sdkg.graph.network.timeline import diff_all, newly_central
from sdkg.graph.store import OxigraphStore

from bench.synth import load_store


def run_once(store, clock=time.perf_counter) -> dict[str, float]:
    t: dict[str, float] = {}
    t0 = clock()
    corpus = Corpus.load(store)
    t["SPARQL: corpus (10 queries)"] = clock() - t0
    graphs = {}
    for kind in KINDS:
        t1 = clock()
        graphs[kind] = build(corpus, kind)
        t[f"build {kind}"] = clock() - t1
    for kind, g in graphs.items():
        t1 = clock()
        m = analyse(g)
        rank(g, m, "pagerank")
        t[f"analyse {kind} ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges)"] = clock() - t1
    t1 = clock()
    g = graphs["partners"]
    years = corpus.years()
    gm = corpus.municipalities()[0]
    ego(g, gm, 2)
    orgs = [v for v, d in g.nodes(data="type") if d == "organisation"]
    path(g, orgs[0], orgs[-1])
    diff_all(corpus, years[0], years[-1])
    newly_central(corpus, years[0], years[-1])
    build(corpus, "partners", Filters(municipalities=(gm,), year_from=years[-1], year_to=years[-1]))
    t["ego + path + diff (all municipalities) + newly central"] = clock() - t1
    t["total"] = clock() - t0
    return t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--store", help="on-disk store to reuse (default: a fresh in-memory store)")
    ap.add_argument("--nquads", help="fill the in-memory store from this N-Quads file (python -m bench.synth -o)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cpu", action="store_true", help="CPU seconds of this process instead of wall-clock seconds")
    args = ap.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
    store = OxigraphStore(args.store) if args.store else OxigraphStore(None)
    t0 = time.perf_counter()
    if args.nquads and not args.store:
        import pyoxigraph as ox

        store.raw.bulk_load(path=args.nquads, format=ox.RdfFormat.N_QUADS)
        store.ensure_model()  # the model, and the report graphs merged into the default graph
    n = store.count() or load_store(store, args.triples)
    opened = time.perf_counter() - t0
    t1 = time.perf_counter()
    store.ensure_model()  # what every `sdkg ingest` runs first: nothing to do on a merged store
    print(f"store: {n:,} quads in {len(store.graphs()):,} graphs ({opened:.1f} s to open/fill; "
          f"the merge check every ingest runs first: {time.perf_counter() - t1:.3f} s)\n")
    runs = [run_once(store, clock) for _ in range(args.repeat)]
    print(f"| step | median {'CPU ' if args.cpu else ''}s (of {args.repeat}) |\n|---|---|")
    for key in runs[0]:
        print(f"| {key} | {statistics.median(r[key] for r in runs):.2f} |")


if __name__ == "__main__":
    main()
