"""Backends for the behaviour tests: the embedded store and a real `oxigraph serve`.

Each test module gets its own server, so modules that write and modules that only read do not
meet."""

from __future__ import annotations

import pytest
from sdkg.graph.ingest import ingest
from sdkg.graph.remote import RemoteStore
from sdkg.graph.store import OxigraphStore

from .servers import oxigraph_server

BACKENDS = ["embedded", "oxigraph-server"]


def remote_for(base: str, **kw) -> RemoteStore:
    return RemoteStore(base + "/query", update_endpoint=base + "/update", **kw)


def ingest_ok(store, paths):
    summary = ingest(store, paths, workers=1)
    assert summary.ok, [(r.path, r.reason) for r in summary.results if not r.ok]
    return summary


@pytest.fixture(scope="module")
def reference(seed_paths):
    """The seeds in an in-memory store: what every backend must hold after ingesting them."""
    store = OxigraphStore(None)
    ingest_ok(store, seed_paths)
    return store


@pytest.fixture(scope="module")
def oxigraph_url(tmp_path_factory):
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as base:
        yield base


@pytest.fixture(params=BACKENDS)
def empty_store(request, tmp_path):
    """A fresh, empty store of each backend (the module's server is emptied first)."""
    if request.param == "embedded":
        store = OxigraphStore(tmp_path / "db")
    else:
        store = remote_for(request.getfixturevalue("oxigraph_url"))
        store.update("DROP SILENT ALL")
    yield store
    store.close()


@pytest.fixture(scope="module", params=BACKENDS)
def seeded(request, seed_paths, tmp_path_factory):
    """Each backend holding the five seeds, ingested once per module."""
    if request.param == "embedded":
        store = OxigraphStore(tmp_path_factory.mktemp("seeded") / "db")
    else:
        store = remote_for(request.getfixturevalue("oxigraph_url"))
        store.update("DROP SILENT ALL")
    ingest_ok(store, seed_paths)
    yield store
    store.close()
