"""A SPARQL Update a user sends (`Store.update`, the `/sparql` endpoint) keeps the default graph the
merge of the model and the named graphs, as sdkg's own writes do: the graphs it writes leave the merge
before it and come back after it, in the same request. On the embedded store, on `oxigraph serve`, on
Virtuoso (whose merge is a named graph), and through a real `sdkg serve`."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import requests
from sdkg.graph.ingest import ingest
from sdkg.graph.remote import RemoteStore
from sdkg.graph.store import OxigraphStore

from tests.graph.test_default_set import default_graph, merge
from tests.remote.servers import VIRTUOSO, oxigraph_server, virtuoso_server
from tests.server.conftest import Server

NEW = '<urn:sdkg:test:s> skos:prefLabel "Nieuw label"'


def updates(g1: str, g2: str, default_writable: bool) -> list[str]:
    """Updates of each kind, in order; after each the default graph must be the merge again."""
    out = [
        f"INSERT DATA {{ GRAPH <{g1}> {{ {NEW} }} }}",
        f"DELETE DATA {{ GRAPH <{g1}> {{ {NEW} }} }}",
        # what the other report states too stays; what only this one stated goes
        f"DELETE WHERE {{ GRAPH <{g1}> {{ ?o sdkg:kind ?k }} }}",
        # a template graph the text does not name: every graph is re-merged
        "DELETE { GRAPH ?g { ?x skos:altLabel ?l } } WHERE { GRAPH ?g { ?x skos:altLabel ?l } }",
        f"WITH <{g2}> DELETE {{ ?f schema:value ?v }} INSERT {{ ?f schema:value 0 }} WHERE {{ ?f schema:value ?v }}",
        f"DROP SILENT GRAPH <{g1}> ;  # Virtuoso refuses DROP of a graph it did not see created",
    ]
    if default_writable:  # deleting from the default graph itself: what a named graph states comes back
        out.insert(3, "DELETE WHERE { ?o sdkg:kind ?k }")
    return out


def check_user_updates(store, seeds, apply, default_writable=True) -> None:
    assert ingest(store, seeds, workers=1).ok
    g1, g2 = store.graphs()[:2]
    before = default_graph(store)
    for update in updates(g1, g2, default_writable):
        apply(update)
        assert default_graph(store) == merge(store), update
    after = default_graph(store)
    assert after != before and not any("Nieuw label" in o for _s, _p, o in after)
    assert store.graphs() == [g2]


def test_user_updates_on_the_embedded_store(seed_paths, tmp_path):
    with OxigraphStore(tmp_path / "store") as store:
        check_user_updates(store, seed_paths[:2], store.update)


def test_user_updates_on_oxigraph_serve(seed_paths, tmp_path):
    with oxigraph_server(tmp_path / "oxigraph") as base:
        store = RemoteStore(base + "/query", update_endpoint=base + "/update")
        check_user_updates(store, seed_paths[:2], store.update)


@pytest.mark.virtuoso
@pytest.mark.skipif(VIRTUOSO is None, reason="virtuoso-t is not installed")
def test_user_updates_on_virtuoso(seed_paths, tmp_path):
    with virtuoso_server(tmp_path / "virtuoso") as base:
        auth = base.replace("http://", "http://dba:dba@")
        store = RemoteStore(base + "/sparql", update_endpoint=auth + "/sparql-auth")
        check_user_updates(store, seed_paths[:2], store.update, default_writable=False)


def test_user_updates_through_sdkg_serve(seed_paths, tmp_path):
    """The path users take: an update POSTed to a running server's /sparql endpoint."""
    path = tmp_path / "db"
    with OxigraphStore(path) as store:
        assert ingest(store, seed_paths[:2], workers=1).ok
    server = Server(path, "--update-token", "t", log=tmp_path / "serve.log")
    try:
        headers = {"Content-Type": "application/sparql-update", "Authorization": "Bearer t"}

        def apply(update: str) -> None:
            r = requests.post(server.endpoint, data=update.encode(), headers=headers, timeout=60)
            assert r.status_code == 204, r.text

        with OxigraphStore(path, read_only=True) as reader:
            g1, g2 = reader.graphs()[:2]
        for update in updates(g1, g2, True):
            apply(update)
            with OxigraphStore(path, read_only=True) as reader:
                assert default_graph(reader) == merge(reader), update
    finally:
        server.stop()


def test_an_own_triple_stays_until_deleted(tmp_path):
    """Triples a user writes into the default graph itself are its own, like the model's: writes to
    named graphs leave them alone."""
    own = '<urn:sdkg:test:own> skos:prefLabel "Eigen"'
    with OxigraphStore(tmp_path / "store") as store:
        g = ox.NamedNode("https://w3id.org/sdkg/graph/eigen")
        store.update(f"INSERT DATA {{ {own} . GRAPH {g} {{ {NEW} }} }}")
        assert store.ask(f"ASK {{ {own} . {NEW} }}")
        store.update(f"DROP GRAPH {g}")
        assert store.ask(f"ASK {{ {own} }}") and not store.ask(f"ASK {{ {NEW} }}")
        store.update(f"DELETE DATA {{ {own} }}")
        assert not store.ask(f"ASK {{ {own} }}")
