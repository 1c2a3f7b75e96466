"""The Store that views get: every query through the query service, so every read is bounded.

`BoundedStore` speaks the Store interface (select / ask / construct with bindings, graphs,
generation, ...) but runs each query through the Executor of its server process: the time
limit, the memory limit and the result cache apply to pages, named queries, networks and
linked-data views exactly as they do to /sparql, without the views doing anything special.
Whole-store dumps are written to files through the service too (`write_dump`), under the
same limits; writes go to the store itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from sdkg.graph.store import Store, Table, Term
from sdkg.sparql.evaluate import Answer, Job
from sdkg.sparql.execute import Dump, Executor


class BoundedStore(Store):
    def __init__(self, store: Store, service: Executor):
        self.store, self.service = store, service
        self.read_only = store.read_only
        self.snapshot = store.snapshot
        self.exact_generation = store.exact_generation
        self.can_stream = store.can_stream
        self.location = store.location

    # --- reads: through the service
    def select(self, sparql: str, bindings: dict[str, Term] | None = None, max_rows: int = 0) -> Table:
        return self.service.select(sparql, bindings, max_rows)

    def ask(self, sparql: str, bindings: dict[str, Term] | None = None) -> bool:
        return self.service.ask(sparql, bindings)

    def construct(self, sparql: str, bindings: dict[str, Term] | None = None) -> list[ox.Triple]:
        return self.service.construct(sparql, bindings)

    def answer(self, job: Job) -> Answer:
        return self.service.read(job)

    def has_graph(self, graph: ox.NamedNode) -> bool:
        return self.store.has_graph(graph)

    def graphs(self) -> list[str]:
        return self.store.graphs()

    def generation(self) -> str:
        return self.store.generation()

    def refresh(self) -> None:
        self.store.refresh()

    # --- whole-store dumps: written to a file by the service, under its limits
    def write_dump(self, fmt: str, target, gzip: bool = False) -> None:
        self.service.dump(Dump(fmt, str(target), gzip))

    # --- the store's own whole-store reads (for code that runs outside the server)
    def dump(self, fmt: ox.RdfFormat, graph: ox.NamedNode | None = None) -> bytes:
        return self.store.dump(fmt, graph)

    def quads(self, graph: ox.NamedNode | ox.DefaultGraph) -> Iterator[ox.Quad]:
        return self.store.quads(graph)

    def iter_construct(self, sparql: str) -> Iterable[ox.Triple]:
        return self.store.iter_construct(sparql)

    # --- writes: the store's own
    def put_graph(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> None:
        self.store.put_graph(graph, quads)

    def drop_graph(self, graph: ox.NamedNode) -> None:
        self.store.drop_graph(graph)

    def update(self, sparql: str) -> None:
        self.store.update(sparql)

    def put_default(self, quads: list[ox.Quad]) -> None:
        self.store.put_default(quads)

    def __getattr__(self, name):
        # Backend attributes some callers print (path, endpoint); never the engine itself.
        if name in ("path", "endpoint"):
            return getattr(self.store, name, None)
        raise AttributeError(name)
