"""Remote stores against the embedded one: loading synthetic report graphs through each write path
(embedded put_graph, SPARQL Update, Graph Store PUT) and the named queries on each backend.
Servers run locally on free ports: `oxigraph serve --union-default-graph` and, when installed, a
private Virtuoso.

    python -m bench.bench_remote [--triples 20000] [--repeat 5] [--no-virtuoso]
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import tempfile
import time
from pathlib import Path

from sdkg.graph.iris import Minter
from sdkg.graph.remote import RemoteStore
from sdkg.graph.store import OxigraphStore, StoreError
from sdkg.sparql.library import library

from bench.synth import load_store
from tests.remote.servers import VIRTUOSO, oxigraph_server, virtuoso_server

# Synthetic municipalities have codes no real municipality has: bind their IRI directly.
TIMEOUT = 60.0
ONE_MUNICIPALITY = ("neighbourhoods", "partners", "shared-partners", "laws-by-municipality")


def time_queries(store, repeat: int) -> dict[str, float]:
    out = {}
    for name, q in library().items():
        bindings = q.bind({k: "GM0546" for k in ("municipality",) if name in ONE_MUNICIPALITY})
        if name in ONE_MUNICIPALITY:
            bindings["municipality"] = Minter().municipality("GM9000")
        runs = []
        for _ in range(repeat):
            t = time.perf_counter()
            try:
                store.select(q.sparql, bindings)
            except StoreError:  # the remote timed out: report it, go on
                runs = [float("inf")]
                break
            runs.append((time.perf_counter() - t) * 1000)
        out[name] = statistics.median(runs)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-virtuoso", action="store_true")
    args = ap.parse_args()

    loads: dict[str, tuple[int, float]] = {}
    queries: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        tmp = Path(tmp)
        backends = {"embedded (disk)": lambda: OxigraphStore(tmp / "embedded")}
        ox_base = stack.enter_context(oxigraph_server(tmp / "ox"))
        backends["oxigraph serve, Update"] = lambda: RemoteStore(ox_base + "/query", ox_base + "/update")
        backends["oxigraph serve, GSP"] = lambda: RemoteStore(ox_base + "/query", ox_base + "/update",
                                                               graph_store=ox_base + "/store")
        if VIRTUOSO and not args.no_virtuoso:
            v = stack.enter_context(virtuoso_server(tmp / "virtuoso"))
            auth = v.replace("http://", "http://dba:dba@")
            backends["Virtuoso, Update"] = lambda: RemoteStore(v + "/sparql", auth + "/sparql-auth")
            backends["Virtuoso, GSP"] = lambda: RemoteStore(v + "/sparql", auth + "/sparql-auth",
                                                            graph_store=auth + "/sparql-graph-crud-auth")
        for label, make in backends.items():
            store = make()
            if isinstance(store, RemoteStore):
                for g in store.graphs():
                    store.drop_graph(__import__("pyoxigraph").NamedNode(g))
            t = time.perf_counter()
            n = load_store(store, args.triples)
            loads[label] = (n, time.perf_counter() - t)
            print(f"{label}: loaded {n} triples in {loads[label][1]:.1f}s", flush=True)
            if not label.endswith("GSP"):  # same server, same data: time the queries once per engine
                queries[label.split(",")[0]] = time_queries(store, args.repeat)
            store.close()

    print("\n| write path | triples | seconds | triples/s |\n|---|---:|---:|---:|")
    for label, (n, s) in loads.items():
        print(f"| {label} | {n:,} | {s:.1f} | {n / s:,.0f} |")
    engines = list(queries)
    print("\n| named query (median ms) | " + " | ".join(engines) + " |")
    print("|---|" + "---:|" * len(engines))
    for name in library():
        cells = [f"{queries[e][name]:.0f}" if queries[e][name] != float("inf") else f"> {TIMEOUT:.0f} s"
                 for e in engines]
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
