"""A named query that binds a variable its SELECT does not list is the query's fault: 400 with
the reason, over HTTP, whether the store is read by evaluator processes or in a thread."""

from __future__ import annotations

import threading

import pyoxigraph as ox
import pytest
import requests
from sdkg.graph.store import OxigraphStore
from sdkg.server import create_app
from sdkg.sparql import library as lib
from werkzeug.serving import make_server

EX = "http://example.org/"


@pytest.fixture(params=["disk", "memory"])
def store(request, tmp_path):
    path = tmp_path / "db" if request.param == "disk" else None
    store = OxigraphStore(path)
    g = ox.NamedNode(EX + "g")
    store.put_graph(g, [ox.Quad(ox.NamedNode(EX + "s"), ox.NamedNode(EX + "p"), ox.Literal("Welzijn"), g)])
    if path is None:
        return store
    store.close()
    del store
    reader = OxigraphStore(path, read_only=True)
    assert reader.location  # evaluator processes
    return reader


def test_a_bound_variable_the_query_does_not_select_is_a_400_with_the_reason(store, monkeypatch):
    queries = dict(lib.library())
    queries["unprojected"] = lib.NamedQuery(
        "unprojected", "Unprojected", "binds ?text, selects only ?s",
        [lib.Param("text", "string", default="Welzijn")], "SELECT ?s WHERE { ?s ?p ?text }")
    queries["projected"] = lib.NamedQuery(
        "projected", "Projected", "binds ?text and selects it",
        [lib.Param("text", "string", default="Welzijn")], "SELECT ?s ?text WHERE { ?s ?p ?text }")
    monkeypatch.setattr(lib, "library", lambda: queries)
    app = create_app({"store_object": store, "query_timeout": 30})
    srv = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{srv.server_port}/api/queries/"
    try:
        r = requests.get(url + "unprojected", timeout=30)
        assert r.status_code == 400, r.text
        body = r.json()
        assert body["status"] == 400 and "?text" in body["error"] and "SELECT" in body["error"]
        assert "Retry-After" not in r.headers
        r = requests.get(url + "projected", timeout=30)  # the same binding, selected: answered
        assert r.status_code == 200
        assert [b["s"]["value"] for b in r.json()["results"]["bindings"]] == [EX + "s"]
    finally:
        srv.shutdown()
        thread.join(10)
        srv.server_close()
