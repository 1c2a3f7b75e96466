"""The query service on its own: identical reads share one evaluation, views get terms back
exactly, and the way of evaluating follows the store's declared capabilities."""

from __future__ import annotations

import threading
import time

import pyoxigraph as ox
from sdkg.graph.store import OxigraphStore
from sdkg.sparql.execute import Executor, Job
from sdkg.sparql.service import BoundedStore

EX = "http://example.org/"


def _store(path=None) -> OxigraphStore:
    store = OxigraphStore(path)
    g = ox.NamedNode(EX + "g")
    store.put_graph(g, [ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(EX + "p"),
                                ox.Literal(f"-{i}" if i % 2 else str(i), language="nl" if i % 3 else None), g)
                        for i in range(40)])
    return store


def test_identical_reads_in_flight_are_evaluated_once():
    store = _store()
    calls = []
    original = store.answer

    def slow_answer(job):
        calls.append(job.text)
        time.sleep(0.5)
        return original(job)

    store.answer = slow_answer
    ex = Executor(store, timeout=10, max_rows=100)
    job = Job("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", media_type="application/sparql-results+json")
    answers = []
    threads = [threading.Thread(target=lambda: answers.append(ex.read(job))) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [a.status for a in answers] == [200] * 6 and len({a.body for a in answers}) == 1
    assert len(calls) == 1
    ex.read(Job("query", job.text + " # another text", media_type=job.media_type))
    assert len(calls) == 2


def test_views_get_exact_terms_through_the_evaluator_processes(tmp_path):
    store = _store(tmp_path / "db")
    store.close()
    reader = OxigraphStore(tmp_path / "db", read_only=True)
    assert reader.location and reader.snapshot  # declared, so the service uses evaluator processes
    ex = Executor(reader, timeout=30, max_rows=100, evaluators=1)
    try:
        assert ex.pool is not None
        bounded = BoundedStore(reader, ex)
        q = "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s"
        assert bounded.select(q).rows == reader.select(q).rows
        one = bounded.select("SELECT ?s ?o WHERE { ?s ?p ?o }", {"s": ox.NamedNode(EX + "s3")})
        assert one.rows == [[ox.NamedNode(EX + "s3"), ox.Literal("-3")]]
        assert bounded.ask("ASK { ?s ?p ?o }") is True
        assert len(bounded.construct("CONSTRUCT WHERE { ?s ?p ?o }")) == 40
        capped = bounded.select(q, max_rows=5)
        assert len(capped.rows) == 5 and capped.truncated
    finally:
        ex.close()


def test_a_store_without_a_location_is_read_in_a_thread():
    store = _store()
    assert store.location is None
    ex = Executor(store, timeout=5, max_rows=10)
    assert ex.pool is None and ex.writer is None
    assert BoundedStore(store, ex).select("SELECT ?s WHERE { ?s ?p ?o } LIMIT 2").rows
