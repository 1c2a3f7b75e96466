"""Real SPARQL clients against `sdkg serve`: SPARQLWrapper, rdflib's SPARQLStore, curl."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess

import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

SDKG = "https://w3id.org/sdkg/def#"
REPORTS = f"PREFIX sdkg: <{SDKG}> SELECT ?r ?year WHERE {{ ?r a sdkg:Report ; sdkg:year ?year }} ORDER BY ?r LIMIT 4"


def _wrapper(server, fmt, query=REPORTS):
    w = SPARQLWrapper(server.endpoint)
    w.setQuery(query)
    w.setReturnFormat(fmt)
    return w


def test_sparqlwrapper_json(data_server):
    res = _wrapper(data_server, JSON).query().convert()
    rows = res["results"]["bindings"]
    assert len(rows) == 4 and all(r["r"]["type"] == "uri" for r in rows)
    assert rows[0]["year"]["datatype"].endswith("#gYear") or rows[0]["year"]["datatype"].endswith("#integer")


def test_sparqlwrapper_xml(data_server):
    doc = _wrapper(data_server, XML).query().convert()
    results = doc.getElementsByTagName("result")
    assert len(results) == 4


def test_sparqlwrapper_csv(data_server):
    body = _wrapper(data_server, CSV).query().convert()
    rows = list(csv.reader(io.StringIO(body.decode())))
    assert rows[0] == ["r", "year"] and len(rows) == 5


def test_sparqlwrapper_post_and_ask(data_server):
    w = _wrapper(data_server, JSON, f"PREFIX sdkg: <{SDKG}> ASK {{ ?r a sdkg:Report }}")
    w.setMethod("POST")
    assert w.query().convert()["boolean"] is True


def test_sparqlwrapper_construct_turtle_and_graph(data_server):
    q = f"PREFIX sdkg: <{SDKG}> CONSTRUCT {{ ?r a sdkg:Report ; sdkg:year ?y }} WHERE {{ ?r a sdkg:Report ; sdkg:year ?y }}"
    turtle = _wrapper(data_server, TURTLE, q).query().convert()
    g = rdflib.Graph().parse(data=turtle, format="turtle")
    assert len(set(g.subjects(rdflib.RDF.type, rdflib.URIRef(SDKG + "Report")))) > 3
    graph = _wrapper(data_server, XML, q).query().convert()  # CONSTRUCT + XML -> an rdflib Graph
    assert isinstance(graph, rdflib.Graph) and len(graph) == len(g)


def test_rdflib_sparqlstore(data_server):
    store = SPARQLStore(data_server.endpoint, returnFormat="json")
    g = rdflib.Graph(store=store)
    rows = list(g.query(REPORTS))
    assert len(rows) == 4 and isinstance(rows[0][0], rdflib.URIRef)
    ask = g.query(f"PREFIX sdkg: <{SDKG}> ASK {{ ?r a sdkg:Report }}")
    assert ask.askAnswer is True
    triples = list(g.triples((None, rdflib.RDF.type, rdflib.URIRef(SDKG + "Report"))))
    assert len(triples) > 3


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl(data_server):
    out = subprocess.run(["curl", "-sS", "-f", "-H", "Accept: application/sparql-results+json",
                          "--data-urlencode", f"query={REPORTS}", data_server.endpoint],
                         capture_output=True, check=True, timeout=60).stdout
    assert len(json.loads(out)["results"]["bindings"]) == 4
    head = subprocess.run(["curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "-G",
                           "--data-urlencode", "query=ASK {", data_server.endpoint],
                          capture_output=True, timeout=60).stdout
    assert head == b"400"
    csv_out = subprocess.run(["curl", "-sS", "-f", "-G", "--data-urlencode", f"query={REPORTS}",
                              "--data-urlencode", "format=csv", data_server.endpoint],
                             capture_output=True, check=True, timeout=60).stdout
    assert csv_out.splitlines()[0] == b"r,year"
