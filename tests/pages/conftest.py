"""A real sdkg web server (werkzeug, in a thread, on a free 127.0.0.1 port) over a store holding the seeds."""

from __future__ import annotations

import contextlib
import socket
import threading

import pytest
from sdkg.graph.ingest import ingest
from sdkg.graph.store import OxigraphStore
from sdkg.server import create_app
from werkzeug.serving import make_server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def seeded_dir(seed_paths, tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "db"
    with OxigraphStore(path) as store:
        summary = ingest(store, seed_paths, workers=1)
        assert summary.ok, [(r.path, r.reason) for r in summary.results if not r.ok]
    return path


@contextlib.contextmanager
def serve(config: dict):
    """Base URL of the app with `config`, served until the block ends."""
    server = make_server("127.0.0.1", _free_port(), create_app(config), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def site(seeded_dir):
    with serve({"SDKG_STORE": str(seeded_dir), "SDKG_READ_ONLY": True, "SDKG_MEMORY": False,
                "SDKG_ENDPOINT": None}) as base:
        yield base
