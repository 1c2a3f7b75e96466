"""Running SPARQL for the service: limits, a result cache, and the one-writer rule.

pyoxigraph cannot interrupt a query, so queries on the embedded on-disk store run in evaluator
processes, each holding a read-only snapshot of the store (reopened when the store generation
moves on). A query that overruns SDKG_QUERY_TIMEOUT has its evaluator killed and replaced;
the other evaluators keep answering. Writes (SPARQL Update, Graph Store PUT/POST/DELETE) run in
a writer process that opens the store read-write only for the duration of one write, under a
file lock, so any number of server workers share the store with `sdkg ingest` without breaking
Oxigraph's one-writer rule; a write that meets another writer gets 503 and may retry.

Whole-store dumps are reads too: an evaluator writes the dump file, under the same time and
memory limits (a dump that overruns is stopped, its half-written file removed).

Results are capped at SDKG_MAX_ROWS (rows of a SELECT, triples of a CONSTRUCT/DESCRIBE): the
engine streams into a counting sink that stops evaluation once the cap is passed.

In-memory stores (tests, quick looks) are evaluated in-process: the time limit is then only
a deadline for the answer, the query itself runs on.
"""

from __future__ import annotations

import atexit
import fcntl
import hashlib
import os
import pickle
import queue
import resource
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, replace
from pathlib import Path

import pyoxigraph as ox
from sdkg.ontology import PREFIXES
from sdkg.sparql.evaluate import Answer, Job, QueryTimeout, evaluate, held_to_limits
from sdkg.sparql.protocol import RESULTS, mime, service_targets

__all__ = ["Answer", "Dump", "Executor", "Job", "QueryTimeout", "Write", "etag", "evaluate"]

WRITE_LOCK = "sdkg-write.lock"


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
            new = list(store.quads(target)) + new
        if g is None:
            store.put_default(new)
        else:
            store.put_graph(g, new)
        return Answer(201 if not existed else 204, "text/plain", b"")
    except (SyntaxError, QueryError) as e:
        return Answer.text(400, f"cannot parse the {'update' if w.kind == 'update' else 'RDF payload'}: {e}")
    except RuntimeError as e:
        if "does not exist" in str(e):
            # SPARQL 1.1 Update: DROP/CLEAR/MOVE/COPY/ADD of a missing graph fails unless SILENT.
            return Answer.text(404, f"{e}; nothing was changed (with SILENT the operation ignores a missing graph)")
        return Answer.text(500, f"the update failed, nothing was written: {e}")
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


@dataclass
class Dump:
    """A whole-store dump written to `target` (graph/publish/dumps.py), in one of its formats."""

    format: str
    target: str
    gzip: bool = False


def write_dump_file(store, d: Dump) -> Answer:
    """Write one dump of `store` (a graph.store.Store) to its target file (atomically)."""
    from sdkg.graph.publish.dumps import dump_to_path

    stats = dump_to_path(store, d.format, d.target, gzip=d.gzip)
    return Answer(200, "text/plain; charset=utf-8", f"{stats.statements} statements\n".encode())


def _dump_on_disk(path: str, d: Dump) -> Answer:
    from sdkg.graph.store import OxigraphStore

    return write_dump_file(OxigraphStore(path, read_only=True), d)


def remove_stale_parts(target: str | Path) -> None:
    """Half-written parts of `target` left by stopped writers (their process is gone)."""
    target = Path(target)
    for part in target.parent.glob(f".{target.name}.*.tmp"):
        try:
            os.kill(int(part.name.rsplit(".", 2)[-2]), 0)
        except (ValueError, ProcessLookupError):
            part.unlink(missing_ok=True)
        except PermissionError:
            pass


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


def _limit_memory(mb: int) -> None:
    """Bound this process's private memory (heap and anonymous maps; not the store's mapped files):
    an allocation past it fails, the engine aborts, and the service answers 503."""
    if mb > 0:
        limit = mb << 20
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


# --- frames between a web worker and its evaluators ----------------------------------------------------
# One message each way per call, each a frame: sizes (head, body), a pickled head, raw body bytes.
# A request's head is the call itself (a Job, Dump or Write: small); an answer's head is its status,
# media type, truncation and headers, and its body (the serialised result, up to tens of MB) travels
# as the bytes it is and is read straight into one buffer, without a pickle copy on either side.

_SIZES = struct.Struct("!IQ")


def send_frame(sock: socket.socket, head: bytes, body: bytes = b"") -> None:
    if len(body) < 1 << 16:  # one write for the usual small answer
        sock.sendall(_SIZES.pack(len(head), len(body)) + head + body)
    else:
        sock.sendall(_SIZES.pack(len(head), len(body)) + head)
        sock.sendall(body)


def _recv_exact(sock: socket.socket, n: int, deadline: float | None) -> bytes:
    buf = bytearray(n)
    view, got = memoryview(buf), 0
    while got < n:
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            sock.settimeout(left)
        k = sock.recv_into(view[got:])
        if not k:
            raise EOFError(f"the other side closed the connection after {got} of {n} bytes")
        got += k
    return bytes(buf)


def recv_frame(sock: socket.socket, deadline: float | None = None) -> tuple[bytes, bytes]:
    """(head, body) of the next frame; TimeoutError past `deadline` (time.monotonic()), EOFError
    when the other side is gone (also in the middle of a frame)."""
    head_size, body_size = _SIZES.unpack(_recv_exact(sock, _SIZES.size, deadline))
    head = _recv_exact(sock, head_size, deadline)
    return head, _recv_exact(sock, body_size, deadline) if body_size else b""


def send_answer(sock: socket.socket, answer: Answer) -> None:
    head = pickle.dumps((answer.status, answer.content_type, answer.truncated, answer.headers),
                        protocol=pickle.HIGHEST_PROTOCOL)
    send_frame(sock, head, answer.body)


def recv_answer(sock: socket.socket, deadline: float | None = None) -> Answer:
    head, body = recv_frame(sock, deadline)
    status, content_type, truncated, headers = pickle.loads(head)
    return Answer(status, content_type, body, truncated, headers)


def _evaluator_main(fd: int, path: str, memory_mb: int = 0) -> None:
    sock = socket.socket(fileno=fd)
    _limit_memory(memory_mb)
    store, generation = None, None
    while True:
        try:
            op, payload, gen = pickle.loads(recv_frame(sock)[0])
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
            elif op == "dump":
                answer = _dump_on_disk(path, payload)
            else:
                answer = _write_on_disk(path, payload)
        except (OSError, RuntimeError) as e:
            store, answer = None, Answer.text(503, f"the store cannot be read right now: {e}", {"Retry-After": "1"})
        try:
            send_answer(sock, answer)
        except OSError:
            return


class EvaluatorDied(Exception):
    """The evaluator process ended during a call (its memory limit, or a crash)."""

    returncode: int | None = None


class _Evaluator:
    def __init__(self, path: str, memory_mb: int = 0):
        parent, child = socket.socketpair()
        self.proc = subprocess.Popen([sys.executable, "-m", "sdkg.sparql.execute", str(child.fileno()), path,
                                      str(memory_mb)], pass_fds=[child.fileno()])
        child.close()
        self.sock = parent

    def call(self, message, timeout: float) -> Answer:
        deadline = time.monotonic() + timeout
        try:
            self.sock.settimeout(max(0.001, timeout))
            send_frame(self.sock, pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))
            return recv_answer(self.sock, deadline)
        except TimeoutError:
            raise QueryTimeout from None
        except (EOFError, OSError) as e:
            raise EvaluatorDied(str(e)) from e

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()
        self.sock.close()


class EvaluatorPool:
    """Up to `size` evaluator processes for one store folder; an overrunning one is killed."""

    def __init__(self, path: str, size: int, memory_mb: int = 0):
        self.path, self.size, self.memory_mb = path, max(1, size), memory_mb
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
                ev = _Evaluator(self.path, self.memory_mb)
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
        except EvaluatorDied as e:
            self._discard(ev)
            e.returncode = ev.proc.returncode
            raise
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


# --- the query service ----------------------------------------------------------------------------------

class LimitExceeded(Exception):
    """A read stopped at one of the service's limits (time, memory); the answer is a 503."""

    status = 503

    def __init__(self, message: str, retry_after: int = 1):
        super().__init__(message)
        self.message = message
        self.headers = {"Retry-After": str(retry_after)}


class _Flight:
    """One read being evaluated; identical reads wait on `done` and share `answer`."""

    def __init__(self):
        self.done = threading.Event()
        self.answer: Answer | None = None


class Executor:
    """The query service of one server process: every read and write against one store goes
    through here, with the time limit, the memory limit, the row cap and the result cache.

    How a read is evaluated follows from what the store declares (never from its class): a
    store with a `location` is read by evaluator processes of its own, killed at the time or
    memory limit; any other store answers in a thread that the time limit stops waiting for.
    """

    def __init__(self, store, timeout: float, max_rows: int, cache_bytes: int = 64 << 20, evaluators: int = 4,
                 memory_mb: int = 0, service_allow: list | tuple = (), dump_timeout: float | None = None):
        self.store = store
        self.timeout = float(timeout)
        self.dump_timeout = float(dump_timeout) if dump_timeout else self.timeout
        self.max_rows = int(max_rows or 0)
        self.memory_mb = int(memory_mb or 0)
        self.service_allow = tuple(service_allow or ())
        self.cache = ResultCache(cache_bytes)
        where = store.location
        self.pool = EvaluatorPool(where, evaluators, self.memory_mb) if where else None
        self.writer = EvaluatorPool(where, 1) if where else None
        self._write_lock = threading.Lock()
        self._flights: dict[tuple, _Flight] = {}
        self._flights_lock = threading.Lock()

    def generation(self) -> str:
        return self.store.generation()

    def refused_service(self, text: str) -> Answer | None:
        """A 403 when the query calls a SERVICE endpoint the `service_allow` setting does not list;
        checked before evaluation, so no request leaves the server."""
        upper = text.upper()
        if "SERVIC" not in upper and "\\U" not in upper:
            return None
        refused = [t for t in service_targets(text, PREFIXES) if t not in self.service_allow]
        if not refused:
            return None
        allowed = ", ".join(self.service_allow) or "none"
        return Answer.text(403, f"federated SERVICE <{refused[0]}> is not allowed on this server "
                                f"(allowed endpoints: {allowed}; setting service_allow)")

    def read(self, job: Job, generation: str | None = None) -> Answer:
        if job.kind == "query" and (refused := self.refused_service(job.text)):
            return refused
        generation = generation if generation is not None else self.generation()
        key = job.key()
        cached = self.cache.get(generation, key)
        if cached is not None:
            return replace(cached, headers={**cached.headers, "Server-Timing": "cache;desc=hit"})
        # Identical reads arriving while one is evaluated wait for its answer instead of
        # evaluating it again (a burst of the same uncached query costs one evaluation).
        with self._flights_lock:
            flight = self._flights.get((generation, key))
            leading = flight is None
            if leading:
                flight = self._flights[(generation, key)] = _Flight()
        if not leading:
            started = time.perf_counter()
            if not flight.done.wait(self.timeout):
                return Answer.text(503, self._timeout_message(), {"Retry-After": "1"})
            if flight.answer is not None:
                return replace(flight.answer, headers={**flight.answer.headers, "Server-Timing":
                               f"shared;dur={(time.perf_counter() - started) * 1000:.1f}"})
            return self._run_read(job, generation)
        try:
            started = time.perf_counter()
            answer = self._run_read(job, generation)
            if answer.status == 200:
                spent = f"service;dur={(time.perf_counter() - started) * 1000:.1f}"
                engine = answer.headers.get("Server-Timing")
                answer.headers = {**answer.headers, "Server-Timing": f"{engine}, {spent}" if engine else spent}
            self.cache.put(generation, key, answer)
            flight.answer = answer
            return answer
        finally:
            with self._flights_lock:
                self._flights.pop((generation, key), None)
            flight.done.set()

    def _timeout_message(self) -> str:
        return (f"the query ran longer than the limit of {self.timeout:g} s and was stopped; "
                f"narrow it down (LIMIT, more specific patterns)")

    def _dump_timeout_message(self) -> str:
        return (f"writing the dump took longer than the limit of {self.dump_timeout:g} s and was stopped; "
                "raise the setting dump_timeout, or write the files with `sdkg publish`")

    # --- dumps: whole-store reads, under the same limits -------------------------------------------
    def dump(self, d: Dump) -> None:
        """Write a whole-store dump file within the time and memory limits; LimitExceeded when it
        overran (nothing half-written is left), StoreError when the store could not be read."""
        from sdkg.graph.store import StoreError

        try:
            if self.pool is not None:
                try:
                    answer = self.pool.run(("dump", d, None), self.dump_timeout)
                except QueryTimeout:
                    raise LimitExceeded(self._dump_timeout_message(), retry_after=5) from None
                except EvaluatorDied as e:
                    if self.memory_mb and e.returncode == -signal.SIGABRT:
                        raise LimitExceeded(f"writing the dump needed more memory than the limit of "
                                            f"{self.memory_mb} MB and was stopped") from None
                    raise LimitExceeded(f"the dump writer stopped unexpectedly (exit {e.returncode}); "
                                        "try again") from None
            else:
                answer = self._in_thread(lambda: write_dump_file(self.store, d), self.dump_timeout,
                                         self._dump_timeout_message())
        finally:
            remove_stale_parts(d.target)
        if answer.status != 200:
            raise StoreError(answer.body.decode("utf-8", "replace").strip())

    def _memory_message(self) -> str:
        return (f"the query needed more memory than the limit of {self.memory_mb} MB and was stopped; "
                f"narrow it down (LIMIT, more specific patterns, no ORDER BY over everything)")

    def _run_read(self, job: Job, generation: str) -> Answer:
        try:
            return self._evaluate(job, generation)
        except LimitExceeded as e:
            return Answer.text(e.status, e.message, e.headers)

    def _evaluate(self, job: Job, generation: str) -> Answer:
        """The answer to one read, or LimitExceeded."""
        if self.pool is not None:
            try:
                return self.pool.run(("read", job, generation), self.timeout)
            except QueryTimeout:
                raise LimitExceeded(self._timeout_message()) from None
            except EvaluatorDied as e:
                # An allocation past the limit aborts the engine (SIGABRT).
                if self.memory_mb and e.returncode == -signal.SIGABRT:
                    raise LimitExceeded(self._memory_message()) from None
                raise LimitExceeded(f"the query evaluator stopped unexpectedly (exit {e.returncode}); "
                                    "try again") from None
        if self.store.caps_answers:
            return self._in_thread(lambda: self.store.answer(job))
        # Another engine serialises the answer: ask it for TSV where the client wants CSV (TSV keeps
        # the term types that tell numbers from text), then hold the answer to the row cap and the
        # CSV rule here.
        csv_type = mime(RESULTS.CSV)
        asked = replace(job, media_type=mime(RESULTS.TSV)) if job.media_type == csv_type else job
        answer = self._in_thread(lambda: self.store.answer(asked))
        return held_to_limits(answer, job.max_rows, RESULTS.CSV if asked is not job else None)

    def _in_thread(self, fn, timeout: float | None = None, message: str | None = None):
        box: list = []

        def run():
            try:
                box.append((True, fn()))
            except BaseException as e:  # noqa: BLE001 - handed to the waiting thread
                box.append((False, e))

        t = threading.Thread(target=run, daemon=True)
        t.start()
        t.join(self.timeout if timeout is None else timeout)
        if not box:
            raise LimitExceeded(message or self._timeout_message())
        ok, value = box[0]
        if not ok:
            raise value
        return value

    # --- reads for code that wants terms (views, networks, linked data) -----------------------------
    def _terms(self, form: str, sparql: str, bindings: dict | None, max_rows: int = 0):
        from sdkg.graph.store import QueryError

        if refused := self.refused_service(sparql):
            raise QueryError(refused.body.decode().strip())
        if self.pool is None:  # the store's own methods, under the time limit
            method = {"select": self.store.select, "ask": self.store.ask, "construct": self.store.construct}[form]
            return self._in_thread(lambda: method(sparql, bindings))
        job = Job("query", sparql, bindings=dict(bindings) if bindings else None, terms=True, max_rows=max_rows)
        return self._checked(self.read(job))

    @staticmethod
    def _checked(answer: Answer) -> Answer:
        """The answer if it is one (200); otherwise the exception views raise for it."""
        from sdkg.graph.store import QueryError, StoreError

        if answer.status == 200:
            return answer
        message = answer.body.decode("utf-8", "replace").strip()
        if answer.status == 503:
            raise LimitExceeded(message)
        if answer.status in (400, 403):
            raise QueryError(message)
        raise StoreError(message)

    def serialised(self, sparql: str, bindings: dict | None, media_type: str, max_rows: int = 0) -> Answer | None:
        """A SELECT's answer serialised by the engine in `media_type` (SPARQL JSON, CSV with its
        cells neutralised, TSV, XML), capped at `max_rows`: bytes a view sends as they are, with
        no table of Python terms in the web worker. None where the store's answers come from
        elsewhere (no evaluator processes: an in-memory or remote store), whose rows the view
        reads with select()."""
        if self.pool is None:
            return None
        job = Job("query", sparql, media_type, bindings=dict(bindings) if bindings else None, max_rows=max_rows)
        return self._checked(self.read(job))

    def select(self, sparql: str, bindings: dict | None = None, max_rows: int = 0):
        from sdkg.graph.store import QueryError, Table

        answer = self._terms("select", sparql, bindings, max_rows)
        if isinstance(answer, Table):
            if max_rows and len(answer.rows) > max_rows:
                return Table(answer.variables, answer.rows[:max_rows], truncated=True)
            return answer
        if not answer.content_type.startswith("text/tab-separated-values"):
            raise QueryError("not a SELECT query")
        solutions = ox.parse_query_results(answer.body, format=ox.QueryResultsFormat.TSV)
        variables = [v.value for v in solutions.variables]
        return Table(variables, [[sol[v] for v in variables] for sol in solutions], truncated=answer.truncated)

    def ask(self, sparql: str, bindings: dict | None = None) -> bool:
        from sdkg.graph.store import QueryError

        answer = self._terms("ask", sparql, bindings)
        if isinstance(answer, bool):
            return answer
        if not answer.content_type.startswith("application/sparql-results+json"):
            raise QueryError("not an ASK query")
        return bool(ox.parse_query_results(answer.body, format=ox.QueryResultsFormat.JSON))

    def construct(self, sparql: str, bindings: dict | None = None) -> list:
        from sdkg.graph.store import QueryError

        answer = self._terms("construct", sparql, bindings)
        if isinstance(answer, list):
            return answer
        if not answer.content_type.startswith("application/n-triples"):
            raise QueryError("not a CONSTRUCT or DESCRIBE query")
        return [q.triple for q in ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES)]

    # --- writes -----------------------------------------------------------------------------------
    def write(self, w: Write) -> Answer:
        if w.kind == "update" and (refused := self.refused_service(w.text)):
            return refused
        if self.writer is not None:
            try:
                return self.writer.run(("write", w, None), self.timeout)
            except QueryTimeout:
                return Answer.text(503, f"the update ran longer than the limit of {self.timeout:g} s and was "
                                        "stopped; nothing was written")
            except EvaluatorDied as e:
                return Answer.text(500, f"the update stopped: {e}")
        if self.store.read_only:
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

    main(int(sys.argv[1]), sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 0)
