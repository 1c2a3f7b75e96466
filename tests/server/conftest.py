"""Real `sdkg serve` processes (gunicorn, several workers) on free 127.0.0.1 ports."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "test-update-token"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, store: Path, *options: str, log: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.store = store
        self.log = log
        cmd = [sys.executable, "-m", "sdkg.cli", "serve", "--store", str(store), "--host", "127.0.0.1",
               "--port", str(self.port), *options]
        self._logfile = open(log, "wb")
        # A session of its own, so stopping it ends gunicorn, its workers and their evaluators.
        self.proc = subprocess.Popen(cmd, cwd=ROOT, stdout=self._logfile, stderr=subprocess.STDOUT,
                                     start_new_session=True, env={**os.environ, "SDKG_UPDATE_TOKEN": ""})
        deadline = time.monotonic() + 180  # a loaded machine (tests run side by side) starts it slowly
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"sdkg serve exited: {log.read_text()}")
            try:
                with urllib.request.urlopen(self.url + "/sparql", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"sdkg serve did not come up: {log.read_text()}")

    @property
    def endpoint(self) -> str:
        return self.url + "/sparql"

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        self._logfile.close()


def make_store(path: Path, n_triples: int = 0) -> Path:
    """An on-disk store with the model and `n_triples` of synthetic report graphs."""
    from sdkg.graph.store import OxigraphStore

    from bench.synth import load_store

    store = OxigraphStore(path)
    store.ensure_model()
    if n_triples:
        load_store(store, n_triples, seed=3)
    store.close()
    del store
    return path


@pytest.fixture(scope="session")
def writable_server(tmp_path_factory):
    """An empty writable store behind a token: the W3C protocol and graph store suites."""
    tmp = tmp_path_factory.mktemp("writable")
    server = Server(tmp / "db", "--workers", "2", "--threads", "4", "--update-token", TOKEN, "--timeout", "10",
                    log=tmp / "serve.log")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def data_store(tmp_path_factory) -> Path:
    return make_store(tmp_path_factory.mktemp("data") / "db", 6000)


@pytest.fixture(scope="session")
def data_server(data_store, tmp_path_factory):
    """Read-only server on synthetic report data, with small limits to exercise them."""
    tmp = tmp_path_factory.mktemp("dataserver")
    server = Server(data_store, "--workers", "2", "--threads", "4", "--timeout", "3", "--max-rows", "50",
                    "--max-request-bytes", "20000", log=tmp / "serve.log")
    yield server
    server.stop()
