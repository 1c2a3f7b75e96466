"""sdkg export / validate / publish as real processes on an on-disk store."""

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from sdkg.graph.build import build_quads
from sdkg.graph.iris import Minter
from sdkg.graph.store import OxigraphStore

from .conftest import small_extraction

ROOT = Path(__file__).resolve().parents[2]
PUBLISHER = ("--publisher-name", "Gemeente Zwolle", "--publisher-uri", "https://identifier.overheid.nl/tooi/id/gemeente/gm0193",
             "--publisher-email", "opendata@zwolle.nl")


def sdkg(*args, **kw):
    return subprocess.run([sys.executable, "-m", "sdkg.cli", *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, **kw)


@pytest.fixture
def disk_store(tmp_path):
    ex = small_extraction()
    path = tmp_path / "db"
    s = OxigraphStore(path)
    s.ensure_model()
    s.put_graph(Minter().report_graph(ex.document.sha256), build_quads(ex))
    n = s.count()
    s.close()
    del s
    return path, n


def test_export_every_format(disk_store, tmp_path):
    disk_store, n = disk_store
    for fmt, parser in (("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld"), ("turtle", "turtle"),
                        ("ntriples", "nt")):
        out = tmp_path / f"dump.{fmt}.gz"
        r = sdkg("export", "--store", disk_store, "--format", fmt, "--gzip", "-o", out)
        assert r.returncode == 0, r.stderr
        ds = rdflib.Dataset()
        ds.parse(data=gzip.decompress(out.read_bytes()), format=parser)
        assert sum(len(g) for g in ds.graphs()) == n, fmt
    r = sdkg("export", "--store", disk_store, "--format", "nquads")
    assert r.returncode == 0 and len(r.stdout.splitlines()) == n


def test_validate_exit_codes(disk_store, tmp_path):
    disk_store, _ = disk_store
    r = sdkg("validate", "--store", disk_store)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "data against shapes.ttl: conforms" in r.stdout
    assert "DCAT-AP-NL 3.0.0: conforms" in r.stdout and "SEMIC DCAT-AP 3.0.1: conforms" in r.stdout

    s = OxigraphStore(disk_store)
    (g,) = s.graphs()
    quotes = int(s.select("SELECT (COUNT(?e) AS ?n) WHERE { ?e oa:exact ?q }").rows[0][0].value)
    s.update(f"DELETE {{ GRAPH <{g}> {{ ?e oa:exact ?q }} }} WHERE {{ GRAPH <{g}> {{ ?e oa:exact ?q }} }}")
    s.close()
    del s
    r = sdkg("validate", "--data", "--store", disk_store, "--json")
    assert r.returncode == 1
    (report,) = json.loads(r.stdout)
    assert report["violations"] == quotes and {f["path"] for f in report["findings"]} == {"http://www.w3.org/ns/oa#exact"}

    assert sdkg("validate", "--store", tmp_path / "nowhere").returncode == 2
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle")
    r = sdkg("validate", "--data", "--store", disk_store, "--shapes", bad)
    assert r.returncode == 2 and "cannot parse shapes" in r.stderr


def test_publish_writes_a_static_site(disk_store, tmp_path):
    disk_store, n = disk_store
    site = tmp_path / "site"
    r = sdkg("publish", site, "--store", disk_store, "--public-url", "https://data.example.nl/sdkg/", *PUBLISHER)
    assert r.returncode == 0, r.stderr
    names = sorted(p.name for p in (site / "dumps").iterdir())
    assert names == sorted(["sdkg.jsonld", "sdkg.jsonld.gz", "sdkg.nq", "sdkg.nq.gz", "sdkg.nt", "sdkg.nt.gz",
                            "sdkg.trig", "sdkg.trig.gz", "sdkg.ttl", "sdkg.ttl.gz"])
    cat = rdflib.Graph().parse(site / "catalog.ttl", format="turtle")
    dcat = rdflib.Namespace("http://www.w3.org/ns/dcat#")
    urls = {str(u) for u in cat.objects(None, dcat.downloadURL)}
    assert "https://data.example.nl/sdkg/dumps/sdkg.trig.gz" in urls
    sizes = {int(s) for s in cat.objects(None, dcat.byteSize)}
    assert (site / "dumps" / "sdkg.trig").stat().st_size in sizes
    void = rdflib.Graph().parse(site / ".well-known" / "void", format="turtle")
    assert int(void.value(predicate=rdflib.URIRef("http://rdfs.org/ns/void#triples"),
                          subject=rdflib.URIRef(Minter().base + "id/dataset/sdkg"))) == n
