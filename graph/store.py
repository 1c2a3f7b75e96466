"""One narrow Store interface, several backends.

Everything above this layer (ingest, SPARQL service, networks, publication) speaks only these
methods, so an embedded Oxigraph, an in-memory store and a remote SPARQL 1.1 store are
interchangeable. Terms crossing the interface are pyoxigraph terms.

The default graph is a set: the RDF merge of the model and every report graph, kept by the
writes themselves. Writing a report graph adds its triples to the default graph; replacing or
dropping one removes from it the triples no other named graph states, in the same update. Queries
read that default graph (standard SPARQL, not a union of graphs that repeats a triple once per
report stating it); `GRAPH ?g` still reaches each report on its own (docs/identity.md).
"""

from __future__ import annotations

import itertools
import os
import sys
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pyoxigraph as ox
from sdkg.graph import rq
from sdkg.graph.update_scope import Scope, split_prologue, update_scope
from sdkg.ontology import LAWS, MODEL_FILES, SPARQL_PREFIXES
from sdkg.sparql.evaluate import Answer, Job, evaluate, unprojected
from sdkg.sparql.protocol import tokens

DEFAULT_STORE_DIR = "sdkg-data"
GENERATION_FILE = "sdkg-generation"
# RocksDB puts every write into an in-memory table whose cost per key grows with its size (four 200-page
# reports written one after the other: 2.3, 3.5, 4.3, 4.7 CPU s). Once this many quads have been written since
# the last flush, the table goes to disk, as closing the store would do anyway, and the next report starts an
# empty one: about a fifth less CPU for those four reports, the flush included.
FLUSH_AFTER_QUADS = 100_000
# A new report graph of at least this many quads goes in through Oxigraph's bulk loader: it sorts the keys and
# writes them as table files that RocksDB ingests in one step, instead of inserting each key into the in-memory
# table in a transaction (a 200-page report, 70,000 quads and their merge: 1.7 -> 0.7 CPU s). Below it the
# transaction is cheaper (a few table files per report would pile up; 1,000 quads: 36 against 57 ms).
BULK_MIN_QUADS = 10_000
# Up to this many the ingestion was measured to be one step that readers see whole or not at all (pyoxigraph
# 0.5: 2.5 million quads in one load, a reader reopening the store throughout); a larger graph goes through
# the transaction.
BULK_MAX_QUADS = 1_000_000  # twice as many loaded: the graph and its merge
# While a bulk load runs, this file in the store names its graph; a writer that finds it on opening drops that
# graph (a load cut off by a kill) before anything else, so a report is in the store whole or not at all.
LOADING_FILE = "sdkg-loading"

Term = ox.NamedNode | ox.BlankNode | ox.Literal


class StoreError(Exception):
    """A store that cannot be opened or written; the message says which and why."""


class QueryError(ValueError):
    """A query the store rejects (syntax, unsupported); the message is the parser's."""


@dataclass
class Table:
    """A SELECT result: variable names and rows of terms (None where unbound)."""

    variables: list[str]
    rows: list[list[Term | None]] = field(default_factory=list)
    truncated: bool = False

    def dicts(self) -> list[dict[str, Term | None]]:
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]

    def values(self) -> list[dict[str, str | None]]:
        """Rows with plain string values, for tables and CSV."""
        return [{v: (t.value if t is not None else None) for v, t in d.items()} for d in self.dicts()]


class Store(ABC):
    """The operations sdkg needs from a quad store, and flags that say what the backend can do.

    Code above this seam decides by these flags, never by the class:
    - `read_only`: writes are refused;
    - `snapshot`: the handle sees the data as it was when opened; `refresh()` after the
      generation moved on;
    - `exact_generation`: `generation()` is cheap and changes exactly when the data does (else
      it is a costly estimate: cache by time as well);
    - `can_stream`: `answer()` serialises results in the engine, without Python terms;
    - `caps_answers`: `answer()` holds results to the Job's row cap and writes CSV cells
      neutralised (False: the answer is another engine's, and the query service does both);
    - `location`: a folder other processes may open read-only, so a query can run in a process
      of its own and be killed at its time or memory limit (None: it runs where it is asked).
    """

    read_only: bool = False
    snapshot: bool = False
    exact_generation: bool = False
    can_stream: bool = False
    caps_answers: bool = True
    location: str | None = None

    # --- writing: a report graph is replaced whole or not at all
    @abstractmethod
    def put_graph(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> None:
        """Atomically make `graph` hold exactly `quads`."""

    @abstractmethod
    def drop_graph(self, graph: ox.NamedNode) -> None: ...

    def replace_graph(self, graph: ox.NamedNode, quads: list[ox.Quad], drop: Iterable[ox.NamedNode] = ()) -> None:
        """Make `graph` hold exactly `quads` and remove the graphs in `drop` (a report's older
        versions), in one transaction where the backend has one. Elsewhere the new graph is written
        first and the old ones dropped after; `sdkg ingest` repairs a replacement cut off in
        between on its next run."""
        self.put_graph(graph, quads)
        for g in drop:
            if g != graph:
                self.drop_graph(g)

    @abstractmethod
    def update(self, sparql: str) -> None:
        """A user's SPARQL Update (`/sparql`), with the merge kept: the graphs it writes leave the
        default graph before it and come back after it, in the same request (Merge.around)."""

    # --- reading
    @abstractmethod
    def has_graph(self, graph: ox.NamedNode) -> bool: ...

    @abstractmethod
    def graphs(self) -> list[str]: ...

    @abstractmethod
    def select(self, sparql: str, bindings: dict[str, Term] | None = None) -> Table:
        """Run a SELECT over the default graph: the merge of the model and all report graphs, a set."""

    @abstractmethod
    def ask(self, sparql: str, bindings: dict[str, Term] | None = None) -> bool: ...

    @abstractmethod
    def construct(self, sparql: str, bindings: dict[str, Term] | None = None) -> list[ox.Triple]: ...

    @abstractmethod
    def dump(self, fmt: ox.RdfFormat, graph: ox.NamedNode | None = None) -> bytes:
        """All quads (or one graph's triples) serialised in `fmt`."""

    def count(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return int(rows[0][0].value) if rows and rows[0][0] is not None else 0

    def generation(self) -> str:
        """Changes whenever the data changes; used to key result caches."""
        return "0"

    def ensure_model(self) -> None:
        """Load the ontology and thesauri into the default graph, and merge into it report graphs
        written without it (a bulk load, a store of an older layout); idempotent and cheap when
        both are there."""
        self.ensure_merged()  # first: a new model replaces the default graph's own triples, its marker too
        quads = model_quads()
        if not self.has_default(quads):
            self.put_default(quads)

    def has_default(self, quads: list[ox.Quad]) -> bool:
        """Whether the default graph holds all of `quads`."""
        # A SELECT of one missing triple, not an ASK around FILTER NOT EXISTS: Virtuoso answers that true.
        return not self.select(f"SELECT ?s WHERE {{ VALUES (?s ?p ?o) {{ {_rows(quads)} }} "
                               "FILTER NOT EXISTS { ?s ?p ?o } } LIMIT 1").rows

    def ensure_merged(self) -> None:  # noqa: B027 - backends that keep the merge override it
        """Add to the default graph the report graphs it lacks (written by a bulk load)."""

    @abstractmethod
    def put_default(self, quads: list[ox.Quad]) -> None:
        """Make the default graph's own triples (those no report graph states: the model) exactly
        `quads`, atomically; the report graphs' triples stay merged in it."""

    def answer(self, job: Job) -> Answer:
        """One SPARQL Protocol read (sparql.evaluate.Job), answered in the requested format."""
        return Answer.text(501, "this request is not supported on this server's store")

    def iter_construct(self, sparql: str) -> Iterable[ox.Triple]:
        """A CONSTRUCT's triples; backends that can stream them do so instead of building a list."""
        return self.construct(sparql)

    def refresh(self) -> None:  # noqa: B027 - only snapshot handles need it
        """See writes made since the handle was opened (snapshot handles)."""

    def quads(self, graph: ox.NamedNode | ox.DefaultGraph) -> Iterator[ox.Quad]:
        """The quads of one graph: a named one, or the default graph's own triples (the model; the
        report graphs' triples merged into it are theirs)."""
        if isinstance(graph, ox.DefaultGraph):
            triples = self.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }")
            graph = ox.DefaultGraph()
        else:
            triples = self.construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph.value}> {{ ?s ?p ?o }} }}")
        return (ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)

    def close(self) -> None:  # noqa: B027 - optional for backends
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _with_prefixes(sparql: str) -> str:
    return SPARQL_PREFIXES + sparql


class OxigraphStore(Store):
    """Embedded Oxigraph: on disk (`path`) or in memory (`path=None`)."""

    exact_generation = True
    can_stream = True

    def __init__(self, path: str | os.PathLike | None = None, read_only: bool = False, *,
                 lock_timeout: float = 0.0, on_wait=None):
        """`lock_timeout`: seconds a writable handle waits for another process that holds the
        store's lock (`on_wait(message)` is told once, default: a line on stderr); 0 fails at once."""
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self.snapshot = read_only and self.path is not None
        self.location = str(self.path.resolve()) if self.path is not None else None
        self._lock = threading.Lock()
        self._memory_generation = 0
        self._unflushed = 0  # quads written since the last flush
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                if not (self.path / "CURRENT").exists():
                    raise StoreError(f"{self.path}: no sdkg store here (run `sdkg ingest` first)")
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = self._open_writable(lock_timeout, on_wait)
                # A writer killed between a commit and its generation step leaves nothing stale
                # for longer than this: each writer starts by moving the generation on.
                self._touch()
                self._recover()
        except OSError as e:
            hint = " (another process is writing it; readers can use a read-only handle)" if _locked(e) else ""
            raise StoreError(f"{self.path}: cannot open store: {e}{hint}") from e

    def _open_writable(self, lock_timeout: float, on_wait) -> ox.Store:
        """One writer at a time: while another process holds the lock, wait for it (up to
        `lock_timeout` seconds), saying so once."""
        deadline = time.monotonic() + max(0.0, lock_timeout)
        told = False
        pause = 0.05
        while True:
            try:
                return ox.Store(str(self.path))
            except OSError as e:
                if not _locked(e) or time.monotonic() + pause > deadline:
                    if _locked(e) and lock_timeout > 0:
                        raise StoreError(f"{self.path}: another process is still writing this store after "
                                         f"{lock_timeout:g} s of waiting (setting lock_timeout)") from e
                    raise
                if not told:
                    message = (f"waiting for another sdkg process writing to {self.path} "
                               f"(up to {lock_timeout:g} s; setting lock_timeout)")
                    if on_wait is None:
                        print(f"sdkg: {message}", file=sys.stderr, flush=True)
                    else:
                        on_wait(message)
                    told = True
                time.sleep(pause)
                pause = min(pause * 2, 1.0)

    @property
    def raw(self) -> ox.Store:
        """The pyoxigraph store (bulk loading in benchmarks); code above the seam does not use it."""
        return self._store

    def refresh(self) -> None:
        """Read-only handles are snapshots: reopen to see later writes."""
        if self.read_only and self.path is not None:
            # A writer compacting at this moment can make the open fail on a vanished file; retry.
            for attempt in range(20):
                try:
                    self._store = ox.Store.read_only(str(self.path))
                    return
                except (OSError, RuntimeError):
                    if attempt == 19:
                        raise
                    time.sleep(0.05 * (attempt + 1))

    def _touch(self) -> None:
        self._memory_generation += 1
        if self.path is not None:  # replaced atomically: readers never see a half-written file
            tmp = self.path / (GENERATION_FILE + ".tmp")
            tmp.write_text(f"{self._generation_base() + 1}:{os.urandom(6).hex()}")
            os.replace(tmp, self.path / GENERATION_FILE)

    def _generation_base(self) -> int:
        try:
            return int(self.generation().split(":")[0])
        except ValueError:
            return 0

    def generation(self) -> str:
        if self.path is None:
            return str(self._memory_generation)
        try:
            return (self.path / GENERATION_FILE).read_text()
        except FileNotFoundError:
            return "0"

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: store is opened read-only")

    # Every write moves the generation on before it commits and again after: data never changes
    # under a generation a reader has already seen, even when the writer dies half-way.
    def put_graph(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> None:
        self._check_writable()
        with self._lock:
            self._touch()
            self._write(graph, quads, [])
            self._touch()

    def _write(self, graph: ox.NamedNode, quads: list[ox.Quad], drop: list[ox.NamedNode]) -> None:
        """`graph` written with `quads` (and merged into the default graph), the graphs in `drop` (older versions
        of the report) gone; a reader sees each version whole or not at all, never part of one."""
        old = [g for g in drop if g != graph and self._store.contains_named_graph(g)]
        if self._store.contains_named_graph(graph):
            # Graph names derive from the file's hash, so it already holds this content: one
            # transaction drops and writes it.
            self._store.update(_replace_update(graph, quads, [*old, graph]))
            self._written(2 * len(quads))
        elif self.path is not None and BULK_MIN_QUADS <= len(quads) <= BULK_MAX_QUADS and not _blank(
                quads, named := _named_nquads(graph, quads)):
            self._load(graph, named, old)
        elif old:  # one transaction: the old versions out, the new one in
            self._store.update(_replace_update(graph, quads, [*old, graph]))
            self._written(2 * len(quads))
        else:  # one transaction: the report graph, and its triples merged into the default graph
            self._store.extend(_merged(graph, quads))
            self._written(2 * len(quads))

    def _load(self, graph: ox.NamedNode, named: bytes, old: list[ox.NamedNode]) -> None:
        """A new report graph (`named`: its quads as N-Quads) and its merge into the default graph, through the
        bulk loader: one ingestion that readers see whole or not at all; then the report's older versions `old`
        out, in one transaction (in between a reader sees both versions, each whole, as on a remote store:
        docs/ingest.md). The journal (LOADING_FILE) names the new graph and the old ones: after a kill before the
        old ones are gone, the next writer drops what of the new one got in; after a kill past that, the new one
        is whole and stays (`_recover`)."""
        journal = self.path / LOADING_FILE
        tmp = self.path / (LOADING_FILE + ".tmp")
        tmp.write_text("\n".join([graph.value, *(g.value for g in old)]), encoding="utf-8")
        os.replace(tmp, journal)  # whole or absent: a kill before this line has loaded nothing yet
        self._store.bulk_load(_merged_nquads(graph, named), format=ox.RdfFormat.N_QUADS, lenient=True)
        if old:
            self._store.update(_drop_update(old))
        journal.unlink()

    def _recover(self) -> None:
        """Finish what a writer killed during a bulk load left: its graph out (with what only it merged into the
        default graph) unless the older versions it replaced are gone already (it was loaded whole before they
        went), and the loader's unfinished table files removed."""
        journal = self.path / LOADING_FILE
        if journal.exists():
            iri, *old = journal.read_text(encoding="utf-8").split() or [""]
            if iri and (not old or any(self._store.contains_named_graph(ox.NamedNode(g)) for g in old)):
                self.drop_graph(ox.NamedNode(iri))
            journal.unlink()
        for leftover in self.path.glob("bulk-*.sst"):  # the loader's files, never ingested; we hold the lock
            leftover.unlink(missing_ok=True)

    def _written(self, quads: int) -> None:
        """Count a write; flush the in-memory table to disk past FLUSH_AFTER_QUADS (on-disk stores)."""
        self._unflushed += quads
        if self.path is not None and self._unflushed >= FLUSH_AFTER_QUADS:
            self._store.flush()
            self._unflushed = 0

    def replace_graph(self, graph: ox.NamedNode, quads: list[ox.Quad], drop: Iterable[ox.NamedNode] = ()) -> None:
        self._check_writable()
        with self._lock:
            self._touch()
            self._write(graph, quads, list(drop))
            self._touch()

    def has_default(self, quads: list[ox.Quad]) -> bool:
        return all(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) in self._store
                   for q in quads)

    def put_default(self, quads: list[ox.Quad]) -> None:
        self._check_writable()
        with self._lock:
            self._touch()
            self._store.update(_replace_update(None, quads, []))  # the old own triples out, the new in, at once
            self._touch()

    def ensure_merged(self) -> None:
        if self.read_only or not self.select(rq.text("store-unmerged")).rows:
            return
        with self._lock:
            self._touch()
            # A rebuild, not a transaction (a bulk load may hold millions): its marker stays in the
            # default graph until it is done, so a rebuild cut off is found and run again.
            self._store.update(DEFAULT_MERGE.insert(REBUILDING))
            self._store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                                    for q in self._store.quads_for_pattern(None, None, None, None)
                                    if isinstance(q.graph_name, ox.NamedNode))
            self._store.update(DEFAULT_MERGE.delete(REBUILDING))
            self._touch()

    def drop_graph(self, graph: ox.NamedNode) -> None:
        self._check_writable()
        with self._lock:
            if self._store.contains_named_graph(graph):
                self._touch()
                self._store.update(_drop_update([graph]))
                self._touch()

    def update(self, sparql: str) -> None:
        self._check_writable()
        text = _with_prefixes(sparql)
        self._touch()
        try:
            self._store.update(DEFAULT_MERGE.around(text, update_scope(text)))  # one transaction
        except SyntaxError as e:
            raise QueryError(str(e)) from e
        finally:
            self._touch()

    def has_graph(self, graph: ox.NamedNode) -> bool:
        return self._store.contains_named_graph(graph)

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def _query(self, sparql: str, bindings: dict[str, Term] | None):
        subs = {ox.Variable(k): v for k, v in (bindings or {}).items()} or None
        try:
            return self._store.query(_with_prefixes(sparql), substitutions=subs)
        except SyntaxError as e:
            raise QueryError(str(e)) from e
        except RuntimeError as e:
            if subs and "projection" in str(e):
                raise QueryError(f"cannot bind a parameter: {unprojected(e)}") from e
            raise

    def select(self, sparql: str, bindings: dict[str, Term] | None = None) -> Table:
        result = self._query(sparql, bindings)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("not a SELECT query")
        variables = [v.value for v in result.variables]
        return Table(variables, [[sol[v] for v in variables] for sol in result])

    def ask(self, sparql: str, bindings: dict[str, Term] | None = None) -> bool:
        result = self._query(sparql, bindings)
        if not isinstance(result, ox.QueryBoolean):
            raise QueryError("not an ASK query")
        return bool(result)

    def construct(self, sparql: str, bindings: dict[str, Term] | None = None) -> list[ox.Triple]:
        result = self._query(sparql, bindings)
        if not isinstance(result, ox.QueryTriples):
            raise QueryError("not a CONSTRUCT or DESCRIBE query")
        return list(result)

    def iter_construct(self, sparql: str) -> Iterable[ox.Triple]:
        return self._query(sparql, None)

    def answer(self, job: Job) -> Answer:
        return evaluate(self._store, job)

    def quads(self, graph: ox.NamedNode | ox.DefaultGraph | None = None) -> Iterator[ox.Quad]:
        if graph is None:  # every quad: the default graph's own ones and the report graphs'
            return itertools.chain(self.quads(ox.DefaultGraph()),
                                   (q for q in self._store.quads_for_pattern(None, None, None, None)
                                    if isinstance(q.graph_name, ox.NamedNode)))
        if isinstance(graph, ox.DefaultGraph):
            return super().quads(graph)
        return iter(self._store.quads_for_pattern(None, None, None, graph))

    def dump(self, fmt: ox.RdfFormat, graph: ox.NamedNode | None = None) -> bytes:
        if graph is None and not fmt.supports_datasets:
            raise StoreError(f"{fmt.name} holds no named graphs: name one graph, or use TriG / N-Quads")
        if graph is None:  # the dataset as written: the model and the report graphs, not the merge
            return ox.serialize(self.quads(None), format=fmt)
        return self._store.dump(format=fmt, from_graph=graph)

    def close(self) -> None:
        """Flush and release the handle (and the on-disk lock with it)."""
        store = self.__dict__.pop("_store", None)
        if store is not None and self.path is not None and not self.read_only:
            store.flush()


def _merged(graph: ox.NamedNode, quads: list[ox.Quad]) -> list[ox.Quad]:
    """`quads` in `graph` (as given when they are there already: the builder writes them so) and their
    triples in the default graph, for one transaction."""
    named = quads if all(q.graph_name == graph for q in quads) else [
        ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads]
    return [*named, *(ox.Quad(q.subject, q.predicate, q.object) for q in quads)]


def _blank(quads: list[ox.Quad], nquads: bytes | None = None) -> bool:
    """Whether a quad holds a blank node (the bulk loader reads them from text as new ones; a transaction keeps
    those given). `nquads`: the quads serialised; a blank node is written "_:id", so text without "_:" has none
    and the quads need no look."""
    if nquads is not None and b"_:" not in nquads:
        return False
    return any(isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode) for q in quads)


def _named_nquads(graph: ox.NamedNode, quads: list[ox.Quad]) -> bytes:
    """The quads in `graph`, as N-Quads (Oxigraph serialises them)."""
    if not all(q.graph_name == graph for q in quads):
        quads = [ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads]
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)


def _merged_nquads(graph: ox.NamedNode, named: bytes) -> bytes:
    """`_merged` as N-Quads for the bulk loader, from the report graph's (`_named_nquads`): their default-graph
    copies are the same lines without the graph name (no line holds a raw line break, so every " <graph> .\n" is
    a line's end). The report graph's lines come first: a load cut off part-way then leaves no merged triple
    without its report-graph quad, which dropping the graph could not find."""
    return named + named.replace(f" <{graph.value}> .\n".encode(), b" .\n")


def _drop_update(graphs: list[ox.NamedNode]) -> str:
    """One SPARQL update: the graphs out, and out of the default graph what only they stated."""
    return " ;\n".join([*DEFAULT_MERGE.remove(graphs), *(f"DROP SILENT GRAPH <{g.value}>" for g in graphs)])


def _replace_update(graph: ox.NamedNode | None, quads: Iterable[ox.Quad], drop: list[ox.NamedNode]) -> str:
    """One SPARQL update (Oxigraph runs it as one transaction): drop the graphs in `drop` and take
    out of the default graph what only they stated, then write `quads` into `graph` and merge them
    into the default graph (None: make them the default graph's own triples)."""
    body = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads),
                        format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    if graph is None:
        return " ;\n".join([DEFAULT_MERGE.clear_own(), DEFAULT_MERGE.insert(body)])
    ops = [*DEFAULT_MERGE.remove(drop), *(f"DROP SILENT GRAPH <{g.value}>" for g in drop)]
    # ADD rather than the data twice: a blank node may not stand in two INSERT DATA blocks
    ops += [f"INSERT DATA {{ GRAPH <{graph.value}> {{\n{body}}} }}", *DEFAULT_MERGE.add([graph])]
    return " ;\n".join(ops)


@dataclass(frozen=True)
class Merge:
    """Where a store keeps the merge of the model and its report graphs (the default graph that
    queries read), and the SPARQL Update operations that keep it: `graph` None is the store's own
    default graph; a named graph stands in for it where the default graph cannot be written
    (Virtuoso), and reads then name it as their default graph."""

    graph: ox.NamedNode | None = None

    @property
    def pattern(self) -> str:
        return "?s ?p ?o" if self.graph is None else f"GRAPH {self.graph} {{ ?s ?p ?o }}"

    def add(self, graphs: Iterable[ox.NamedNode]) -> list[str]:
        """Merge the triples of `graphs` in (a missing graph adds nothing)."""
        into = "DEFAULT" if self.graph is None else f"GRAPH {self.graph}"
        return [f"ADD SILENT GRAPH <{g.value}> TO {into}" for g in graphs]

    def remove(self, graphs: Iterable[ox.NamedNode]) -> list[str]:
        """To run before `graphs` are dropped or rewritten: out of the merge go the triples they state
        that no other named graph does. The model's law concepts, which report graphs describe too,
        are written back after (no other model triple has a subject a report describes)."""
        iris = [f"<{g.value}>" for g in graphs]
        if not iris:
            return []
        others = [*iris, *([str(self.graph)] if self.graph is not None else [])]
        return [rq.render("store-unmerge", merged=self.pattern, graphs=" ".join(iris), others=", ".join(others)),
                self.insert(_protected())]

    def delete(self, body: str) -> str:
        """DELETE DATA of N-Triples `body` from the merge."""
        return f"DELETE DATA {{\n{body}}}" if self.graph is None else f"DELETE DATA {{ GRAPH {self.graph} {{\n{body}}} }}"

    def insert(self, body: str) -> str:
        """INSERT DATA of N-Triples `body` into the merge, as its own triples."""
        return f"INSERT DATA {{\n{body}}}" if self.graph is None else f"INSERT DATA {{ GRAPH {self.graph} {{\n{body}}} }}"

    def around(self, update: str, scope: Scope) -> str:
        """`update` (a user's) with the merge kept, as one request: the named graphs it writes leave
        the merge before it and come back after it; where it cannot say which (`GRAPH ?g` in a
        template, `DROP NAMED`), all of them; where it deletes from the default graph itself, what
        the named graphs state is put back after it (a triple stays in the merge while a named graph
        states it)."""
        if scope.graphs is None:
            before, after = self.remove_all(), [self.add_all()]
        else:
            graphs = [ox.NamedNode(g) for g in sorted(scope.graphs) if g != (self.graph and self.graph.value)]
            before, after = self.remove(graphs), self.add(graphs)
        if scope.deletes_default:
            after = [self.add_all()]
        prologue, operations = split_prologue(update)
        # the user's operations between separators of their own lines (a comment may end them)
        return prologue + "\n;\n".join([*before, _without_trailing_separator(operations), *after])

    def remove_all(self) -> list[str]:
        """Out of the merge go the triples any named graph states (the law thesaurus written back)."""
        not_itself = "" if self.graph is None else f"FILTER(?g != {self.graph})"
        return [f"DELETE {{ {self.pattern} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {not_itself} }}", self.insert(_protected())]

    def add_all(self) -> str:
        """Into the merge go the triples every named graph states."""
        not_itself = "" if self.graph is None else f"FILTER(?g != {self.graph})"
        return f"INSERT {{ {self.pattern} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {not_itself} }}"

    def clear_own(self) -> str:
        """Out of the merge go its own triples (the model), those no report graph states."""
        not_itself = "" if self.graph is None else f"FILTER(?g != {self.graph})"
        return rq.render("store-clear-own", merged=self.pattern, not_itself=not_itself)


DEFAULT_MERGE = Merge()
# In the merge while it is rebuilt from the named graphs (graph/queries/store-unmerged.rq asks for it).
REBUILDING = '<urn:sdkg:merge> <urn:sdkg:rebuilding> "true" .\n'


def _without_trailing_separator(update: str) -> str:
    toks = tokens(update)
    return update[:toks[-1][2]] if toks and toks[-1][0] == "semi" else update


@cache
def model_quads() -> list[ox.Quad]:
    """The model: ontology and thesauri, as default-graph quads."""
    quads = []
    for path in MODEL_FILES:
        if Path(path).exists():
            quads.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
                         for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    return quads


@cache
def _protected() -> str:
    """The law thesaurus as N-Triples: the only model triples report graphs may state too."""
    return ox.serialize(ox.parse(path=str(LAWS), format=ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_TRIPLES).decode()


def _rows(quads: Iterable[ox.Quad]) -> str:
    return " ".join(f"({q.subject} {q.predicate} {q.object})" for q in quads)


def _locked(e: OSError) -> bool:
    return "LOCK" in str(e)


def iter_quads(store: Store, graph: ox.NamedNode) -> Iterable[ox.Quad]:
    return store.quads(graph)
