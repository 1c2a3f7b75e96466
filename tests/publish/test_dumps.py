"""Every dump parses with an independent parser and round-trips to the same statement count."""

import gzip
import io
import re
import subprocess

import pyoxigraph as ox
import pytest
import rdflib
from sdkg.graph.publish.dumps import FORMATS, dump_to_path, write_dump

from .serving import get, running


def _rapper_count(data: bytes, syntax: str) -> int:
    out = subprocess.run(["rapper", "-i", syntax, "-c", "-", "http://example.org/"], input=data,
                         capture_output=True, check=True)
    return int(re.search(rb"returned (\d+) triples", out.stderr).group(1))


def _distinct_triples(store) -> int:
    return int(store.select("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")
               .rows[0][0].value)


def check_dumps(store):
    quads, graphs, triples = store.count(), set(store.graphs()), _distinct_triples(store)
    for name in FORMATS:
        for gz in (False, True):
            buf = io.BytesIO()
            stats = write_dump(store, name, buf, gzip=gz)
            data = gzip.decompress(buf.getvalue()) if gz else buf.getvalue()
            if name in ("turtle", "ntriples"):  # merged graph: checked by raptor
                assert stats.statements == triples
                assert _rapper_count(data, "turtle" if name == "turtle" else "ntriples") == triples, name
            else:  # named graphs kept: checked by rdflib
                ds = rdflib.Dataset()
                ds.parse(data=data, format={"trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}[name])
                parsed = {str(c.identifier): len(c) for c in ds.graphs() if len(c)}
                assert set(parsed) == graphs, name
                assert sum(parsed.values()) == quads == stats.statements, name


def test_small_dumps_round_trip(small_store):
    check_dumps(small_store)


def test_seed_dumps_round_trip(seed_store):
    check_dumps(seed_store)


def test_model_is_left_out_unless_asked(small_store):
    buf = io.BytesIO()
    write_dump(small_store, "nquads", buf, include_model=True)
    with_model = sum(1 for _ in ox.parse(buf.getvalue(), format=ox.RdfFormat.N_QUADS))
    assert with_model > small_store.count()


def test_dump_to_path_replaces_whole_files(small_store, tmp_path):
    target = tmp_path / "out" / "sdkg.nq.gz"
    dump_to_path(small_store, "nquads", target, gzip=True)
    assert [p.name for p in target.parent.iterdir()] == ["sdkg.nq.gz"]
    assert gzip.decompress(target.read_bytes()).count(b"\n") == small_store.count()


@pytest.mark.parametrize("name", ["sdkg.trig", "sdkg.nq.gz", "sdkg.ttl", "sdkg.jsonld"])
def test_served_dumps(small_store, tmp_path, name):
    with running(small_store, SDKG_DUMP_DIR=str(tmp_path)) as url:
        status, headers, body = get(f"{url}/dumps/{name}")
        assert status == 200
        again = get(f"{url}/dumps/{name}")[2]  # served from the cache: same bytes
        assert again == body
        data = gzip.decompress(body) if name.endswith(".gz") else body
        fmt = {"trig": "trig", "nq": "nquads", "ttl": "turtle", "jsonld": "json-ld"}[name.split(".")[1]]
        ds = rdflib.Dataset()
        ds.parse(data=data, format=fmt)
        assert len(ds) or sum(len(g) for g in ds.graphs()) >= _distinct_triples(small_store)
        status, _, body = get(f"{url}/dumps/", "application/json")
        assert name in body.decode()
