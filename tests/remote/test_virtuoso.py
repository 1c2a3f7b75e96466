"""A private Virtuoso (Debian virtuoso-opensource) as a remote store: updates through the
digest-authenticated /sparql-auth endpoint (dba/dba of a fresh instance), reads from /sparql,
whose default graph is the union of all graphs."""

from __future__ import annotations

import pytest
from sdkg.graph.ingest import ingest
from sdkg.graph.remote import RemoteStore
from sdkg.graph.store import OxigraphStore
from sdkg.sparql.library import get

from .servers import VIRTUOSO, virtuoso_server

pytestmark = [pytest.mark.virtuoso,
              pytest.mark.skipif(VIRTUOSO is None, reason="virtuoso-t is not installed")]


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as base:
        yield base


def plain(table, columns):
    return sorted(tuple(r[c] for c in columns) for r in table.values())


@pytest.mark.parametrize("graph_store", [False, True])
def test_ingest_and_named_query_on_virtuoso(virtuoso, seed_paths, graph_store):
    auth = virtuoso.replace("http://", "http://dba:dba@")
    store = RemoteStore(virtuoso + "/sparql", update_endpoint=auth + "/sparql-auth",
                        graph_store=auth + "/sparql-graph-crud-auth" if graph_store else None)
    for g in store.graphs():
        store.update(f"DROP SILENT GRAPH <{g}>")
    seeds = seed_paths[:2]
    summary = ingest(store, seeds, workers=1)
    assert summary.ok, [(r.path, r.reason) for r in summary.results if not r.ok]
    reference = OxigraphStore(None)
    assert ingest(reference, seeds, workers=1).ok

    assert store.graphs() == reference.graphs()
    assert store.count() == reference.count()
    assert [r.status for r in ingest(store, seeds, workers=1).results] == ["unchanged"] * 2

    q = get("partners")
    columns = ["municipalityName", "organisationName", "kind", "reportYear", "quote"]
    got = plain(store.select(q.sparql, q.bind({})), columns)
    assert got and got == plain(reference.select(q.sparql, q.bind({})), columns)
    code = reference.select(q.sparql, q.bind({})).values()[0]["municipality"].rsplit("/", 1)[-1]
    one = store.select(q.sparql, q.bind({"municipality": code})).values()
    assert one and {r["municipality"].rsplit("/", 1)[-1] for r in one} == {code}
