"""The frames between a web worker and its evaluator processes: an answer arrives whole (head and raw
body, also when the body is larger than a socket buffer), a frame cut short is an error rather than a
short answer, a silent evaluator is a timeout, and a real evaluator's answer is byte for byte what the
engine wrote."""

from __future__ import annotations

import pickle
import re
import socket
import threading
import time

import pyoxigraph as ox
import pytest
import requests
from sdkg.graph.store import OxigraphStore
from sdkg.sparql.evaluate import Answer, Job, evaluate
from sdkg.sparql.execute import _SIZES, EvaluatorPool, recv_answer, recv_frame, send_answer, send_frame

EX = "http://example.org/"
JSON = "application/sparql-results+json"


def _pair():
    a, b = socket.socketpair()
    return a, b


@pytest.mark.parametrize("size", [0, 1, 70_000, 5_000_000])
def test_an_answer_arrives_whole(size):
    a, b = _pair()
    body = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    answer = Answer(200, JSON + "; charset=utf-8", body, truncated=True, headers={"Server-Timing": "engine;dur=1.0"})
    sender = threading.Thread(target=send_answer, args=(a, answer))  # larger than the socket buffer: a reader is needed
    sender.start()
    got = recv_answer(b, time.monotonic() + 30)
    sender.join()
    assert got == answer and type(got.body) is bytes
    a.close(), b.close()


def test_a_frame_cut_short_is_an_error_not_a_short_answer():
    a, b = _pair()
    head = pickle.dumps((200, JSON, False, {}))
    a.sendall(_SIZES.pack(len(head), 1000) + head + b"only part of the body")
    a.close()  # the evaluator died while writing
    with pytest.raises(EOFError):
        recv_frame(b, time.monotonic() + 5)
    b.close()


def test_a_silent_peer_is_a_timeout():
    a, b = _pair()
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        recv_frame(b, started + 0.3)
    assert 0.25 < time.monotonic() - started < 5
    send_frame(a, b"late")  # a frame after the deadline is still read whole by a later call
    assert recv_frame(b, time.monotonic() + 5) == (b"late", b"")
    a.close(), b.close()


def test_a_real_evaluator_answers_byte_for_byte(tmp_path):
    store = OxigraphStore(tmp_path / "db")
    g = ox.NamedNode(EX + "g")
    store.put_graph(g, [ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(EX + "p"), ox.Literal(f"tekst {i} " * 20), g)
                        for i in range(3000)])
    store.close()
    del store
    path = str((tmp_path / "db").resolve())
    pool = EvaluatorPool(path, 1)
    try:
        job = Job("query", "SELECT ?s ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?s", media_type=JSON)
        answer = pool.run(("read", job, "1"), 60)
        expected = evaluate(ox.Store.read_only(path), job)
        assert answer.status == 200 and len(answer.body) > 500_000  # the large-body path
        assert answer.body == expected.body and answer.content_type == expected.content_type
        small = pool.run(("read", Job("query", "ASK { ?s ?p ?o }", media_type=JSON), "1"), 60)
        assert small.status == 200 and b"true" in small.body
    finally:
        pool.close()


def test_named_query_answers_are_the_engines_bytes(data_server):
    # JSON and CSV from /api/queries are what the engine serialised, sent on untouched: the same
    # bytes /sparql gives for the same query text (no table of Python terms re-encoded in the worker).
    from sdkg.sparql.library import get

    text = get("dataset-summary").sparql
    for fmt, accept in (("json", JSON), ("csv", "text/csv")):
        api = requests.get(f"{data_server.url}/api/queries/dataset-summary?format={fmt}", timeout=60)
        direct = requests.get(data_server.endpoint, params={"query": text}, headers={"Accept": accept}, timeout=60)
        assert api.status_code == direct.status_code == 200, (api.text, direct.text)
        assert api.content == direct.content and b"reports" in api.content
        assert api.headers["Content-Type"] == direct.headers["Content-Type"]
    assert api.headers["Content-Disposition"] == 'attachment; filename="dataset-summary.csv"'


def test_an_answer_says_where_its_time_went(data_server):
    # Server-Timing: engine (in the evaluator) <= service (+ the hop) <= app (+ Flask and the view).
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } # timing"
    r = requests.get(data_server.endpoint, params={"query": query}, headers={"Accept": JSON}, timeout=60)
    assert r.status_code == 200
    parts = {k: float(v) for k, v in re.findall(r"(\w+);dur=([\d.]+)", r.headers["Server-Timing"])}
    assert set(parts) == {"engine", "service", "app"}, r.headers["Server-Timing"]
    assert parts["engine"] <= parts["service"] + 0.1 and parts["service"] <= parts["app"] + 0.1
    assert "app;dur=" in requests.get(data_server.url + "/api/queries", timeout=60).headers["Server-Timing"]
