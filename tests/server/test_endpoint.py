"""Protocol behaviour beyond the W3C suite: negotiation, errors, CORS, caching, auth, and serving while
another process writes the store."""

from __future__ import annotations

import pyoxigraph as ox
import requests

from tests.server.conftest import TOKEN

ASK = "ASK { ?r a sdkg:Report }"
SELECT = "SELECT ?r ?year WHERE { ?r a sdkg:Report ; sdkg:year ?year } ORDER BY ?r LIMIT 5"
CONSTRUCT = "CONSTRUCT { ?r a sdkg:Report } WHERE { ?r a sdkg:Report } LIMIT 5"


def test_select_formats_by_accept_with_q_values(data_server):
    cases = {
        "application/sparql-results+xml": "application/sparql-results+xml",
        "text/csv": "text/csv",
        "text/tab-separated-values": "text/tab-separated-values",
        "text/csv;q=0.5, application/sparql-results+xml;q=0.9": "application/sparql-results+xml",
        "text/html, */*;q=0.1": "application/sparql-results+json",
        "application/json": "application/sparql-results+json",
    }
    for accept, expected in cases.items():
        r = requests.get(data_server.endpoint, params={"query": SELECT}, headers={"Accept": accept})
        assert r.status_code == 200 and r.headers["Content-Type"].split(";")[0] == expected, accept
    assert requests.get(data_server.endpoint, params={"query": SELECT, "format": "tsv"}).headers[
        "Content-Type"].startswith("text/tab-separated-values")


def test_construct_formats(data_server):
    for accept, parse_as in [("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES),
                             ("application/rdf+xml", ox.RdfFormat.RDF_XML), ("application/ld+json", ox.RdfFormat.JSON_LD),
                             ("application/trig", ox.RdfFormat.TRIG), ("application/n-quads", ox.RdfFormat.N_QUADS)]:
        r = requests.get(data_server.endpoint, params={"query": CONSTRUCT}, headers={"Accept": accept})
        assert r.status_code == 200 and r.headers["Content-Type"].startswith(accept), accept
        assert len(list(ox.parse(r.content, format=parse_as))) == 5, accept


def test_not_acceptable_and_syntax_error(data_server):
    r = requests.get(data_server.endpoint, params={"query": SELECT}, headers={"Accept": "image/png"})
    assert r.status_code == 406 and "application/sparql-results+json" in r.text
    r = requests.get(data_server.endpoint, params={"query": CONSTRUCT}, headers={"Accept": "text/csv"})
    assert r.status_code == 406
    r = requests.get(data_server.endpoint, params={"query": "SELECT * WHERE { ?s ?p }"})
    assert r.status_code == 400 and r.headers["Content-Type"].startswith("text/plain")
    assert "line 1, column" in r.text  # the position in the query as sent


def test_cors(data_server):
    r = requests.options(data_server.endpoint, headers={"Origin": "https://example.org",
                                                        "Access-Control-Request-Method": "POST",
                                                        "Access-Control-Request-Headers": "content-type"})
    assert r.status_code == 204
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in r.headers["Access-Control-Allow-Methods"]
    assert "content-type" in r.headers["Access-Control-Allow-Headers"].lower()
    r = requests.get(data_server.endpoint, params={"query": ASK}, headers={"Origin": "https://example.org"})
    assert r.headers["Access-Control-Allow-Origin"] == "*" and "ETag" in r.headers["Access-Control-Expose-Headers"]


def test_repeated_queries_come_from_the_cache(data_server):
    # STRUUID() differs on every evaluation; a cached answer repeats it. Two workers: at most two values.
    q = "SELECT (STRUUID() AS ?u) WHERE {}"
    seen = {requests.get(data_server.endpoint, params={"query": q}).json()["results"]["bindings"][0]["u"]["value"]
            for _ in range(12)}
    assert len(seen) <= 2


def test_etag_revalidation(data_server):
    r = requests.get(data_server.endpoint, params={"query": SELECT})
    tag = r.headers["ETag"]
    assert "public" in r.headers["Cache-Control"] and "max-age" in r.headers["Cache-Control"]
    again = requests.get(data_server.endpoint, params={"query": SELECT}, headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.content == b"" and again.headers["ETag"] == tag
    other = requests.get(data_server.endpoint, params={"query": SELECT}, headers={"If-None-Match": 'W/"nope"'})
    assert other.status_code == 200 and other.content == r.content
    post = requests.post(data_server.endpoint, data={"query": SELECT}, headers={"If-None-Match": tag})
    assert post.status_code == 304  # same query, same dataset, same format, same data


def test_writes_are_refused_without_a_token(data_server):
    r = requests.post(data_server.endpoint, data={"update": "CLEAR ALL"})
    assert r.status_code == 403 and "read-only" in r.text
    r = requests.put(data_server.url + "/rdf-graphs?graph=http://example.org/g", data=b"<a:b> <a:c> <a:d> .",
                     headers={"Content-Type": "application/n-triples"})
    assert r.status_code == 403
    assert requests.get(data_server.endpoint, params={"query": ASK}).json()["boolean"] is True


def test_writes_need_the_right_token(writable_server):
    upd = {"Content-Type": "application/sparql-update"}
    r = requests.post(writable_server.endpoint, data=b"CLEAR ALL", headers=upd)
    assert r.status_code == 401 and r.headers["WWW-Authenticate"].startswith("Bearer")
    r = requests.post(writable_server.endpoint, data=b"CLEAR ALL", headers={**upd, "Authorization": "Bearer wrong"})
    assert r.status_code == 401
    r = requests.post(writable_server.endpoint, headers={**upd, "Authorization": f"Bearer {TOKEN}"},
                      data=b"INSERT DATA { GRAPH <http://example.org/t> { <http://example.org/s> <http://example.org/p> 1 } }")
    assert r.status_code == 204
    q = "ASK { GRAPH <http://example.org/t> { <http://example.org/s> <http://example.org/p> 1 } }"
    # Every worker sees the write at once (generation bump -> fresh snapshot, fresh cache).
    assert all(requests.get(writable_server.endpoint, params={"query": q}).json()["boolean"] for _ in range(6))


def test_serving_while_another_process_writes(data_server, data_store):
    """`sdkg ingest` style: a separate process opens the store read-write while the server reads."""
    from sdkg.graph.store import OxigraphStore

    q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://example.org/added> { ?s ?p ?o } }"
    def count() -> int:
        r = requests.get(data_server.endpoint, params={"query": q})
        assert r.status_code == 200, r.text
        return int(r.json()["results"]["bindings"][0]["n"]["value"])
    assert count() == 0
    writer = OxigraphStore(data_store)
    try:
        g = ox.NamedNode("http://example.org/added")
        writer.put_graph(g, [ox.Quad(ox.NamedNode(f"http://example.org/s{i}"), ox.NamedNode("http://example.org/p"),
                                     ox.Literal(str(i)), g) for i in range(7)])
        assert all(count() == 7 for _ in range(6))
    finally:
        writer.drop_graph(ox.NamedNode("http://example.org/added"))
        writer.close()
        del writer
    assert all(count() == 0 for _ in range(6))


def test_graph_store_get_of_a_report_graph(data_server):
    graphs = requests.get(data_server.endpoint, params={
        "query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?r a sdkg:Report } } ORDER BY ?g LIMIT 1"}).json()
    g = graphs["results"]["bindings"][0]["g"]["value"]
    r = requests.get(data_server.url + "/rdf-graphs", params={"graph": g}, headers={"Accept": "application/n-triples"})
    assert r.status_code == 200 and len(r.text.splitlines()) > 10
    assert requests.head(data_server.url + "/rdf-graphs", params={"graph": g + "x"}).status_code == 404


def test_the_query_form_is_its_first_keyword_of_its_own(data_server):
    # The form decides negotiation; a prefix named like a form, a form word inside an IRI, a string
    # or a comment is not the form. A CONSTRUCT declaring `PREFIX select:` still answers a graph.
    text = ("# SELECT ASK\nPREFIX select: <http://example.org/select/>\nPREFIX ask: <http://example.org/ASK#>\n"
            "CONSTRUCT { ?r a select:Report } WHERE { ?r a sdkg:Report FILTER(?r != 'ask') } LIMIT 2")
    r = requests.get(data_server.endpoint, params={"query": text}, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/turtle"), r.text
    r = requests.get(data_server.endpoint, params={"query": "PREFIX ask: <http://example.org/> " + SELECT},
                     headers={"Accept": "text/csv"})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/csv"), r.text
