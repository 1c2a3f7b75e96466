"""Time limit, row cap and request size, against a running `sdkg serve` (timeout 3 s, 50 rows)."""

from __future__ import annotations

import json
import os
import threading
import time
import urllib.parse
from pathlib import Path

import requests

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SMALL = "SELECT ?r WHERE { ?r a sdkg:Report } LIMIT 3"


def _evaluators(server) -> list[int]:
    """Pids of the query evaluator processes under this server."""
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmd = (proc / "cmdline").read_bytes().split(b"\0")
            if b"sparql.execute" in cmd and os.getpgid(int(proc.name)) == server.proc.pid:
                pids.append(int(proc.name))
        except (OSError, ProcessLookupError):
            continue
    return pids


def _cpu_seconds(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except OSError:
            continue
    return total


def test_runaway_query_is_stopped_while_others_are_answered(data_server):
    outcome = {}

    def runaway():
        t0 = time.monotonic()
        r = requests.get(data_server.endpoint, params={"query": RUNAWAY}, timeout=120)
        outcome.update(status=r.status_code, text=r.text, seconds=time.monotonic() - t0)

    t = threading.Thread(target=runaway)
    t.start()
    time.sleep(0.5)
    answered_meanwhile = 0
    while t.is_alive():
        r = requests.get(data_server.endpoint, params={"query": SMALL, "n": str(answered_meanwhile)}, timeout=30)
        assert r.status_code == 200, r.text
        if t.is_alive():
            answered_meanwhile += 1
        time.sleep(0.2)
    t.join()
    assert outcome["status"] == 503, outcome
    assert "limit of 3 s" in outcome["text"]
    # Stopped near the 3 s limit (generous margin for a loaded 2-core machine), not run to completion.
    assert outcome["seconds"] < 3 + 20
    assert answered_meanwhile >= 1
    # The overrunning evaluator was killed: no evaluator keeps burning CPU afterwards.
    pids = _evaluators(data_server)
    before = _cpu_seconds(pids)
    time.sleep(1.0)
    assert _cpu_seconds(pids) - before < 0.5


def test_row_cap_truncates_and_says_so(data_server):
    r = requests.get(data_server.endpoint, params={"query": "SELECT * WHERE { ?s ?p ?o }"},
                     headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200
    assert r.headers["X-SDKG-Truncated"] == "true"
    data = r.json()
    assert len(data["results"]["bindings"]) == 50
    assert data["truncated"] is True and data["maxRows"] == 50
    csv = requests.get(data_server.endpoint, params={"query": "SELECT * WHERE { ?s ?p ?o }", "format": "csv"})
    assert csv.headers["X-SDKG-Truncated"] == "true"
    assert len(csv.text.strip().splitlines()) == 51  # header + 50 rows


def test_small_results_are_not_flagged(data_server):
    r = requests.get(data_server.endpoint, params={"query": SMALL})
    assert r.status_code == 200 and "X-SDKG-Truncated" not in r.headers
    assert len(r.json()["results"]["bindings"]) == 3 and "truncated" not in r.json()


def test_construct_is_capped_in_triples(data_server):
    r = requests.get(data_server.endpoint, params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
                     headers={"Accept": "application/n-triples"})
    assert r.status_code == 200 and r.headers["X-SDKG-Truncated"] == "true"
    assert len(r.text.strip().splitlines()) == 50


def test_request_size_limit(data_server):
    big = "SELECT * WHERE { ?s ?p ?o } # " + "x" * 30000
    r = requests.post(data_server.endpoint, data=big.encode(), headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413 and "20000 bytes" in r.text
    r = requests.post(data_server.endpoint, data={"query": big})
    assert r.status_code == 413
    url = data_server.endpoint + "?query=" + urllib.parse.quote("ASK {} #" + "y" * 5000)
    assert requests.get(url).status_code == 200  # long GET URLs are fine below the limit


def test_truncated_json_stays_valid_for_xml_too(data_server):
    r = requests.get(data_server.endpoint, params={"query": "SELECT * WHERE { ?s ?p ?o }", "format": "xml"})
    import xml.etree.ElementTree as ET

    results = ET.fromstring(r.content).findall(".//{http://www.w3.org/2005/sparql-results#}result")
    assert len(results) == 50 and r.headers["X-SDKG-Truncated"] == "true"
    assert json.loads(requests.get(data_server.endpoint, params={"query": SMALL}).text)


ORDER_ALL = "SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"


def test_a_query_past_the_memory_limit_is_stopped_and_the_server_stays_up(data_store, tmp_path):
    """The square of a 6,000-triple store, sorted: stopped at the memory limit (not the time limit)."""
    from .conftest import Server

    server = Server(data_store, "--timeout", "60", "--query-memory", "300", log=tmp_path / "serve.log")
    try:
        t0 = time.monotonic()
        r = requests.get(server.endpoint, params={"query": ORDER_ALL}, timeout=120)
        assert r.status_code == 503, r.text[:300]
        assert "memory than the limit of 300 MB" in r.text and r.headers["Retry-After"]
        assert time.monotonic() - t0 < 60
        r = requests.get(server.endpoint, params={"query": SMALL})
        assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == 3
        # Ten at once: all stopped, while simple queries keep being answered.
        results, done = [], threading.Event()

        def runaway(i):
            q = ORDER_ALL + f" # {i}"
            results.append(requests.get(server.endpoint, params={"query": q}, timeout=180).status_code)

        threads = [threading.Thread(target=runaway, args=(i,)) for i in range(10)]
        for t in threads:
            t.start()
        answered = 0
        while any(t.is_alive() for t in threads):
            r = requests.get(server.endpoint, params={"query": SMALL, "n": str(answered)}, timeout=60)
            assert r.status_code == 200, r.text
            answered += 1
            time.sleep(0.1)
        for t in threads:
            t.join()
        done.set()
        assert results == [503] * 10 and answered >= 1
        assert server.proc.poll() is None
    finally:
        server.stop()
