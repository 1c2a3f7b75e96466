"""Running SPARQL for the service: limits, a result cache, and the one-writer rule.

pyoxigraph cannot interrupt a query, so queries on the embedded on-disk store run in evaluator
processes, each holding a read-only snapshot of the store (reopened when the store generation
moves on). A query that overruns SDKG_QUERY_TIMEOUT has its evaluator killed and replaced;
the other evaluators keep answering. Writes (SPARQL Update, Graph Store PUT/POST/DELETE) run in
a writer process that opens the store read-write only for the duration of one write, under a
file lock, so any number of server workers share the store with `sdkg ingest` without breaking
Oxigraph's one-writer rule; a write that meets another writer gets 503 and may retry.

Results are capped at SDKG_MAX_ROWS (rows of a SELECT, triples of a CONSTRUCT/DESCRIBE): the
engine streams into a counting sink that stops evaluation once the cap is passed.

In-memory stores (tests, quick looks) are evaluated in-process: the time limit is then only
a deadline for the answer, the query itself runs on.
"""

from __future__ import annotations

import atexit
import fcntl
import hashlib
import queue
import socket
import subprocess
import sys
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox
from sdkg.ontology import PREFIXES
from sdkg.sparql.protocol import (
    GRAPH_FORMATS,
    RESULTS,
    ProtocolError,
    content_type,
    has_dataset_clause,
    mime,
    negotiate,
)

WRITE_LOCK = "sdkg-write.lock"


class QueryTimeout(Exception):
    pass


@dataclass
class Answer:
    """What goes back to the client: status, media type, body and whether rows were cut."""

    status: int
    content_type: str
    body: bytes
    truncated: bool = False
    headers: dict = field(default_factory=dict)

    @classmethod
    def text(cls, status: int, message: str, headers: dict | None = None) -> Answer:
        return cls(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode(), headers=headers or {})


@dataclass
class Job:
    """One read: a query with its protocol dataset and format, or a whole-graph fetch."""

    kind: str  # "query" | "graph"
    text: str = ""
    media_type: str | None = None  # chosen format; None: negotiate after evaluation
    accept: str | None = None
    format_param: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    base_iri: str | None = None
    max_rows: int = 0
    graph: str | None = None  # kind == "graph": an IRI, or None for the default graph

    def key(self) -> tuple:
        return (self.kind, self.text, self.media_type, self.default_graphs, self.named_graphs, self.base_iri,
                self.max_rows, self.graph)


# --- evaluation (runs in an evaluator process, or in-process for in-memory stores) ------------------

class _Full(Exception):
    """Raised by the counting sink to stop the engine once the row cap is passed."""


class _LineSink:
    """A binary sink that keeps at most `limit` lines and stops the writer after that."""

    def __init__(self, limit: int):
        self.limit, self.lines, self.chunks = limit, 0, []

    def write(self, b) -> int:
        b = bytes(b)
        self.chunks.append(b)
        self.lines += b.count(b"\n")
        if self.lines > self.limit:
            raise _Full
        return len(b)

    def flush(self) -> None:
        pass

    def head(self) -> tuple[bytes, bool]:
        data = b"".join(self.chunks)
        if self.lines <= self.limit:
            return data, False
        cut = -1
        for _ in range(self.limit):
            cut = data.index(b"\n", cut + 1)
        return data[:cut + 1], True


def _format(media_type: str):
    for fmt in [RESULTS.JSON, RESULTS.XML, RESULTS.CSV, RESULTS.TSV] + GRAPH_FORMATS:
        if mime(fmt) == media_type:
            return fmt
    raise ValueError(media_type)


def _form_of(result) -> str:
    if isinstance(result, ox.QueryBoolean):
        return "ask"
    if isinstance(result, ox.QuerySolutions):
        return "select"
    return "construct"


def _truncation_note(body: bytes, fmt, max_rows: int) -> bytes:
    if fmt == RESULTS.JSON and body.endswith(b"}"):
        return body[:-1] + b',"truncated":true,"maxRows":%d}' % max_rows
    return body


def _serialise_solutions(result: ox.QuerySolutions, fmt, max_rows: int) -> tuple[bytes, bool]:
    if not max_rows:
        return result.serialize(format=fmt), False
    # TSV writes one solution per line (newlines in literals are escaped), so lines count rows.
    sink = _LineSink(max_rows + 1)
    try:
        result.serialize(sink, format=RESULTS.TSV)
    except _Full:
        pass
    tsv, truncated = sink.head()
    if fmt == RESULTS.TSV:
        return tsv, truncated
    body = ox.parse_query_results(tsv, format=RESULTS.TSV).serialize(format=fmt)
    return (_truncation_note(body, fmt, max_rows) if truncated else body), truncated


def _serialise_triples(triples, fmt, max_rows: int) -> tuple[bytes, bool]:
    if not max_rows:
        return ox.serialize(triples, format=fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TURTLE else None), False
    sink = _LineSink(max_rows)
    try:
        ox.serialize(triples, sink, format=ox.RdfFormat.N_TRIPLES)
    except _Full:
        pass
    nt, truncated = sink.head()
    if fmt == ox.RdfFormat.N_TRIPLES:
        return nt, truncated
    parsed = ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(parsed, format=fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TURTLE else None), truncated


def evaluate(store: ox.Store, job: Job) -> Answer:
    """Run one read job against a pyoxigraph store and serialise the answer."""
    if job.kind == "graph":
        return _get_graph(store, job)
    kwargs = {}
    if job.default_graphs or job.named_graphs:
        # The protocol dataset replaces the query's own (FROM / FROM NAMED).
        kwargs["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
        if job.named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    elif not has_dataset_clause(job.text):
        kwargs["use_default_graph_as_union"] = True
    try:
        result = store.query(job.text, base_iri=job.base_iri, prefixes=PREFIXES, **kwargs)
        form = _form_of(result)
        if job.media_type:
            fmt = _format(job.media_type)
        else:
            fmt = negotiate(form, job.accept, job.format_param)
        if form == "ask":
            return Answer(200, content_type(fmt), result.serialize(format=fmt))
        if form == "select":
            body, truncated = _serialise_solutions(result, fmt, job.max_rows)
        else:
            body, truncated = _serialise_triples(result, fmt, job.max_rows)
        return Answer(200, content_type(fmt), body, truncated)
    except SyntaxError as e:
        return Answer.text(400, f"SPARQL syntax error: {e}")
    except ProtocolError as e:
        return Answer.text(e.status, e.message)
    except (TypeError, ValueError) as e:
        return Answer.text(400, f"cannot answer this query: {e}")
    except (OSError, RuntimeError) as e:
        return Answer.text(500, f"store error: {e}")


def _get_graph(store: ox.Store, job: Job) -> Answer:
    fmt = _format(job.media_type)
    if job.graph is None:
        quads = store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    else:
        g = ox.NamedNode(job.graph)
        if not store.contains_named_graph(g):
            return Answer.text(404, f"no graph <{job.graph}> in this store")
        quads = store.quads_for_pattern(None, None, None, g)
    triples = (q.triple for q in quads)
    body = ox.serialize(triples, format=fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TURTLE else None)
    return Answer(200, content_type(fmt), body)


# --- writes ------------------------------------------------------------------------------------------

@dataclass
class Write:
    kind: str  # "update" | "put" | "post" | "delete"
    text: str = ""
    base_iri: str | None = None
    graph: str | None = None  # None: the default graph
    data: bytes = b""
    media_type: str = "text/turtle"


def apply_write(store, w: Write) -> Answer:
    """Apply one write to a writable graph.store.OxigraphStore (which bumps the generation)."""
    from sdkg.graph.store import QueryError

    try:
        if w.kind == "update":
            base = f"BASE <{w.base_iri}>\n" if w.base_iri else ""
            store.update(base + w.text)
            return Answer(204, "text/plain", b"")
        g = ox.NamedNode(w.graph) if w.graph else None
        existed = store.has_graph(g) if g is not None else True
        if w.kind == "delete":
            if not existed:
                return Answer.text(404, f"no graph <{w.graph}> in this store")
            if g is None:
                store.put_default([])
            else:
                store.drop_graph(g)
            return Answer(204, "text/plain", b"")
        fmt = ox.RdfFormat.from_media_type(w.media_type)
        if fmt is None:
            return Answer.text(415, f"cannot read {w.media_type}: send Turtle, N-Triples, RDF/XML or JSON-LD")
        target = g or ox.DefaultGraph()
        new = [ox.Quad(t.subject, t.predicate, t.object, target)
               for t in ox.parse(w.data, format=fmt, base_iri=w.graph or w.base_iri, without_named_graphs=True)]
        if w.kind == "post" and existed:
            new = list(store.raw.quads_for_pattern(None, None, None, target)) + new
        if g is None:
            store.put_default(new)
        else:
            store.put_graph(g, new)
        return Answer(201 if not existed else 204, "text/plain", b"")
    except (SyntaxError, QueryError) as e:
        return Answer.text(400, f"cannot parse the {'update' if w.kind == 'update' else 'RDF payload'}: {e}")
    except OSError as e:
        return Answer.text(500, f"store error: {e}")


def _write_on_disk(path: str, w: Write) -> Answer:
    from sdkg.graph.store import OxigraphStore, StoreError

    with open(Path(path) / WRITE_LOCK, "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            store = OxigraphStore(path)
        except StoreError as e:
            return Answer.text(503, f"the store is being written by another process; retry later ({e})",
                               {"Retry-After": "5"})
        try:
            return apply_write(store, w)
        finally:
            store.close()
            del store  # releases RocksDB's LOCK for the next writer


# --- evaluator processes -----------------------------------------------------------------------------

def _open_snapshot(path: str) -> ox.Store:
    # A writer's compaction can delete a file between reading the manifest and opening it: retry.
    for attempt in range(20):
        try:
            return ox.Store.read_only(path)
        except (OSError, RuntimeError):
            if attempt == 19:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError


def _evaluator_main(fd: int, path: str) -> None:
    conn = Connection(fd)
    store, generation = None, None
    while True:
        try:
            op, payload, gen = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if op == "read":
                if store is None or gen != generation:
                    store, generation = _open_snapshot(path), gen
                answer = evaluate(store, payload)
                if answer.status == 500:  # files of an old snapshot compacted away: take a fresh one
                    store = _open_snapshot(path)
                    answer = evaluate(store, payload)
            else:
                answer = _write_on_disk(path, payload)
        except (OSError, RuntimeError) as e:
            store, answer = None, Answer.text(503, f"the store cannot be read right now: {e}", {"Retry-After": "1"})
        conn.send(answer)


class _Evaluator:
    def __init__(self, path: str):
        parent, child = socket.socketpair()
        self.proc = subprocess.Popen([sys.executable, "-m", "sdkg.sparql.execute", str(child.fileno()), path],
                                     pass_fds=[child.fileno()])
        child.close()
        self.conn = Connection(parent.detach())

    def call(self, message, timeout: float):
        self.conn.send(message)
        if not self.conn.poll(timeout):
            raise QueryTimeout
        return self.conn.recv()

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()
        self.conn.close()


class EvaluatorPool:
    """Up to `size` evaluator processes for one store folder; an overrunning one is killed."""

    def __init__(self, path: str, size: int):
        self.path, self.size = path, max(1, size)
        self._idle: queue.LifoQueue[_Evaluator] = queue.LifoQueue()
        self._lock = threading.Lock()
        self._count = 0
        self._all: set[_Evaluator] = set()
        atexit.register(self.close)

    def _acquire(self, deadline: float) -> _Evaluator:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            spawn = self._count < self.size
            if spawn:
                self._count += 1
        if spawn:
            try:
                ev = _Evaluator(self.path)
            except OSError:
                with self._lock:
                    self._count -= 1
                raise
            with self._lock:
                self._all.add(ev)
            return ev
        try:
            return self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise QueryTimeout from None

    def _discard(self, ev: _Evaluator) -> None:
        ev.kill()
        with self._lock:
            self._count -= 1
            self._all.discard(ev)

    def run(self, message, timeout: float) -> Answer:
        deadline = time.monotonic() + timeout
        ev = self._acquire(deadline)
        try:
            answer = ev.call(message, max(0.0, deadline - time.monotonic()))
        except QueryTimeout:
            self._discard(ev)
            raise
        except (EOFError, OSError) as e:
            self._discard(ev)
            return Answer.text(500, f"the query evaluator stopped: {e}")
        self._idle.put(ev)
        return answer

    def close(self) -> None:
        with self._lock:
            evs = list(self._all)
            self._all.clear()
        for ev in evs:
            ev.kill()


# --- the result cache ----------------------------------------------------------------------------------

class ResultCache:
    """Serialised answers by (generation, job); least recently used go first past `max_bytes`."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self._items: OrderedDict[tuple, Answer] = OrderedDict()
        self._size = 0
        self._generation = None
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, generation: str, key: tuple) -> Answer | None:
        with self._lock:
            if generation != self._generation:
                self._items.clear()
                self._size, self._generation = 0, generation
            answer = self._items.get(key)
            if answer is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return answer

    def put(self, generation: str, key: tuple, answer: Answer) -> None:
        size = len(answer.body)
        if answer.status != 200 or size > self.max_bytes // 4:
            return
        with self._lock:
            if generation != self._generation:
                return
            old = self._items.pop(key, None)
            if old is not None:
                self._size -= len(old.body)
            self._items[key] = answer
            self._size += size
            while self._size > self.max_bytes and self._items:
                _, dropped = self._items.popitem(last=False)
                self._size -= len(dropped.body)


def etag(generation: str, key: tuple) -> str:
    return 'W/"' + hashlib.blake2b(repr((generation, key)).encode(), digest_size=12).hexdigest() + '"'


# --- the facade the web layer uses -----------------------------------------------------------------------

class Executor:
    """Reads and writes for one server process against one store, with limits and cache."""

    def __init__(self, store, timeout: float, max_rows: int, cache_bytes: int = 64 << 20, evaluators: int = 4):
        from sdkg.graph.store import OxigraphStore

        self.store = store
        self.timeout = float(timeout)
        self.max_rows = int(max_rows or 0)
        self.cache = ResultCache(cache_bytes)
        on_disk = isinstance(store, OxigraphStore) and store.path is not None
        self.pool = EvaluatorPool(str(store.path), evaluators) if on_disk else None
        self.writer = EvaluatorPool(str(store.path), 1) if on_disk else None
        self._write_lock = threading.Lock()

    def generation(self) -> str:
        return self.store.generation()

    def read(self, job: Job, generation: str | None = None) -> Answer:
        generation = generation if generation is not None else self.generation()
        key = job.key()
        cached = self.cache.get(generation, key)
        if cached is not None:
            return cached
        answer = self._run_read(job, generation)
        self.cache.put(generation, key, answer)
        return answer

    def _timeout_answer(self) -> Answer:
        return Answer.text(503, f"the query ran longer than the limit of {self.timeout:g} s and was stopped; "
                                f"narrow it down (LIMIT, more specific patterns)", {"Retry-After": "1"})

    def _run_read(self, job: Job, generation: str) -> Answer:
        if self.pool is not None:
            try:
                return self.pool.run(("read", job, generation), self.timeout)
            except QueryTimeout:
                return self._timeout_answer()
        raw = getattr(self.store, "raw", None)
        if raw is None:
            return self._forward(job)
        return self._in_thread(lambda: evaluate(raw, job))

    def _forward(self, job: Job) -> Answer:
        """A remote store answers the query itself; its own limits apply, ours bound the wait."""
        forward = getattr(self.store, "forward", None)
        if forward is None or job.kind != "query":
            return Answer.text(501, "this request is not supported on this server's store")
        try:
            status, ctype, body = forward(job.text, job.media_type or job.accept, job.default_graphs,
                                          job.named_graphs, timeout=self.timeout)
        except OSError as e:
            return Answer.text(502, f"the remote store did not answer: {e}")
        return Answer(status, ctype, body)

    def _in_thread(self, fn) -> Answer:
        box: list[Answer] = []
        t = threading.Thread(target=lambda: box.append(fn()), daemon=True)
        t.start()
        t.join(self.timeout)
        return box[0] if box else self._timeout_answer()

    def write(self, w: Write) -> Answer:
        if self.writer is not None:
            try:
                return self.writer.run(("write", w, None), self.timeout)
            except QueryTimeout:
                return Answer.text(503, f"the update ran longer than the limit of {self.timeout:g} s and was "
                                        "stopped; nothing was written")
        if getattr(self.store, "raw", None) is None or self.store.read_only:
            return Answer.text(501, "this server's store cannot be written through the SPARQL service")
        with self._write_lock:
            return apply_write(self.store, w)

    def close(self) -> None:
        for pool in (self.pool, self.writer):
            if pool is not None:
                pool.close()


if __name__ == "__main__":
    # Import by name so that pickled answers name sparql.execute classes, not __main__ ones.
    from sdkg.sparql.execute import _evaluator_main as main

    main(int(sys.argv[1]), sys.argv[2])
