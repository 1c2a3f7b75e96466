"""The W3C SPARQL 1.1 Protocol, Graph Store Protocol and Service Description tests, each run as
real HTTP requests against `sdkg serve` (gunicorn, two workers) on an on-disk store."""

from __future__ import annotations

import urllib.parse

import pytest
import rdflib

from tests.conftest import REFERENCE
from tests.server.conftest import TOKEN
from tests.server.w3c import RESULT_TYPES, boolean_of, load, request, same_graph

SUITE = REFERENCE / "sparql11-tests"
PROTOCOL = load(SUITE / "protocol" / "manifest.ttl")
GRAPH_STORE = load(SUITE / "graph-store-protocol" / "manifest.ttl")
AUTH = {"authorization": f"Bearer {TOKEN}"}

# Tests that do not apply, with the reason. (None at present: every manifest entry runs.)
NOT_APPLICABLE: dict[str, str] = {}


def _reset(server, graph_data) -> None:
    """Each test starts from an empty store holding only its ut:graphData."""
    status, _, body = request(server.url, "POST", "/sparql", {"content-type": "application/sparql-update", **AUTH},
                              b"DROP ALL")
    assert status == 204, body
    for path, iri in graph_data:
        status, _, body = request(server.url, "PUT", "/rdf-graphs?graph=" + urllib.parse.quote(iri, safe=""),
                                  {"content-type": "application/n-triples", **AUTH}, path.read_bytes())
        assert status in (201, 204), body


def _run(server, test, prefix: str, to: str) -> None:
    if test.name in NOT_APPLICABLE:
        pytest.skip(NOT_APPLICABLE[test.name])
    _reset(server, test.graph_data)
    variables: dict[str, str] = {}
    for i, ex in enumerate(test.exchanges):
        path = to + ex.path[len(prefix):]
        body = ex.body
        for var, value in variables.items():
            path = path.replace(var, value)
            body = body.replace(var.encode(), value.encode()) if body else body
        headers = {**ex.headers, **AUTH}
        status, headers_out, content = request(server.url, ex.method, path, headers, body)
        where = f"{test.name} request {i + 1}: {ex.method} {path} -> {status} {content[:300]!r}"
        assert status in ex.statuses, where
        ctype = headers_out.get("content-type", "").split(";")[0].strip()
        if ex.result_format:
            assert ctype in RESULT_TYPES[ex.result_format], where
        if ex.boolean is not None:
            assert boolean_of(ctype, content) is ex.boolean, where
        if ex.response_type:
            assert ctype == ex.response_type.split(";")[0].strip(), where
        if ex.response_body is not None and ex.method != "HEAD":
            assert same_graph(ex.response_body, content, server.url + path), where
        if ex.location_var:
            assert "location" in headers_out, where
            variables[ex.location_var] = headers_out["location"]


@pytest.mark.parametrize("test", PROTOCOL, ids=[t.name for t in PROTOCOL])
def test_protocol(writable_server, test):
    _run(writable_server, test, "/sparql", "/sparql")


@pytest.mark.parametrize("test", GRAPH_STORE, ids=[t.name for t in GRAPH_STORE])
def test_graph_store(writable_server, test):
    _run(writable_server, test, "/gsp", "/rdf-graphs")


def test_manifests_are_complete():
    # The suites must not silently shrink: 34 protocol tests, 4 direct + 9 indirect graph store tests.
    assert len(PROTOCOL) == 34 and len(GRAPH_STORE) == 13


# --- service description manifest: has-endpoint-triple, returns-rdf, conforms-to-schema ------------------

SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")


@pytest.mark.parametrize("accept", ["text/turtle", "application/rdf+xml", "application/n-triples"])
def test_service_description_returns_rdf(writable_server, accept):
    status, headers, body = request(writable_server.url, "GET", "/sparql", {"accept": accept}, None)
    assert status == 200 and headers["content-type"].startswith(accept)
    g = rdflib.Graph().parse(data=body, format={"text/turtle": "turtle", "application/rdf+xml": "xml",
                                                "application/n-triples": "nt"}[accept])
    assert len(g) > 5


def test_service_description_endpoint_and_schema(writable_server):
    status, _, body = request(writable_server.url, "GET", "/sparql", {}, None)
    g = rdflib.Graph().parse(data=body, format="turtle")
    services = list(g.subjects(rdflib.RDF.type, SD.Service))
    assert len(services) == 1
    service = services[0]
    assert g.value(service, SD.endpoint) == rdflib.URIRef(writable_server.endpoint)
    languages = set(g.objects(service, SD.supportedLanguage))
    assert languages == {SD.SPARQL11Query, SD.SPARQL11Update}  # this server takes updates
    for fmt in g.objects(service, SD.resultFormat):
        assert isinstance(fmt, rdflib.URIRef) and str(fmt).startswith(("http://www.w3.org/ns/formats/",
                                                                         "https://www.w3.org/ns/formats/"))
    dataset = g.value(service, SD.defaultDataset)
    assert (dataset, rdflib.RDF.type, SD.Dataset) in g and g.value(dataset, SD.defaultGraph) is not None
