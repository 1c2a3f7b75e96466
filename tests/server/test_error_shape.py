"""One error shape per audience, across routes (after datasette's tests/test_error_shape.py):
JSON {status, error, detail} under /api/, protocol text on /sparql and /rdf-graphs, a Dutch
HTML page for people."""

from __future__ import annotations

import pytest
import requests

from .conftest import TOKEN

API = [
    ("/api/queries/no-such-query", 404),
    ("/api/queries/partners?municipality=Nergenshuizen", 400),
    ("/api/queries/partners?municipality=GM0546&bogus=1", 400),
    ("/api/queries/partners?format=pdf", 400),
    ("/api/network/no-such-kind", 404),
    ("/api/network/partners?radius=7", 400),
    ("/api/network/node?kind=partners&id=http://example.org/none", 404),
    ("/api/nothing-here", 404),
]
PROTOCOL = [
    ("/sparql?query=SELECT+WHERE+%7B", 400),
    ("/sparql?query=ASK%7B%7D&query=ASK%7B%7D", 400),
    ("/rdf-graphs?graph=http://example.org/none", 404),
]
PEOPLE = [("/no-such-page", 404), ("/id/gemeente/GM9999999", 404), ("/def/nothing/here", 404)]


@pytest.mark.parametrize(("path", "status"), API)
def test_api_errors_are_json(data_server, path, status):
    r = requests.get(data_server.url + path)
    assert r.status_code == status, r.text[:300]
    assert r.headers["Content-Type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"status", "error", "detail"} and body["status"] == status
    assert isinstance(body["error"], str) and body["error"]


@pytest.mark.parametrize(("path", "status"), PROTOCOL)
def test_protocol_errors_are_text(data_server, path, status):
    r = requests.get(data_server.url + path)
    assert r.status_code == status, r.text[:300]
    assert r.headers["Content-Type"].startswith("text/plain") and r.text.strip()
    assert not r.text.lstrip().startswith(("{", "<"))


@pytest.mark.parametrize(("path", "status"), PEOPLE)
def test_people_get_a_dutch_page(data_server, path, status):
    r = requests.get(data_server.url + path, headers={"Accept": "text/html"})
    assert r.status_code == status
    assert r.headers["Content-Type"].startswith("text/html")
    assert '<html lang="nl">' in r.text and "Foutcode" in r.text and "Traceback" not in r.text


def test_drop_of_a_missing_graph_is_a_clear_4xx_and_silent_is_fine(writable_server):
    headers = {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"}
    r = requests.post(writable_server.endpoint, headers=headers, data=b"DROP GRAPH <http://example.org/never>")
    assert r.status_code == 404 and "Retry-After" not in r.headers
    assert "does not exist" in r.text and "SILENT" in r.text
    r = requests.post(writable_server.endpoint, headers=headers, data=b"DROP SILENT GRAPH <http://example.org/never>")
    assert r.status_code == 204


@pytest.mark.parametrize("path", ["/def", "/catalog", "/.well-known/void"])
def test_no_accept_header_gets_a_default_format(data_server, path):
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", data_server.port, timeout=30)
    conn.request("GET", path, headers={"Accept-Encoding": "identity"})  # http.client sends no Accept
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    assert resp.status == 200, body[:300]
    assert resp.getheader("Content-Type").split(";")[0] in ("text/html", "text/turtle") and body
