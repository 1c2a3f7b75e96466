"""Reader processes for ingest: every file is read and extracted in a worker process.

A file may crash its reader (a parser's segfault), exhaust memory or run forever; none of that
may cost another file its report. So each worker runs one file at a time, under a memory limit
(RLIMIT_AS) and a per-file deadline kept here. A worker that dies or overruns is killed and
replaced; only the file it held is reported, with the reason in words. Workers die with this
process (PR_SET_PDEATHSIG on Linux, plus a watch on the parent's pid), so killing `sdkg ingest`
leaves nothing running. Results come back in the order of the jobs, so a run writes its
reports in a fixed order whatever the timing.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from sdkg.loaders.errors import LoaderError
from sdkg.loaders.limits import DEFAULT_LIMITS, MB, Limits


def _context():
    """Readers start from a fork server: a clean process of its own (forking the process that holds an open
    store and its threads would be unsafe) that imports and warms up the reader once (graph/reader_preload.py).
    Each reader is forked from it warm, in milliseconds, instead of importing spaCy and the extraction and warming
    up again: about a CPU second per reader, paid once per run instead of once per core. Where there is no fork
    server (Windows), readers are spawned and warm up themselves."""
    if "forkserver" not in mp.get_all_start_methods():
        return mp.get_context("spawn")
    ctx = mp.get_context("forkserver")
    # "__main__" too: otherwise every reader would import the program's main module (the `sdkg` script) again
    ctx.set_forkserver_preload(["__main__", "sdkg.graph.reader_preload"])
    return ctx


_CONTEXT = _context()
_PR_SET_PDEATHSIG = 1

Job = tuple[str, dict]
Work = Callable[[Job, Limits], Any]
Warm = Callable[[], None]
READY = "ready"


def extract_file(job: tuple[str, dict], limits: Limits) -> Any:
    """Runs in a reader process (graph/workers.py): everything that needs only the file."""
    from sdkg.loaders import load

    path, overrides = job
    try:
        return load(path, overrides, limits=limits, screen=True)
    except LoaderError:
        raise
    except ValueError as e:
        if overrides:  # bad overrides, e.g. an unknown municipality code, say so plainly
            raise LoaderError(path, str(e)) from e
        raise


# The cyclic collector's thresholds in a reader process after its warm-up (generation 0, 1, 2). A collection of
# generation 0 walks the objects made since the last one that are still alive: while a report is read they are the
# report's own (its lines, mentions, spans), alive until it is done, then freed by reference counting. A 200-page
# report holds between 150,000 and 200,000 such objects at its peak: at 200,000 the collector does not run for it
# at all (at 50,000 it ran four times, 0.035-0.045 CPU s), a 400-page report gets 2 collections instead of 13
# (0.12 -> 0.07 s); the peak memory is the same (277 and 380 MB), reports making little cyclic garbage.
READER_GC_THRESHOLD = (200_000, 20, 20)


_warm = False


def warm_up() -> None:
    """Runs once in each reader process before its first file (or once in the fork server readers start from):
    loads the tokenizer, matchers and reference lists on a short text, so no file's time limit pays for them."""
    global _warm
    if _warm:
        return
    from sdkg.loaders.extract import extract
    from sdkg.loaders.formats.text import segment
    from sdkg.loaders.metadata import infer_meta
    from sdkg.loaders.model import Document

    text = ("Jaarverslag 2023\n\nDe gemeente Zwolle werkt met Stichting Voorbeeldwerk en het UWV aan de "
            "uitvoering van de Wmo 2015 en de Jeugdwet in de wijk Centrum. In 2023 waren er 1.250 "
            "inwoners met een maatwerkvoorziening.\n")
    doc = Document(text=text, source="(warm-up)", sha256="0" * 64, media_type="text/plain", blocks=segment(text))
    extract(doc, infer_meta(doc))
    # What this loaded (tokenizer, matchers, reference lists) lives as long as the process: the cyclic
    # collector need not walk it again each time a report's allocations trigger a full collection.
    gc.freeze()
    # A report allocates millions of objects (tokens, matches, spans) and frees nearly all of them by reference
    # counting: at the default threshold (700) the collector ran some 430 times per 200-page report, walking the
    # report's live objects again and again, for about a tenth of a CPU second. Collect less often instead.
    gc.set_threshold(*READER_GC_THRESHOLD)
    _warm = True


def die_with_parent(parent_pid: int) -> None:
    """Make this process end when `parent_pid`, the process that asked for it, does. On Linux the kernel sends
    SIGKILL when the process that forked this one ends (`parent_pid` itself, or the fork server, which ends with
    it); everywhere a watcher thread checks each second that both still run."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    forker = os.getppid()

    def gone() -> bool:
        if os.getppid() != forker:
            return True
        try:
            os.kill(parent_pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:  # a process of another user under the same pid: ours is gone
            return True
        return False

    if gone():  # the parent died before the lines above took effect
        os._exit(1)

    def watch() -> None:
        while not gone():
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _address_space() -> int:
    """Bytes of address space this process holds now (Linux; 0 where unknown)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return 0


def _limit_memory(memory_mb: int) -> None:
    if memory_mb <= 0:
        return
    try:
        import resource

        limit = memory_mb * MB
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):  # no RLIMIT_AS on this platform
        pass


def _worker_main(conn: Connection, parent_pid: int, work: Work, warm: Warm | None, limits: Limits) -> None:
    die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _limit_memory(limits.memory_mb)
    if warm is not None:  # load what every file needs before the first file's clock starts
        try:
            warm()  # nothing to do in a reader forked warm from the fork server
            if _address_space() > limits.memory_mb * MB > 0:  # forked larger than the limit allows to grow
                raise MemoryError
        except MemoryError:
            conn.send(f"a reader process needs more memory than the {limits.memory_mb} MB limit just to start")
            return
    conn.send(READY)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, job = message
        started = time.monotonic()
        outcome, retire = run_job(work, job, limits)
        seconds = time.monotonic() - started
        try:
            conn.send((index, outcome, retire, seconds))
        except (EOFError, OSError):
            return
        except Exception as e:  # noqa: BLE001 - e.g. a result that cannot be pickled or a MemoryError
            outcome = LoaderError(job[0], f"its result could not be handed back ({type(e).__name__}: {e})")
            retire = True
            conn.send((index, outcome, retire, seconds))
        if retire:  # after running out of memory, a fresh process is safer than a patched-up one
            return


def run_job(work: Work, job: Job, limits: Limits) -> tuple[Any, bool]:
    """Run one job: (outcome, whether this process should retire). Every exception becomes a
    LoaderError that says what went wrong."""
    path = job[0]
    try:
        return work(job, limits), False
    except LoaderError as e:
        return e, False
    except MemoryError:
        return LoaderError(path, f"reading it needs more memory than the {limits.memory_mb} MB limit per file"), True
    except RecursionError:
        return LoaderError(path, "its structure is nested too deeply to read"), True
    except Exception as e:  # noqa: BLE001 - one broken file must not stop the others
        detail = str(e) or repr(e)
        return LoaderError(path, f"could not be read: {type(e).__name__}: {detail}"), False


def death_reason(exitcode: int | None, limits: Limits) -> str:
    """Why a worker ended without an answer, in words."""
    if exitcode is not None and exitcode < 0:
        sig = -exitcode
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = f"signal {sig}"
        if sig == signal.SIGKILL:
            return (f"its reader process was killed ({name}), most likely because the system ran out of memory "
                    f"reading it (limit per file: {limits.memory_mb} MB)")
        if sig == signal.SIGSEGV:
            return f"reading it crashed its reader process ({name}: a parser failed on this file)"
        return f"its reader process ended on {name} while reading it"
    return f"its reader process ended unexpectedly while reading it (exit code {exitcode})"


class ReaderStartError(RuntimeError):
    """Reader processes cannot start at all (e.g. a memory limit too low for the reader itself)."""


@dataclass
class _Worker:
    process: Any
    conn: Connection
    ready: bool = False
    index: int | None = None
    path: str | None = None
    started: float = 0.0
    deadline: float = 0.0
    seconds: float = 0.0

    def elapsed(self) -> float:
        return time.monotonic() - self.started


class ReaderPool:
    """`workers` processes that run `work(job, limits)` for each job, one job at a time each."""

    def __init__(self, workers: int, work: Work, limits: Limits = DEFAULT_LIMITS, warm: Warm | None = None):
        self.size = max(1, workers)
        self.work = work
        self.warm = warm
        self.limits = limits
        self._workers: list[_Worker] = []
        self._failed_starts = 0

    # --- process management
    def _start(self) -> _Worker:
        global _CONTEXT
        try:
            return self._start_in(_CONTEXT)
        except OSError:
            if _CONTEXT.get_start_method() != "forkserver":
                raise
            # no fork server here (it needs a socket in a writable temporary folder): spawn readers instead
            _CONTEXT = mp.get_context("spawn")
            return self._start_in(_CONTEXT)

    def _start_in(self, ctx) -> _Worker:
        parent, child = ctx.Pipe()
        process = ctx.Process(target=_worker_main, args=(child, os.getpid(), self.work, self.warm, self.limits),
                              name="sdkg-reader", daemon=True)
        try:
            process.start()
        except BaseException:
            parent.close()
            raise
        finally:
            child.close()
        return _Worker(process, parent)

    def _stop(self, w: _Worker) -> None:
        if w.process.is_alive():
            w.process.kill()
        w.process.join(5)
        w.conn.close()

    def _replace(self, w: _Worker) -> _Worker:
        self._stop(w)
        new = self._workers[self._workers.index(w)] = self._start()
        return new

    def _start_failed(self, w: _Worker) -> None:
        w.process.join(5)
        self._failed_starts += 1
        if self._failed_starts > 3 * self.size:
            code = w.process.exitcode
            how = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
            raise ReaderStartError(f"reader processes fail to start ({how}); is the memory limit per file "
                                   f"({self.limits.memory_mb} MB, setting file_memory_mb) too low?")
        self._replace(w)

    def close(self) -> None:
        for w in self._workers:
            try:
                if w.index is None:
                    w.conn.send(None)
            except OSError:
                pass
        end = time.monotonic() + 2
        for w in self._workers:
            w.process.join(max(0.0, end - time.monotonic()))
            self._stop(w)
        self._workers = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def pids(self) -> list[int]:
        return [w.process.pid for w in self._workers]

    def busy(self) -> dict[str, int]:
        """File -> pid of the worker reading it, now."""
        return {w.path: w.process.pid for w in list(self._workers) if w.path is not None}

    # --- running
    def _seconds(self, path: str) -> float:
        try:
            size = os.stat(path).st_size
        except OSError:
            size = 0
        return self.limits.seconds_for(min(size, self.limits.max_file_bytes))

    def _dispatch(self, w: _Worker, index: int, job: Job) -> None:
        try:
            w.conn.send((index, job))
        except OSError:  # the worker died while idle; its replacement will take the job
            self._replace(w)
            raise
        w.index, w.path = index, job[0]
        w.seconds = self._seconds(job[0])
        w.started = time.monotonic()
        w.deadline = w.started + w.seconds

    def map(self, jobs: list[Job]) -> Iterator[tuple[int, Any, float]]:
        """(index, outcome, seconds) for every job, in job order. An outcome is what `work`
        returned, or a LoaderError naming the file when the work raised, crashed, ran out of memory
        or time; seconds is how long the file took in its reader process."""
        if not self._workers:
            self._workers = [self._start() for _ in range(min(self.size, len(jobs)) or 1)]
        done: dict[int, tuple[Any, float]] = {}
        next_job = 0
        next_out = 0
        window = 4 * len(self._workers)  # how far ahead of the oldest unfinished job reading may run
        while next_out < len(jobs):
            while next_out in done:
                yield next_out, *done.pop(next_out)
                next_out += 1
            if next_out >= len(jobs):
                break
            for w in list(self._workers):
                if w.ready and w.index is None and next_job < len(jobs) and next_job < next_out + window:
                    try:
                        self._dispatch(w, next_job, jobs[next_job])
                    except OSError:
                        continue
                    next_job += 1
            starting = [w for w in self._workers if not w.ready]
            busy = [w for w in self._workers if w.index is not None]
            deadlines = [w.deadline for w in busy]
            timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
            watched = [w.conn for w in busy + starting] + [w.process.sentinel for w in busy + starting]
            if not watched:
                continue
            ready = set(wait(watched, timeout))
            for w in starting:
                if w.conn in ready:
                    try:
                        message = w.conn.recv()
                    except (EOFError, OSError):
                        self._start_failed(w)
                        continue
                    if message != READY:
                        raise ReaderStartError(f"reader processes fail to start: {message} (setting file_memory_mb)")
                    w.ready = True
                elif w.process.sentinel in ready:
                    self._start_failed(w)
            for w in busy:
                index, path = w.index, w.path
                if w.conn in ready or w.conn.poll():
                    try:
                        got, outcome, retire, seconds = w.conn.recv()
                    except (EOFError, OSError):
                        w.process.join(5)
                        done[index] = LoaderError(path, death_reason(w.process.exitcode, self.limits)), w.elapsed()
                        self._replace(w)
                        continue
                    done[got] = outcome, seconds
                    w.index = w.path = None
                    if retire:
                        self._replace(w)
                elif w.process.sentinel in ready:
                    w.process.join(5)
                    done[index] = LoaderError(path, death_reason(w.process.exitcode, self.limits)), w.elapsed()
                    self._replace(w)
                elif time.monotonic() > w.deadline:
                    done[index] = LoaderError(
                        path, f"reading it took longer than its time limit of {w.seconds:.0f} s "
                              f"({self.limits.seconds_per_file:g} s + {self.limits.seconds_per_mb:g} s per MB); "
                              f"it was stopped"), w.elapsed()
                    self._replace(w)
