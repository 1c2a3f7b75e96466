"""A real sdkg web server (werkzeug, in a thread, on a free 127.0.0.1 port) over a store holding the seeds."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
from pathlib import Path

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


@pytest.fixture(scope="session")
def two_year_site():
    """The app over two years of Zwolle's (hand-built) reports."""
    from .twoyears import two_year_store

    with serve({"SDKG_STORE_OBJECT": two_year_store(), "SDKG_ENDPOINT": None}) as base:
        yield base


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """Where page screenshots are kept for people to look at: $SDKG_SCREENSHOTS, else
    test-artefacts/screenshots in the checkout (ignored by git)."""
    folder = Path(os.environ.get("SDKG_SCREENSHOTS") or Path(__file__).resolve().parents[2] / "test-artefacts" / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(browser, site, request):
    """A browser page that fails the test on any script error or any request leaving the server
    (a test marked `bad_requests` sends queries that must fail: their 400s are expected)."""
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("request", lambda r: errors.append("offline page asked " + r.url)
          if not r.url.startswith(("http://127.0.0.1", "data:", "blob:", "about:")) else None)
    yield pg
    context.close()
    if request.node.get_closest_marker("bad_requests"):
        errors = [e for e in errors if "400" not in e and "BAD REQUEST" not in e]
    assert errors == [], errors
