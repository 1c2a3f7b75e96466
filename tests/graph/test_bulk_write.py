"""A new report graph of BULK_MIN_QUADS quads or more goes into an on-disk store through Oxigraph's bulk loader,
under a journal (graph/store.py): a writer killed at any point leaves each report whole or absent once the store
is opened again, a reader never sees part of one, and the default graph stays the set of the model's and the
report graphs' triples."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from functools import cache
from pathlib import Path

import pyoxigraph as ox
import pytest
from sdkg.graph.store import BULK_MIN_QUADS, LOADING_FILE, OxigraphStore, model_quads

ROOT = Path(__file__).resolve().parents[2]
SIZE = BULK_MIN_QUADS + 2_000
EX = "https://example.org/"


def report(k: int, size: int = SIZE) -> tuple[ox.NamedNode, list[ox.Quad]]:
    """An invented report graph: its own subjects, a few triples every report states (the merge keeps them once),
    and literals that look like the end of an N-Quads line."""
    g = ox.NamedNode(f"{EX}graph/{k}")
    p, q = ox.NamedNode(f"{EX}def/p"), ox.NamedNode(f"{EX}def/q")
    shared = [ox.Quad(ox.NamedNode(f"{EX}id/shared/{i}"), p, ox.Literal(f"gedeeld {i}"), g) for i in range(50)]
    odd = [ox.Quad(ox.NamedNode(f"{EX}id/r{k}/odd"), q, ox.Literal(f"regel <{g.value}> .\nvolgende \"regel\""), g),
           ox.Quad(ox.NamedNode(f"{EX}id/r{k}/self"), q, g, g)]
    own = [ox.Quad(ox.NamedNode(f"{EX}id/r{k}/e{i // 4}"), p, ox.Literal(f"waarde {k}.{i}"), g)
           for i in range(size - len(shared) - len(odd))]
    return g, shared + odd + own


def triples(quads) -> set[tuple[str, str, str]]:
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in quads}


@cache
def stated(k: int) -> frozenset[tuple[str, str, str]]:
    return frozenset(triples(report(k)[1]))


MODEL = triples(model_quads())


def check_whole(store: OxigraphStore, count: int) -> list[int]:
    """Every report graph holds exactly its report, and the default graph is the model and those reports merged,
    each triple once; the reports present."""
    present, merged = [], set(MODEL)
    expected = {f"{EX}graph/{k}": k for k in range(count)}
    for g in store.graphs():
        k = expected[g]
        graph = triples(store.raw.quads_for_pattern(None, None, None, ox.NamedNode(g)))
        assert graph == stated(k), f"report {k} is not whole"
        present.append(k)
        merged |= graph
    default = [(str(q.subject), str(q.predicate), str(q.object))
               for q in store.raw.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    assert len(default) == len(set(default))
    assert set(default) == merged
    return sorted(present)


def check_counts(store: OxigraphStore, count: int) -> tuple[int, ...]:
    """`check_whole` by counts (cheap enough to run many times while a writer works): the reports present."""
    present = tuple(sorted(int(g.rsplit("/", 1)[1]) for g in store.graphs()))
    assert set(present) <= set(range(count))
    for k in present:
        n = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{EX}graph/{k}> {{ ?s ?p ?o }} }}").rows[0][0]
        assert int(n.value) == len(stated(k)), f"report {k} is not whole"
    n = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]
    assert int(n.value) == len(MODEL.union(*(stated(k) for k in present))), "the default graph is not the merge"
    return present


WRITER = """
import sys, time
from pathlib import Path
from tests.graph.test_bulk_write import report
from sdkg.graph.store import OxigraphStore
store = OxigraphStore(sys.argv[1])
store.ensure_model()
acks = Path(sys.argv[5]) if len(sys.argv) > 5 else None


def wait_for(name, seconds):
    deadline = time.monotonic() + seconds
    while not (acks / name).exists() and time.monotonic() < deadline:
        time.sleep(0.02)


if acks:  # a reader watches the writes: start once it can look, however slow its start
    wait_for("reader-ready", 300)
for k in range(int(sys.argv[2]), int(sys.argv[3])):
    g, quads = report(k)
    if not store.has_graph(g):
        print(k, flush=True)
        store.put_graph(g, quads)
        time.sleep(float(sys.argv[4]))
        if acks:  # and go on once a reader has seen this report (or a minute has passed)
            wait_for(f"seen-{k}", 60)
print("done", flush=True)
(store.path / "writer-done").touch()
"""


def spawn(script: str, *args) -> subprocess.Popen:
    """A writing process of its own (its own session, so that a kill reaches all of it)."""
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def writer(store_dir: Path, first: int, end: int, pause: float = 0.0, acks: Path | None = None) -> subprocess.Popen:
    """A process writing reports first..end-1, each followed by `pause` seconds; with `acks`, a folder where readers
    leave "reader-ready" and "seen-<k>", it starts once a reader is ready and goes on once one has seen each report."""
    return spawn(WRITER, store_dir, first, end, pause, *([acks] if acks else []))


def kill_after_journal(proc: subprocess.Popen, journal: Path, delay: float) -> tuple[str, str]:
    """Kill `proc` `delay` seconds after the journal of a bulk load appears (or after it ends or 120 s pass); its
    output."""
    try:
        deadline = time.monotonic() + 120
        while not journal.exists() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.002)
        time.sleep(delay)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
    return proc.communicate()


def test_a_large_new_graph_goes_through_the_bulk_loader_and_the_merge_stays_a_set(tmp_path):
    store = OxigraphStore(tmp_path / "db")
    store.ensure_model()
    for k in range(2):
        store.put_graph(*report(k))
    assert not (tmp_path / "db" / LOADING_FILE).exists()
    assert check_whole(store, 2) == [0, 1]
    store.drop_graph(report(0)[0])  # the triples report 1 states too stay merged
    assert check_whole(store, 2) == [1]
    store.put_graph(*report(0))
    store.put_graph(*report(0))  # a graph already there: rewritten in one transaction
    assert check_whole(store, 2) == [0, 1]
    store.close()


def test_a_load_cut_off_is_dropped_when_the_store_is_opened_again(tmp_path):
    store = OxigraphStore(tmp_path / "db")
    store.ensure_model()
    store.put_graph(*report(0))
    g, quads = report(1)
    store.put_graph(g, quads)
    store.close()
    # what a kill after the ingestion but before the journal's removal leaves; and a loader's unfinished file
    (tmp_path / "db" / LOADING_FILE).write_text(g.value, encoding="utf-8")
    (tmp_path / "db" / "bulk-123.sst").write_bytes(b"unfinished")
    with OxigraphStore(tmp_path / "db") as store:
        assert check_whole(store, 2) == [0]
    assert not (tmp_path / "db" / LOADING_FILE).exists()
    assert not list((tmp_path / "db").glob("bulk-*.sst"))


@pytest.mark.slow
def test_a_writer_killed_during_bulk_loads_leaves_each_report_whole_or_absent(tmp_path):
    store_dir = tmp_path / "db"
    journal = store_dir / LOADING_FILE
    first, cut_during_load = 0, 0
    # Kills at several points of a load: as its journal appears (the loader reading the quads), a little later
    # (writing its files) and later still (ingesting them, or the next reports).
    for delay in (0.0, 0.02, 0.05, 0.1, 0.2, 0.4, 2.0):
        out, err = kill_after_journal(writer(store_dir, first, first + 40), journal, delay)
        assert "done" not in out, err
        cut_during_load += journal.exists()
        with OxigraphStore(store_dir) as store:  # opening it recovers
            present = check_whole(store, first + 40)
        assert not journal.exists() and not list(store_dir.glob("bulk-*.sst"))
        first = max(present, default=-1) + 1
    assert cut_during_load, "at least one kill should land during a load"
    assert first > 0, "some reports should have been written whole"


READER = """
import resource, sys, time
from pathlib import Path
from tests.graph.test_bulk_write import check_counts, stated
from sdkg.graph.store import OxigraphStore
# A handle opened while the writer works can fail on a file it just removed, or (pyoxigraph 0.5, with either way
# of writing) blow up in memory reading the writer's log: bounded here, and the parent starts another reader.
resource.setrlimit(resource.RLIMIT_AS, (2_000_000_000, resource.RLIM_INFINITY))
store_dir, count = Path(sys.argv[1]), int(sys.argv[2])
for k in range(count):
    stated(k)
acks = Path(sys.argv[3])
(acks / "reader-ready").touch()  # the writer starts once a reader can look, and waits for it after each report
generation, moved = None, time.monotonic()
while not (store_dir / "writer-done").exists() and time.monotonic() - moved < 20:
    now = (store_dir / "sdkg-generation").read_text()
    if now != generation:
        generation, moved = now, time.monotonic()
    try:
        present = check_counts(OxigraphStore(store_dir, read_only=True), count)
    except (OSError, RuntimeError):
        continue
    print(*present, sep=",", flush=True)
    if present:
        (acks / f"seen-{max(present)}").touch()
"""


@pytest.mark.slow
def test_a_reader_never_sees_part_of_a_bulk_loaded_report(tmp_path):
    """Read-only handles opened one after the other while reports are written (the server opens one whenever
    the generation moves on): each sees every report whole or not at all."""
    store_dir = tmp_path / "db"
    with OxigraphStore(store_dir) as store:
        store.ensure_model()
    count = 16
    acks = tmp_path / "acks"
    acks.mkdir()
    # (a pause after each report: time for readers that the writer's log made fail to restart)
    proc = writer(store_dir, 0, count, pause=0.3, acks=acks)
    seen: set[str] = set()
    try:
        while proc.poll() is None:
            reader = subprocess.run([sys.executable, "-c", READER, str(store_dir), str(count), str(acks)], cwd=ROOT,
                                    capture_output=True, text=True, timeout=300)
            assert "AssertionError" not in reader.stderr, reader.stderr
            seen.update(reader.stdout.split())
    finally:
        out, err = proc.communicate()
    assert out.split()[-1] == "done", err
    assert len(seen) >= 3, f"the reader should have looked while reports were written ({sorted(seen)})"


def test_a_large_report_replaces_its_older_version_through_the_bulk_loader(tmp_path, monkeypatch):
    """A changed long report: the new version is bulk-loaded, then the old one goes; the merge stays a set."""
    store = OxigraphStore(tmp_path / "db")
    store.ensure_model()
    store.put_graph(*report(0))
    store.put_graph(*report(2))
    loads, load = [], OxigraphStore._load
    monkeypatch.setattr(OxigraphStore, "_load", lambda self, graph, named, old: (
        loads.append((graph.value, [g.value for g in old])), load(self, graph, named, old)))
    g1, quads = report(1)
    store.replace_graph(g1, quads, [report(0)[0], ox.NamedNode(f"{EX}graph/never-written")])
    assert loads == [(g1.value, [report(0)[0].value])]  # the bulk loader, dropping only what was there
    assert not (tmp_path / "db" / LOADING_FILE).exists()
    assert check_whole(store, 3) == [1, 2]
    store.close()


def test_a_replacement_cut_off_keeps_the_version_that_is_whole(tmp_path):
    old, new = report(0)[0], report(1)[0]
    with OxigraphStore(tmp_path / "db") as store:
        store.ensure_model()
        store.put_graph(*report(0))
        store.put_graph(*report(1))
    # a kill after the new version's load, before the old one was dropped: the new one may be partial, it goes
    (tmp_path / "db" / LOADING_FILE).write_text(f"{new.value}\n{old.value}", encoding="utf-8")
    with OxigraphStore(tmp_path / "db") as store:
        assert check_whole(store, 2) == [0]
        store.replace_graph(new, report(1)[1], [old])
    # a kill after the old version was dropped, before the journal went: the new one was loaded whole, it stays
    (tmp_path / "db" / LOADING_FILE).write_text(f"{new.value}\n{old.value}", encoding="utf-8")
    with OxigraphStore(tmp_path / "db") as store:
        assert check_whole(store, 2) == [1]
    assert not (tmp_path / "db" / LOADING_FILE).exists()


REPLACER = """
import sys
from tests.graph.test_bulk_write import report
from sdkg.graph.store import OxigraphStore
store = OxigraphStore(sys.argv[1])
store.ensure_model()
k = next(k for k in range(int(sys.argv[2])) if store.has_graph(report(k)[0]))
while k + 1 < int(sys.argv[2]):
    print(k + 1, flush=True)
    g, quads = report(k + 1)
    store.replace_graph(g, quads, [report(k)[0]])
    k += 1
print("done", flush=True)
"""


@pytest.mark.slow
def test_a_writer_killed_while_replacing_large_reports_leaves_one_whole_version(tmp_path):
    store_dir = tmp_path / "db"
    journal = store_dir / LOADING_FILE
    versions, cut_during_load = 60, 0
    with OxigraphStore(store_dir) as store:
        store.ensure_model()
        store.put_graph(*report(0))
    for delay in (0.0, 0.03, 0.1, 0.3, 0.6, 1.0):
        out, err = kill_after_journal(spawn(REPLACER, store_dir, versions), journal, delay)
        assert "done" not in out, err
        cut_during_load += journal.exists()
        with OxigraphStore(store_dir) as store:  # opening it recovers
            present = check_whole(store, versions)
        assert len(present) == 1, f"one version of the report, whole: {present}"
        assert not journal.exists() and not list(store_dir.glob("bulk-*.sst"))
    assert cut_during_load, "at least one kill should land during a replacement"
    # Once more, killed only after two replacements have finished (it announces the third), however slow the machine:
    # the kills above are timed, and on a busy machine none of them may come after a whole replacement.
    proc = spawn(REPLACER, store_dir, versions)
    try:
        announced = [proc.stdout.readline() for _ in range(3)]
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()
    assert all(a.strip().isdigit() for a in announced), announced
    with OxigraphStore(store_dir) as store:
        present = check_whole(store, versions)
    assert len(present) == 1 and not journal.exists()
    assert present[0] > 1, "some replacements should have finished"
