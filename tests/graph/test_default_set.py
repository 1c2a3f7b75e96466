"""The default graph is a set: the merge of the model and every report graph, kept by each write.
A triple several reports state is seen once; replacing or dropping one report keeps what the
others state; the same holds on a remote store (`oxigraph serve`) written over SPARQL Update."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from sdkg.graph.ingest import ingest
from sdkg.graph.iris import Minter
from sdkg.graph.remote import RemoteStore
from sdkg.graph.store import REBUILDING, OxigraphStore, model_quads
from sdkg.loaders.read import file_sha256

from tests.remote.servers import VIRTUOSO, oxigraph_server, virtuoso_server

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".txt", ".html", ".docx"))
LAWS = "SELECT ?l WHERE { ?x a sdkg:Law ; skos:prefLabel ?l }"


def _rows(store, sparql: str) -> list[tuple[str, ...]]:
    return [tuple(str(t) for t in r) for r in store.select(sparql).rows]


def default_graph(store) -> set[tuple[str, ...]]:
    """The default graph as queries see it; a bag with a repeated triple fails here."""
    rows = _rows(store, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert len(rows) == len(set(rows)), "the default graph repeats triples"
    return set(rows)


def merge(store) -> set[tuple[str, ...]]:
    """What the default graph must be: the model and the triples of every report graph, once each."""
    named = _rows(store, "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    return set(named) | {(str(q.subject), str(q.predicate), str(q.object)) for q in model_quads()}


def own(triples, subject) -> list:
    return sorted((t for t in triples if t.subject == subject), key=str)


def shared_organisation(store) -> tuple[ox.NamedNode, list[ox.NamedNode]]:
    """An organisation described by the most report graphs, and those graphs."""
    rows = store.select("""SELECT ?o ?g WHERE { GRAPH ?g { ?r sdkg:mentions ?o . ?o a sdkg:Organisation } }""").rows
    by_org: dict[ox.NamedNode, list[ox.NamedNode]] = {}
    for o, g in rows:
        by_org.setdefault(o, []).append(g)
    org = max(sorted(by_org, key=str), key=lambda o: len(by_org[o]))
    assert len(by_org[org]) >= 2, "the corpus should hold an organisation that several reports name"
    return org, sorted(by_org[org], key=str)


@pytest.fixture
def corpus(seed_paths, tmp_path) -> list[Path]:
    folder = tmp_path / "reports"
    folder.mkdir()
    return [Path(shutil.copy(p, folder)) for p in [*seed_paths, *EXAMPLES]]


def check_set_semantics(store, corpus: list[Path]) -> None:
    assert ingest(store, corpus, workers=1).ok
    org, graphs = shared_organisation(store)
    described = store.construct(f"DESCRIBE {org}")
    assert described and len(described) == len(set(described))
    kinds = [t for t in described if t.predicate.value.endswith("#kind")]
    assert len(kinds) == 1, kinds
    laws = _rows(store, LAWS)
    assert laws and len(laws) == len(set(laws))
    assert default_graph(store) == merge(store)
    named = {g.value for (g,) in store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows}
    assert named == set(store.graphs()) and len(named) == len(corpus)  # the report graphs, nothing else

    # Dropping a report that names the organisation keeps the description the others state.
    store.drop_graph(graphs[0])
    assert not store.has_graph(graphs[0])
    # (its own triples: Virtuoso's DESCRIBE adds those that point at it, some from the dropped report)
    assert own(store.construct(f"DESCRIBE {org}"), org) == own(described, org)
    assert default_graph(store) == merge(store)

    # A changed file replaces its report graph; what only the old version said leaves the default graph.
    txt = next(p for p in corpus if p.suffix == ".txt" and store.has_graph(Minter().report_graph(file_sha256(p))))
    before = default_graph(store)
    txt.write_text(txt.read_text(encoding="utf-8") + "\nDe gemeente werkt samen met Stichting Proefpartner.\n",
                   encoding="utf-8")
    assert [r.status for r in ingest(store, [txt], workers=1).results] == ["replaced"]
    after = default_graph(store)
    assert after == merge(store) and after != before
    assert any("proefpartner" in s for s, _p, _o in after)

    # Dropping every report leaves the model alone.
    for g in store.graphs():
        store.drop_graph(ox.NamedNode(g))
    assert default_graph(store) == merge(store)
    assert store.select(LAWS).rows == []


def test_the_embedded_default_graph_is_a_set(corpus, tmp_path):
    with OxigraphStore(tmp_path / "store") as store:
        check_set_semantics(store, corpus)


def test_a_remote_default_graph_is_a_set(corpus, tmp_path):
    with oxigraph_server(tmp_path / "oxigraph") as base:
        check_set_semantics(RemoteStore(base + "/query", update_endpoint=base + "/update"), corpus)


@pytest.mark.virtuoso
@pytest.mark.skipif(VIRTUOSO is None, reason="virtuoso-t is not installed")
@pytest.mark.parametrize("graph_store", [False, True])
def test_the_virtuoso_default_graph_is_a_set(corpus, tmp_path, graph_store):
    """Virtuoso cannot write its default graph: the merge lives in a named graph that every read names
    as its default graph, and `GRAPH ?g` still ranges over the report graphs alone."""
    with virtuoso_server(tmp_path / "virtuoso") as base:
        auth = base.replace("http://", "http://dba:dba@")
        store = RemoteStore(base + "/sparql", update_endpoint=auth + "/sparql-auth",
                            graph_store=auth + "/sparql-graph-crud-auth" if graph_store else None)
        check_set_semantics(store, corpus)
        assert ingest(store, corpus[:3], workers=1).ok
        # A second handle (a server reading the store) finds the merge by itself, and so do the
        # protocol reads it passes through.
        reader = RemoteStore(base + "/sparql", read_only=True)
        assert default_graph(reader) == merge(reader) == default_graph(store)
        status, _, body = reader.forward(LAWS, "text/csv")
        rows = body.decode().splitlines()[1:]
        assert status == 200 and rows and len(rows) == len(set(rows))
        status, _, body = reader.forward("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "text/csv")
        assert status == 200 and {g.strip('"') for g in body.decode().split()[1:]} == set(store.graphs())


def test_a_bulk_loaded_store_gets_its_merge(seed_paths, tmp_path):
    """Report graphs written around the writes (a bulk load of a dump) are merged by ensure_model."""
    source = OxigraphStore(None)
    assert ingest(source, seed_paths[:2], workers=1).ok
    dump = source.dump(ox.RdfFormat.N_QUADS)  # the model and the report graphs, not the merge
    target = OxigraphStore(None)
    target.raw.bulk_load(dump, format=ox.RdfFormat.N_QUADS)
    assert default_graph(target) != merge(target)
    target.ensure_model()
    assert default_graph(target) == merge(target) == default_graph(source)


def test_a_rebuild_cut_off_is_run_again(seed_paths, tmp_path):
    """A rebuild of the merge that was killed half-way (its marker still in the default graph) is found
    by the next ensure_model, although every report is in the default graph, and finished."""
    with OxigraphStore(tmp_path / "store") as store:
        assert ingest(store, seed_paths[:2], workers=1).ok
        g = ox.NamedNode(store.graphs()[0])
        store.raw.update(f"""DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }}
                             FILTER(?p != <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>) }} ;
                             INSERT DATA {{ {REBUILDING} }}""")
        assert default_graph(store) != merge(store)
        store.ensure_model()
        assert default_graph(store) == merge(store)
        assert not store.ask(f"ASK {{ {REBUILDING} }}")
