"""`sdkg serve --endpoint URL`: the SPARQL service in front of a remote store answers like it."""

import json
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


def test_remote_answers_keep_the_row_cap_and_the_csv_rule(tmp_path):
    """Answers the remote engine serialises are held to this server's row cap (flagged when cut)
    and to the CSV rule for cells a spreadsheet would evaluate, as the embedded store's are."""
    with oxigraph_server(tmp_path / "ox") as base:
        remote = remote_for(base)
        rows = " ".join(f'<https://x.example/{i}> <https://x.example/p> "=HYPERLINK(\\"{i}\\")" .' for i in range(8))
        remote.update(f"INSERT DATA {{ GRAPH <https://x.example/g> {{ {rows} "
                      "<https://x.example/n> <https://x.example/q> -5 . } }")
        port = free_port()
        proc = subprocess.Popen([sys.executable, "-m", "sdkg.cli", "serve", "--endpoint", base + "/query",
                                 "--host", "127.0.0.1", "--port", str(port), "--workers", "1", "--max-rows", "3"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            url = f"http://127.0.0.1:{port}/sparql"
            wait_for(url, proc)

            def get(query: str, accept: str):
                req = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}),
                                             headers={"Accept": accept})
                with urllib.request.urlopen(req, timeout=30) as resp:
                    return resp.headers, resp.read().decode()

            every = "SELECT ?s ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?s"
            head, body = get(every, "application/sparql-results+json")
            data = json.loads(body)
            assert head["X-SDKG-Truncated"] == "true" and data["truncated"] is True and data["maxRows"] == 3
            assert len(data["results"]["bindings"]) == 3
            head, body = get(every, "text/csv")
            lines = body.splitlines()
            assert head["Content-Type"].startswith("text/csv") and head["X-SDKG-Truncated"] == "true"
            assert lines[0] == "s,o" and len(lines) == 4
            assert all(line.split(",", 1)[1].startswith("\"'=HYPERLINK") for line in lines[1:]), lines
            # a number stays a number; a small answer is not flagged
            head, body = get("SELECT ?o WHERE { GRAPH ?g { ?s <https://x.example/q> ?o } }", "text/csv")
            assert body.splitlines() == ["o", "-5"] and "X-SDKG-Truncated" not in head
            head, body = get("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", "application/n-triples")
            assert head["X-SDKG-Truncated"] == "true" and len(body.strip().splitlines()) == 3
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(20)
