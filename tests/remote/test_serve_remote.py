"""`sdkg serve --endpoint URL`: the SPARQL service in front of a remote store answers like it."""

import os
import signal
import subprocess
import sys
import urllib.parse
import urllib.request

from .conftest import ingest_ok, remote_for
from .servers import free_port, oxigraph_server, wait_for

QUERY = "SELECT ?name WHERE { ?o a sdkg:Organisation ; skos:prefLabel ?name } ORDER BY ?name"


def test_sparql_endpoint_forwards_to_the_remote_store(tmp_path, seed_paths):
    with oxigraph_server(tmp_path / "ox") as base:
        remote = remote_for(base)
        ingest_ok(remote, seed_paths[:2])
        expected = [r["name"] for r in remote.select("SELECT DISTINCT ?name WHERE { ?o a sdkg:Organisation ; "
                                                      "skos:prefLabel ?name } ORDER BY ?name").values()]
        port = free_port()
        proc = subprocess.Popen([sys.executable, "-m", "sdkg.cli", "serve", "--endpoint", base + "/query",
                                 "--host", "127.0.0.1", "--port", str(port), "--workers", "1"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            url = f"http://127.0.0.1:{port}/sparql"
            wait_for(url, proc)
            q = QUERY.replace("SELECT ?name", "SELECT DISTINCT ?name")
            req = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": q}),
                                         headers={"Accept": "text/csv"})
            with urllib.request.urlopen(req, timeout=30) as resp:
                assert resp.headers["Content-Type"].startswith("text/csv")
                rows = resp.read().decode().splitlines()
            assert rows[0] == "name" and rows[1:] == expected and len(expected) > 5
            bad = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": "SELECT WHERE {"}))
            try:
                urllib.request.urlopen(bad, timeout=30)
                raise AssertionError("a syntax error must not succeed")
            except urllib.error.HTTPError as e:
                assert e.code == 400
            # the position is in the query as the user wrote it, though prefixes went before it
            bad = "SELECT ?s WHERE {\n  ?s foo:bar ?o .\n  ?s ?p }"
            req = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": bad}))
            try:
                urllib.request.urlopen(req, timeout=30)
                raise AssertionError("a syntax error must not succeed")
            except urllib.error.HTTPError as e:
                text = e.read().decode()
                assert e.code == 400 and "line 2" in text and "foo:" in text, text
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(20)
