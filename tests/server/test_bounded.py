"""Every read path goes through the query service: with a 1 ms time limit none answers 200 with
data, while the same server with the default limit answers them all (so the test can fail)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import requests
from sdkg.graph.ingest import ingest
from sdkg.graph.store import OxigraphStore
from sdkg.sparql.library import library

from .conftest import Server


@pytest.fixture(scope="module")
def seeded(seed_paths, tmp_path_factory):
    path = tmp_path_factory.mktemp("bounded") / "db"
    with OxigraphStore(path) as store:
        assert ingest(store, seed_paths).ok
        code = store.select("SELECT ?c WHERE { ?m a sdkg:Gemeente ; dcterms:identifier ?c } ORDER BY ?c LIMIT 1")
        # a partner, so that it is a node of the partners network
        org = store.select("SELECT ?o WHERE { ?m sdkg:worksWith ?o } ORDER BY ?o LIMIT 1")
        report = store.select("SELECT ?r WHERE { ?r a sdkg:Report } ORDER BY ?r LIMIT 1")
    return path, code.rows[0][0].value, org.rows[0][0].value, report.rows[0][0].value


# Paths whose data answer needs another Accept than the default below (JSON would be a static list).
ACCEPT = {"/dumps/": "text/html", "/rdf-graphs?default": "text/turtle"}


def read_paths(code: str, org: str, report: str) -> list[str]:
    paths = ["/", "/sparql?query=" + requests.utils.quote("SELECT ?s WHERE { ?s ?p ?o } LIMIT 5"),
             f"/id/gemeente/{code}", "/id/" + org.split("/id/", 1)[1], "/id/" + report.split("/id/", 1)[1],
             "/gemeenten", "/zoeken?q=zorg", "/.well-known/void?format=ttl", "/catalog?format=html",
             "/dumps/", "/dumps/sdkg.nq", "/dumps/sdkg.ttl.gz", "/rdf-graphs?default",
             "/api/network/meta", "/api/network/partners", f"/api/network/partners?municipality={code}",
             "/api/network/municipalities", "/api/network/partners/download.csv",
             f"/api/network/node?kind=partners&id={requests.utils.quote(org)}"]
    for q in library().values():
        params = {p.name: code if p.type == "municipality" else (p.default or "x")
                  for p in q.params if not p.optional}
        if any(p.type == "iri" for p in q.params if not p.optional):
            params.update({p.name: org for p in q.params if p.type == "iri" and not p.optional})
        paths.append(f"/api/queries/{q.name}?" + "&".join(f"{k}={requests.utils.quote(v)}" for k, v in params.items()))
    return paths


def _status(base: str, path: str) -> int:
    accept = ACCEPT.get(path, "application/json, text/html;q=0.9")
    return requests.get(base + path, timeout=60, headers={"Accept": accept}).status_code


@pytest.mark.parametrize("timeout", ["30", "0.001"])
def test_a_one_millisecond_limit_bounds_every_read_path(seeded, tmp_path, timeout):
    path, code, org, report = seeded
    # the default workers; dumps in a folder of this server's own (none written before)
    server = Server(path, "--timeout", timeout, "--dump-dir", str(tmp_path / "dumps"), log=tmp_path / "serve.log")
    try:
        answers = {p: _status(server.url, p) for p in read_paths(code, org, report)}
    finally:
        server.stop()
    if timeout == "30":
        assert {p: s for p, s in answers.items() if s != 200} == {}
    else:
        assert all(s == 503 for s in answers.values()), answers
        assert "Traceback" not in (tmp_path / "serve.log").read_text()
        # a stopped dump leaves no file, whole or half-written
        assert not [f for f in (tmp_path / "dumps").rglob("*") if f.is_file()]


def test_limit_answers_have_each_audience_shape(seeded, tmp_path):
    path, code, _, _ = seeded
    server = Server(path, "--timeout", "0.001", log=tmp_path / "serve.log")
    try:
        r = requests.get(server.url + "/api/queries/partners", params={"municipality": code})
        assert r.status_code == 503 and r.headers["Content-Type"].startswith("application/json")
        body = r.json()
        assert body["status"] == 503 and "limit of 0.001 s" in body["error"] and "detail" in body
        r = requests.get(server.url + "/", headers={"Accept": "text/html"})
        assert r.status_code == 503 and r.headers["Content-Type"].startswith("text/html")
        assert 'lang="nl"' in r.text and "limit of 0.001 s" in r.text
        r = requests.get(server.url + "/sparql", params={"query": "ASK {}"})
        assert r.status_code == 503 and r.headers["Content-Type"].startswith("text/plain")
        assert r.headers.get("Retry-After")
    finally:
        server.stop()
    assert ox  # terms come back from the store as pyoxigraph terms
