"""Security defaults, probed against a running server: federated SERVICE refused without any
request leaving the server, spreadsheet formulas neutralised in every CSV, writes need a
well-formed right token, no path escapes its folder."""

from __future__ import annotations

import socket
import threading

import networkx as nx
import pyoxigraph as ox
import pytest
import requests
from sdkg.graph.store import Table
from sdkg.sparql.results import to_delimited

from .conftest import TOKEN, Server


class Listener:
    """A TCP listener on a free port that counts the connections it is offered."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self):
        self._stop.set()
        self.thread.join(5)
        self.sock.close()


@pytest.fixture
def listener():
    lst = Listener()
    yield lst
    lst.close()


def service_queries(url: str) -> list[str]:
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        f"PREFIX remote: <{url.rsplit('/', 1)[0]}/> SELECT * WHERE {{ SERVICE remote:sparql {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVIC\\u0045 <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ BIND(<{url}> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
        f"ASK {{ {{ SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }}",
    ]


def test_federated_service_is_refused_before_any_request_leaves(data_server, listener):
    url = f"http://127.0.0.1:{listener.port}/sparql"
    for q in service_queries(url):
        r = requests.get(data_server.endpoint, params={"query": q}, timeout=30)
        assert r.status_code == 403, (q, r.status_code, r.text)
        assert "SERVICE" in r.text and "service_allow" in r.text
    r = requests.post(data_server.endpoint, timeout=30, headers={"Content-Type": "application/sparql-update",
                      "Authorization": "Bearer x"}, data=f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}")
    assert r.status_code in (401, 403)
    # A variable or a prefixed name that only reads "service" is no SERVICE clause.
    r = requests.get(data_server.endpoint, params={"query": "SELECT ?service WHERE { ?service ?p ?o } LIMIT 1"})
    assert r.status_code == 200
    assert listener.connections == 0


def test_an_allowed_endpoint_is_called(data_store, listener, tmp_path):
    """The same query to an endpoint the setting lists does reach it (so the test above can fail)."""
    url = f"http://127.0.0.1:{listener.port}/sparql"
    server = Server(data_store, "--allow-service", url, "--timeout", "5", log=tmp_path / "serve.log")
    try:
        r = requests.get(server.endpoint, params={"query": service_queries(url)[0]}, timeout=30)
        assert r.status_code != 403
        assert listener.connections >= 1
        other = f"http://127.0.0.1:{listener.port}/other"
        before = listener.connections
        r = requests.get(server.endpoint, params={"query": service_queries(other)[0]}, timeout=30)
        assert r.status_code == 403 and listener.connections == before
    finally:
        server.stop()


FORMULAS = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]


def test_sparql_csv_neutralises_formulas_but_keeps_numbers(data_server):
    values = " ".join(ox.Literal(v).__str__() for v in FORMULAS)
    q = f"SELECT ?v ?n WHERE {{ VALUES ?v {{ {values} }} BIND(-5 AS ?n) }}"
    r = requests.get(data_server.endpoint, params={"query": q, "format": "csv"})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/csv")
    import csv
    import io

    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0] == ["v", "n"]
    assert sorted(row[0] for row in rows[1:]) == sorted("'" + v for v in FORMULAS)
    assert {row[1] for row in rows[1:]} == {"-5"}


def test_named_query_and_network_csv_neutralise_formulas():
    from sdkg.graph.network.export import csv_tables

    table = Table(["name", "n"], [[ox.Literal(v), ox.Literal("-3", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#integer"))] for v in FORMULAS])
    import csv
    import io

    cells = list(csv.reader(io.StringIO(to_delimited(table), newline="")))
    assert all(row[0].startswith("'") for row in cells[1:]) and all(row[1] == "-3" for row in cells[1:])
    g = nx.Graph()
    g.add_node("o1", label="=cmd|' /C calc'!A0", type="organisation")
    g.add_node("m1", label="@gemeente", type="municipality")
    g.add_edge("o1", "m1", weight=2)
    nodes, edges = csv_tables(g)
    assert "'=cmd" in nodes and "'@gemeente" in nodes and "\n=cmd" not in nodes and ",=cmd" not in nodes
    assert "'=cmd" in edges


@pytest.mark.parametrize("auth", [None, "Bearer wrong", "Bearer", "Basic dGVzdDp0ZXN0", f"bearer{TOKEN}",
                                  f"Bearer {TOKEN} extra", "Bearer " + "x" * 5000])
def test_writes_without_the_right_token_are_refused(writable_server, auth):
    headers = {"Content-Type": "application/sparql-update", **({"Authorization": auth} if auth else {})}
    r = requests.post(writable_server.endpoint, headers=headers, data=b"CLEAR ALL")
    assert r.status_code == 401, r.text
    r = requests.put(writable_server.url + "/rdf-graphs?graph=http://example.org/x", headers={
        "Content-Type": "text/turtle", **({"Authorization": auth} if auth else {})}, data=b"<a:s> <a:p> 1 .")
    assert r.status_code == 401


@pytest.mark.parametrize("path", ["/dumps/..%2f..%2fetc%2fpasswd", "/dumps/../../etc/passwd", "/id/..%2f..%2fsecret",
                                  "/id/gemeente/..%2f..%2f..%2fetc%2fpasswd", "/api/queries/..%2f..%2fsettings",
                                  "/api/queries/%2e%2e%2fpartners", "/static/..%2f..%2fsettings.py"])
def test_paths_do_not_escape_their_folder(data_server, path):
    r = requests.get(data_server.url + path, allow_redirects=False)
    assert r.status_code in (400, 404), (path, r.status_code)
    assert b"root:" not in r.content and b"SPECS" not in r.content
