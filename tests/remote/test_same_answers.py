"""Read behaviour, identical on the embedded store and on `oxigraph serve`: the seeds give the same
graphs, counts and named-query rows, and parameters can never change a query."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from sdkg.graph.store import QueryError
from sdkg.sparql.library import get, library

# Parameter sets beyond the defaults, each matching some seed data (so they must give rows).
EXTRA_PARAMS = {
    "partners": [{"year": "2020"}, {"municipality": "Leiden"}],
    "figures": [{"municipality": "GM0307"}],
    "organisations-by-kind": [{"kind": "welfare"}],
    "search-organisations": [{"text": "GGD"}],
    "relation-quotes": [{"subject": "asvz"}],
    "laws-by-municipality": [{"municipality": "GM0153", "year": "2014"}],
}


def cell(t) -> str:
    # GROUP_CONCAT lists come in no defined order: compare them as sorted lists
    if isinstance(t, ox.Literal) and ", " in t.value:
        return ", ".join(sorted(t.value.split(", ")))
    return str(t)


def rows(table):
    return sorted(tuple(cell(t) for t in row) for row in table.rows)


def test_same_graphs_and_triples_as_the_reference(seeded, reference):
    assert len(seeded.graphs()) == 5
    assert seeded.graphs() == reference.graphs()
    assert seeded.count() == reference.count() > 0
    for g in reference.graphs():
        assert seeded.has_graph(ox.NamedNode(g))


@pytest.mark.parametrize("name", sorted(library()))
def test_named_query_rows_match_the_reference(seeded, reference, name):
    q = get(name)
    for values in [{}, *EXTRA_PARAMS.get(name, [])]:
        bindings = q.bind(values)
        got = rows(seeded.select(q.sparql, bindings))
        assert got == rows(reference.select(q.sparql, bindings)), values
        if values:
            assert got, values


def test_partners_of_each_seed_municipality(seeded):
    q = get("partners")
    # the municipalities whose reports state partners (a mere mention makes none)
    municipalities = {r["gm"] for r in seeded.select("SELECT DISTINCT ?gm WHERE { ?gm sdkg:worksWith ?o }").values()}
    assert len(municipalities) >= 3
    for iri in municipalities:
        code = iri.rsplit("/", 1)[-1]
        table = seeded.select(q.sparql, q.bind({"municipality": code})).values()
        assert table, code
        assert {r["municipality"] for r in table} == {iri}
        assert all(r["quote"] for r in table)


def test_a_year_filters_rows(seeded):
    q = get("partners")
    everything = seeded.select(q.sparql, q.bind({})).values()
    years = {r["reportYear"] for r in everything if r["reportYear"]}
    year = sorted(years)[0]
    some = seeded.select(q.sparql, q.bind({"year": year})).values()
    assert some and len(some) < len(everything)
    assert {r["reportYear"] for r in some} == {year}


@pytest.mark.parametrize("value", ['GGD" } ; DROP ALL ; #', "O'Brien \\\" }}} <x>", "GM0546> } ; DROP ALL ; #"])
def test_string_parameters_stay_plain_literals(seeded, value):
    before = seeded.count()
    q = get("search-organisations")
    table = seeded.select(q.sparql, q.bind({"text": value}))
    assert table.rows == []
    assert table.variables[-1] == "text"
    assert seeded.count() == before


def test_ask_and_construct_return_python_and_pyoxigraph_values(seeded):
    assert seeded.ask("ASK { ?r a sdkg:Report }") is True
    assert seeded.ask("ASK { ?r a sdkg:Nothing }") is False
    triples = seeded.construct("CONSTRUCT { ?l a sdkg:Law } WHERE { ?l a sdkg:Law }")
    assert triples and all(isinstance(t, ox.Triple) for t in triples)


def test_a_bad_query_is_a_query_error(seeded):
    with pytest.raises(QueryError):
        seeded.select("SELECT ?x WHERE { ?x ?y }")
