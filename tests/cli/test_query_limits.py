"""`sdkg query` runs under the query service's limits, as every read path of the server does: a query that would
run for hours is stopped at `query_timeout` with a message naming the setting, and an ordinary one answers."""

import os
import subprocess
import sys

import pyoxigraph as ox

EX = "http://example.org/"


def _store(path, n=200):
    store = ox.Store(str(path))
    store.extend([ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p"), ox.Literal(str(i)), ox.DefaultGraph())
                  for i in range(n)])
    store.flush()
    del store


def _query(path, sparql, **env):
    return subprocess.run([sys.executable, "-m", "sdkg.cli", "query", "--store", str(path), "--format", "csv", sparql],
                          capture_output=True, text=True, timeout=180, env={**os.environ, **env})


def test_a_query_past_the_time_limit_is_stopped_with_the_setting_named(tmp_path):
    _store(tmp_path / "db")
    # 200 triples joined with themselves four times: 1.6 billion rows to count
    endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    done = _query(tmp_path / "db", endless, SDKG_QUERY_TIMEOUT="2")
    assert done.returncode == 3, done.stdout + done.stderr
    assert "query_timeout" in done.stderr and not done.stdout


def test_an_ordinary_query_answers_under_the_limits(tmp_path):
    _store(tmp_path / "db")
    done = _query(tmp_path / "db", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")  # the default settings
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["n", "200"]
