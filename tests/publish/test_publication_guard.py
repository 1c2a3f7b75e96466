"""Publication is safe by default: no catalogue without a real publisher (name, TOOI IRI,
contact) or with addresses that only work on this machine, unless asked; the catalogue that is
published speaks Dutch and meets the DCAT-AP-NL 3.0 shapes, the recommended ones included."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from sdkg.graph.build import build_quads
from sdkg.graph.iris import Minter
from sdkg.graph.publish.validate import format_reports, validate_catalog
from sdkg.graph.store import OxigraphStore

from .conftest import small_extraction
from .serving import get, running

ROOT = Path(__file__).resolve().parents[2]
TOOI_ZWOLLE = "https://identifier.overheid.nl/tooi/id/gemeente/gm0193"
PUBLISHER = ["--publisher-name", "Gemeente Zwolle", "--publisher-uri", TOOI_ZWOLLE,
             "--publisher-email", "opendata@zwolle.nl"]
DCAT, DCT = rdflib.Namespace("http://www.w3.org/ns/dcat#"), rdflib.Namespace("http://purl.org/dc/terms/")


def sdkg(*args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SDKG_")}
    return subprocess.run([sys.executable, "-m", "sdkg.cli", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, env=env)


@pytest.fixture
def disk_store(tmp_path):
    ex = small_extraction()
    path = tmp_path / "db"
    s = OxigraphStore(path)
    s.ensure_model()
    s.put_graph(Minter().report_graph(ex.document.sha256), build_quads(ex))
    s.close()
    del s
    return path


def test_publish_without_a_publisher_writes_nothing_and_says_what_is_missing(disk_store, tmp_path):
    site = tmp_path / "site"
    r = sdkg("publish", site, "--store", disk_store)
    assert r.returncode == 2
    for what in ("publisher name", "TOOI IRI", "e-mail", "127.0.0.1"):
        assert what in r.stderr, (what, r.stderr)
    assert not site.exists()  # nothing half-written


def test_publish_refuses_a_loopback_url_unless_asked(disk_store, tmp_path):
    r = sdkg("publish", tmp_path / "a", "--store", disk_store, "--public-url", "http://localhost:8000/", *PUBLISHER)
    assert r.returncode == 2 and "only works on this machine" in r.stderr and not (tmp_path / "a").exists()
    r = sdkg("publish", tmp_path / "b", "--store", disk_store, "--public-url", "http://[::1]:8000/", *PUBLISHER)
    assert r.returncode == 2
    r = sdkg("publish", tmp_path / "c", "--store", disk_store, "--public-url", "http://localhost:8000/", *PUBLISHER,
             "--allow-loopback")
    assert r.returncode == 0, r.stderr
    assert "http://localhost:8000/dumps/sdkg.ttl" in (tmp_path / "c" / "catalog.ttl").read_text()
    r = sdkg("publish", tmp_path / "d", "--store", disk_store, "--public-url", "https://data.zwolle.nl/kg/",
             "--publisher-name", "Gemeente Zwolle", "--publisher-uri", "https://zwolle.nl/", "--publisher-email",
             "opendata@zwolle.nl")
    assert r.returncode == 2 and "TOOI" in r.stderr


def test_published_catalogue_is_dutch_and_meets_the_recommended_shapes(disk_store, tmp_path):
    site = tmp_path / "site"
    r = sdkg("publish", site, "--store", disk_store, "--public-url", "https://data.zwolle.nl/kg/", *PUBLISHER)
    assert r.returncode == 0, r.stderr
    g = rdflib.Graph().parse(site / "catalog.ttl", format="turtle")
    reports = validate_catalog(list(ox.parse(path=str(site / "catalog.ttl"),
                                                                    format=ox.RdfFormat.TURTLE)))
    for rep in reports:
        assert not rep.violations and not rep.warnings, format_reports(reports)
    assert "127.0.0.1" not in (site / "catalog.ttl").read_text()
    publisher = rdflib.URIRef(TOOI_ZWOLLE)
    assert (None, DCT.publisher, publisher) in g and str(g.value(publisher, rdflib.FOAF.name)) == "Gemeente Zwolle"
    for kind in (DCAT.Catalog, DCAT.Dataset, DCAT.Distribution, DCAT.DataService):
        things = list(g.subjects(rdflib.RDF.type, kind))
        assert things, kind
        for thing in things:
            langs = {t.language for t in g.objects(thing, DCT.title)}
            assert "nl" in langs and "en" not in langs, (thing, langs)
    # every distribution is given by a data service
    for dist in g.subjects(rdflib.RDF.type, DCAT.Distribution):
        assert g.value(dist, DCAT.accessService) is not None, dist


@pytest.mark.browser
def test_server_catalogue_refused_until_publisher_known(small_store, browser, tmp_path):
    with running(small_store) as url:
        status, _, body = get(url + "/catalog?format=ttl")
        assert status == 503 and b"TOOI" in body and b"127.0.0.1" in body
        assert get(url + "/id/dataset/sdkg", "text/turtle")[0] == 503
        page = browser.new_page()
        assert page.goto(url + "/catalog").status == 200  # people still find the downloads and what is missing
        assert page.locator("#downloads a[type]").count() == 10
        missing = page.locator("#not-published li").evaluate_all("els => els.map(e => e.dataset.missing)")
        assert missing == ["name", "uri", "email", "loopback"]
        assert "nog niet gepubliceerd" in page.locator("#not-published").inner_text()
        shots = Path(__file__).resolve().parents[2] / "test-artefacts" / "screenshots"
        shots.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(shots / "open-data-not-published.png"), full_page=True)
        page.close()
    config = {"SDKG_PUBLISHER_NAME": "Gemeente Zwolle", "SDKG_PUBLISHER_URI": TOOI_ZWOLLE,
              "SDKG_PUBLISHER_EMAIL": "opendata@zwolle.nl"}
    with running(small_store, **config, SDKG_ALLOW_LOOPBACK=True) as url:  # asked for: a trial on this machine
        status, _, body = get(url + "/catalog?format=ttl")
        assert status == 200 and b"http://127.0.0.1:" in body
    with running(small_store, **config, SDKG_PUBLIC_URL="https://data.zwolle.nl/kg/") as url:
        status, _, body = get(url + "/catalog?format=ttl")
        assert status == 200 and b"127.0.0.1" not in body and b"https://data.zwolle.nl/kg/dumps/" in body
        reports = validate_catalog(list(ox.parse(body, format=ox.RdfFormat.TURTLE)))
        assert all(not r.violations and not r.warnings for r in reports), format_reports(reports)
        page = browser.new_page()
        page.goto(url + "/catalog")
        assert page.locator("#not-published").count() == 0
        assert page.locator("#catalogue-links a[type='text/turtle']").count() == 1
        page.close()
