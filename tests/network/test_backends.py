"""The networks are built through SPARQL only: a remote store (`oxigraph serve` over HTTP) gives
the same corpus and the same networks as the embedded store."""

import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from sdkg.graph.network import Corpus, analyse, build
from sdkg.graph.network.build import KINDS, quotes

OXIGRAPH = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "oxigraph"


@pytest.fixture(scope="module")
def remote(toy_path, tmp_path_factory):
    if not OXIGRAPH.exists():
        pytest.skip("the oxigraph CLI is not installed")
    from sdkg.graph.remote import RemoteStore

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = open(tmp_path_factory.mktemp("oxigraph") / "serve.log", "wb")
    proc = subprocess.Popen([str(OXIGRAPH), "serve-read-only", "--location", str(toy_path), "--bind",
                             f"127.0.0.1:{port}"], stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None, "oxigraph serve exited"
            try:
                urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "oxigraph serve did not come up"
                time.sleep(0.2)
        yield RemoteStore(url, read_only=True)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(10)
        log.close()


def test_remote_store_gives_the_same_networks(corpus, remote, toy):
    other = Corpus.load(remote)
    assert other.reports.keys() == corpus.reports.keys()
    assert other.nodes == corpus.nodes
    for kind in KINDS:
        a, b = build(corpus, kind), build(other, kind)
        assert set(a.edges) == set(b.edges), kind
        assert all(a.edges[e]["weight"] == b.edges[e]["weight"] for e in a.edges), kind
        assert analyse(a)["summary"] == analyse(b)["summary"], kind
    ev = build(corpus, "partners").edges[next(iter(build(corpus, "partners").edges))]["evidence"]
    assert quotes(remote, ev) == quotes(toy, ev)
