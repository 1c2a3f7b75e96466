"""A file that crashes, overruns or exhausts its reader process fails alone: the reader is
replaced, the file is named with the reason, and every other file is still read. Ingest runs with
the default worker count, as users run it."""

import multiprocessing
import os
import pickle
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from sdkg.cli import main
from sdkg.graph.iris import Minter
from sdkg.graph.store import OxigraphStore
from sdkg.graph.workers import ReaderPool
from sdkg.graph.workers import extract_file as _extract
from sdkg.graph.workers import warm_up as _warm
from sdkg.loaders import load
from sdkg.loaders.errors import LoaderError, SkippedInput
from sdkg.loaders.limits import DEFAULT_LIMITS
from sdkg.loaders.model import Extraction

SDKG = [sys.executable, "-m", "sdkg.cli"]
ENGLISH = ("This annual report describes how the council worked with the health service and the housing "
           "association on the social agenda in the city and the region during the year. ") * 5


def test_loader_errors_cross_process_boundaries_intact():
    for cls in (LoaderError, SkippedInput):
        e = pickle.loads(pickle.dumps(cls("/x/leeg.txt", "empty file")))
        assert type(e) is cls and (e.path, e.reason) == ("/x/leeg.txt", "empty file")
        assert str(e) == "/x/leeg.txt: empty file"


def _reader_state(job, limits):
    """A reader's work that tells what the reader had loaded before its first job, and who forked it."""
    import sdkg.graph.workers

    return sdkg.graph.workers._warm, "spacy" in sys.modules, os.getppid()


@pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(), reason="no fork server here")
def test_readers_start_warm_from_one_fork_server():
    # no warm-up asked of the readers: what they hold they got from the fork server
    with ReaderPool(2, _reader_state, DEFAULT_LIMITS, warm=None) as pool:
        outcomes = [outcome for _, outcome, _ in pool.map([("a", {}), ("b", {}), ("c", {})])]
    assert all(warm and spacy for warm, spacy, _ in outcomes), outcomes
    forkers = {ppid for *_, ppid in outcomes}
    assert len(forkers) == 1 and os.getpid() not in forkers, (forkers, os.getpid())


def test_default_workers_store_every_good_report_and_name_every_bad_file(tmp_path, seed_paths, capfd):
    folder = tmp_path / "in"
    folder.mkdir()
    for p in seed_paths:
        shutil.copy(p, folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "english.txt").write_text(ENGLISH, encoding="utf-8")
    store_dir = tmp_path / "db"

    code = main(["ingest", "--quiet", "--store", str(store_dir), str(folder)])  # default workers

    out, err = capfd.readouterr()
    assert code == 1
    assert "Traceback" not in out + err
    assert f"{folder / 'empty.txt'}: empty file" in err
    assert f"{folder / 'english.txt'}: text does not look Dutch" in err
    assert "5 added" in out and "1 failed" in out
    with OxigraphStore(store_dir, read_only=True) as store:
        assert store.graphs() == sorted(Minter().report_graph(load(p).document.sha256).value for p in seed_paths)


def _big_report(path: Path, seed_paths, mb: float) -> Path:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in seed_paths)
    path.write_text(text * (int(mb * 1024 * 1024) // len(text) + 1), encoding="utf-8")
    return path


def _run(pool: ReaderPool, jobs) -> dict[str, object]:
    return {jobs[i][0]: out for i, out, _ in pool.map(jobs)}


def test_a_crashing_reader_costs_only_its_own_file(tmp_path, seed_paths):
    big = str(_big_report(tmp_path / "groot.txt", seed_paths, 1))
    jobs = [(str(seed_paths[0]), {}), (big, {}), *[(str(p), {}) for p in seed_paths[1:]]]
    pool = ReaderPool(2, _extract, warm=_warm)

    def crash_the_big_one():  # a parser's segfault, as the kernel delivers it
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            pid = pool.busy().get(big)
            if pid:
                os.kill(pid, signal.SIGSEGV)
                return
            time.sleep(0.01)

    killer = threading.Thread(target=crash_the_big_one)
    killer.start()
    with pool:
        outcomes = _run(pool, jobs)
    killer.join()
    assert isinstance(outcomes[big], LoaderError)
    assert "crashed its reader process (SIGSEGV" in outcomes[big].reason
    assert all(isinstance(outcomes[str(p)], Extraction) for p in seed_paths)


def test_a_file_over_its_time_limit_is_stopped_and_the_rest_are_read(tmp_path, seed_paths):
    # The big file takes several times the limit on a fast machine (about 3 s a MB here); the seeds,
    # and the warm-up of the reader that replaces the stopped one, stay far below it on a busy one.
    big = str(_big_report(tmp_path / "traag.txt", seed_paths, 6))
    jobs = [(big, {}), *[(str(p), {}) for p in seed_paths]]
    started = time.monotonic()
    with ReaderPool(2, _extract, replace(DEFAULT_LIMITS, seconds_per_file=5, seconds_per_mb=0), warm=_warm) as pool:
        outcomes = _run(pool, jobs)
    assert "took longer than its time limit of 5 s" in outcomes[big].reason
    assert all(isinstance(outcomes[str(p)], Extraction) for p in seed_paths)
    assert time.monotonic() - started < 60


def test_a_file_over_the_memory_limit_fails_alone(tmp_path, seed_paths):
    big = str(_big_report(tmp_path / "zwaar.txt", seed_paths, 4))
    jobs = [(str(seed_paths[0]), {}), (big, {}), *[(str(p), {}) for p in seed_paths[1:]]]
    # No time limit to meet first on a busy machine: the memory limit is what stops this file.
    limits = replace(DEFAULT_LIMITS, memory_mb=600, seconds_per_file=3600, seconds_per_mb=0)
    with ReaderPool(2, _extract, limits, warm=_warm) as pool:
        outcomes = _run(pool, jobs)
    reason = outcomes[big].reason
    assert "more memory than the 600 MB limit" in reason or "reader process" in reason, reason
    assert all(isinstance(outcomes[str(p)], Extraction) for p in seed_paths)


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    out, todo = set(), [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            out.add(c)
            todo.append(c)
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_workers_die_with_a_killed_ingest(tmp_path, seed_paths):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        _big_report(folder / f"r{i}.txt", seed_paths, 1 + i / 10)
    proc = subprocess.Popen([*SDKG, "ingest", "--quiet", "--store", str(tmp_path / "db"), str(folder)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(workers) < 2:
        workers = {p for p in _descendants(proc.pid) if "sdkg-reader" in _cmdline(p) or _is_python(p)}
        time.sleep(0.1)
    assert workers, "no reader processes started"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(p) for p in workers):
        time.sleep(0.1)
    assert not [p for p in workers if _alive(p)], "reader processes outlived sdkg ingest"


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _is_python(pid: int) -> bool:
    return "python" in _cmdline(pid)


def test_a_memory_limit_too_low_for_any_reader_is_said_plainly(tmp_path, seed_paths):
    run = subprocess.run([*SDKG, "ingest", "--quiet", "--file-memory-mb", "150", "--store", str(tmp_path / "db"),
                          str(seed_paths[0])], capture_output=True, text=True, timeout=300)
    assert run.returncode == 2
    assert "reader processes fail to start" in run.stderr and "file_memory_mb" in run.stderr
    assert "Traceback" not in run.stderr


def test_readers_are_spawned_where_no_fork_server_starts(monkeypatch):
    import sdkg.graph.workers as workers

    class NoForkServer:  # a fork server that cannot start (no socket, no writable temporary folder)
        def get_start_method(self):
            return "forkserver"

        def Pipe(self):
            return multiprocessing.get_context("spawn").Pipe()

        def Process(self, **kwargs):
            raise OSError("no fork server here")

    monkeypatch.setattr(workers, "_CONTEXT", NoForkServer())
    with ReaderPool(1, _reader_state, DEFAULT_LIMITS, warm=_warm) as pool:
        (_, outcome, _), = list(pool.map([("a", {})]))
    assert workers._CONTEXT.get_start_method() == "spawn"
    warm, spacy, forker = outcome
    assert warm and spacy and forker == os.getpid()  # spawned by this process, warmed up by itself
