"""Write behaviour on the embedded store and on `oxigraph serve`: ingest, re-ingest, replace and
drop report graphs; the remote store's three write paths; the CLI against the server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from sdkg.graph.remote import RemoteStore

from .conftest import ingest_ok, remote_for

ROOT = Path(__file__).resolve().parents[2]
G = ox.NamedNode("https://w3id.org/sdkg/graph/test")


def triples(n: int, tag: str = "v") -> list[ox.Quad]:
    p = ox.NamedNode("https://w3id.org/sdkg/def#label")
    return [ox.Quad(ox.NamedNode(f"https://w3id.org/sdkg/id/x/{i}"), p, ox.Literal(f'{tag} "{i}" \\ é\n'), G)
            for i in range(n)]


def graph_content(store, graph=G) -> set[str]:
    rows = store.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}").rows
    return {f"{s} {p} {o}" for s, p, o in rows}


def test_reingest_unchanged_and_drop(empty_store, seed_paths):
    ingest_ok(empty_store, seed_paths[:3])
    graphs, count = empty_store.graphs(), empty_store.count()
    assert len(graphs) == 3 and count > 0
    again = ingest_ok(empty_store, seed_paths[:3])
    assert [r.status for r in again.results] == ["unchanged"] * 3
    assert (empty_store.graphs(), empty_store.count()) == (graphs, count)

    gone = ox.NamedNode(graphs[0])
    in_gone = len(graph_content(empty_store, gone))
    empty_store.drop_graph(gone)
    assert not empty_store.has_graph(gone)
    assert empty_store.graphs() == graphs[1:]
    assert empty_store.count() == count - in_gone


def test_put_graph_replaces_the_whole_graph(empty_store):
    empty_store.put_graph(G, triples(10, "old"))
    empty_store.put_graph(G, triples(4, "new"))
    content = graph_content(empty_store)
    assert len(content) == 4 and all('"new' in c for c in content)
    assert empty_store.graphs() == [G.value]


def test_model_goes_to_the_default_graph(empty_store):
    empty_store.ensure_model()
    assert empty_store.graphs() == []
    assert empty_store.ask("ASK { sdkg:Organisation a owl:Class }")


@pytest.mark.parametrize("how", ["update", "staged-update", "graph-store"])
def test_remote_write_paths(oxigraph_url, how):
    kw = {"update": {}, "staged-update": {"max_request_bytes": 2000, "chunk_triples": 7},
          "graph-store": {"graph_store": oxigraph_url + "/store"}}[how]
    store = remote_for(oxigraph_url, **kw)
    store.update("DROP SILENT ALL")
    store.put_graph(G, triples(50, "a"))
    store.put_graph(G, triples(30, "b"))
    content = graph_content(store)
    assert len(content) == 30 and all('"b' in c for c in content)
    # no staging graph is left behind, and the graph list holds only the report graph
    everything = {g.value for (g,) in store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows}
    assert everything == {G.value}


def test_read_only_remote_refuses_writes(oxigraph_url):
    from sdkg.graph.store import StoreError

    store = RemoteStore(oxigraph_url + "/query", update_endpoint=oxigraph_url + "/update", read_only=True)
    with pytest.raises(StoreError):
        store.put_graph(G, triples(1))


def sdkg(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "sdkg.cli", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)


@pytest.mark.parametrize("graph_store", [True, False])
def test_cli_ingest_and_query_against_the_server(oxigraph_url, seed_paths, graph_store, reference):
    remote_for(oxigraph_url).update("DROP SILENT ALL")
    remote = ["--endpoint", oxigraph_url + "/query", "--update-endpoint", oxigraph_url + "/update"]
    if graph_store:
        remote += ["--graph-store", oxigraph_url + "/store"]
    done = sdkg("ingest", "--quiet", "--workers", "1", *map(str, seed_paths[:2]), *remote)
    assert done.returncode == 0, done.stderr + done.stdout
    store = remote_for(oxigraph_url)
    assert len(store.graphs()) == 2

    done = sdkg("query", "--name", "partners", "--format", "csv", *remote)
    assert done.returncode == 0, done.stderr
    header, *lines = done.stdout.strip().splitlines()
    assert header.startswith("municipalityName,organisationName")
    assert len(lines) >= 2  # the partners the first seed states

    done = sdkg("query", "--name", "partners", "-p", "municipality=GM0546> } ; DROP ALL ; #", *remote)
    assert done.returncode == 2 and "municipality" in done.stderr
    assert len(store.graphs()) == 2
