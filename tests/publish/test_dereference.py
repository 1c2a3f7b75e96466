"""Dereferencing entity IRIs over real HTTP: content negotiation, headers, 404s."""

import json
import subprocess

import pyoxigraph as ox
import pytest
import rdflib
from sdkg.graph.iris import Minter

from .serving import get, running

KINDS = {  # one entity of every kind in the small report
    "gemeente": "id/gemeente/GM0193",
    "organisatie": "id/organisatie/welzijn-oost",
    "wijk": "id/wijk/GM0193/holtenbroek",
    "initiatief": "id/initiatief/GM0193/buurtteam-holtenbroek",
    "persoon": "id/persoon/GM0193/jan-de-vries",
    "programma": "id/programma/GM0193/2019/sociaal-domein",
}
MACHINE = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld",
           "application/rdf+xml": "xml"}


@pytest.fixture
def site(small_store):
    with running(small_store) as url:
        yield url, small_store


def _all_paths(store) -> dict[str, str]:
    paths = dict(KINDS)
    base = Minter().base
    for kind in ("Report", "Figure", "Relation", "Evidence"):
        iri = store.select(f"SELECT ?x WHERE {{ ?x a sdkg:{kind} }} LIMIT 1").rows[0][0].value
        paths[kind] = iri[len(base):]
    return paths


def test_every_kind_in_every_format(site):
    url, store = site
    for kind, path in _all_paths(store).items():
        iri = Minter().base + path
        for media, parser in MACHINE.items():
            status, headers, body = get(f"{url}/{path}", media)
            assert status == 200, (kind, media, body[:200])
            assert headers["Content-Type"].startswith(media)
            assert headers["Vary"] == "Accept"
            assert 'rel="alternate"' in headers["Link"] and "text/turtle" in headers["Link"]
            g = rdflib.Graph()
            if parser == "json-ld":  # the @context is a URL on this server: rdflib fetches it
                g.parse(data=body, format="json-ld", publicID=f"{url}/")
                assert json.loads(body)["@context"] == f"{url}/context.jsonld"
            else:
                g.parse(data=body, format=parser)
            assert (rdflib.URIRef(iri), None, None) in g, (kind, media)
        status, headers, body = get(f"{url}/{path}", "text/html,application/xhtml+xml,*/*;q=0.8")
        assert status == 200 and headers["Content-Type"].startswith("text/html")
        assert iri in body.decode()


def test_turtle_parses_with_rapper(site):
    url, _ = site
    _, _, body = get(f"{url}/{KINDS['organisatie']}", "text/turtle")
    out = subprocess.run(["rapper", "-i", "turtle", "-o", "ntriples", "-", "http://x/"], input=body,
                         capture_output=True, check=True)
    assert b"skos/core#prefLabel" in out.stdout


def test_description_has_links_evidence_and_authoritative_ids(site):
    url, _ = site
    _, _, body = get(f"{url}/{KINDS['gemeente']}", "application/n-triples")
    g = rdflib.Graph().parse(data=body, format="nt")
    gm = rdflib.URIRef(Minter().base + KINDS["gemeente"])
    assert (gm, rdflib.OWL.sameAs, rdflib.URIRef("https://identifier.overheid.nl/tooi/id/gemeente/gm0193")) in g
    assert (gm, rdflib.URIRef("https://w3id.org/sdkg/def#cbsCode"), rdflib.Literal("GM0193")) in g
    # incoming: the report that mentions it, organisations' partner links
    assert any(True for _ in g.subjects(rdflib.URIRef("https://w3id.org/sdkg/def#partnerOf"), gm))
    _, _, body = get(f"{url}/{KINDS['organisatie']}", "application/n-triples")
    g = rdflib.Graph().parse(data=body, format="nt")
    quotes = {str(q) for q in g.objects(None, rdflib.URIRef("http://www.w3.org/ns/oa#exact"))}
    assert {"Stichting Welzijn Oost", "Welzijn Oost levert"} <= quotes
    report = rdflib.URIRef(Minter().report(store_sha(site[1])).value)
    assert (None, rdflib.URIRef("http://www.w3.org/ns/prov#wasQuotedFrom"), report) in g
    _, _, body = get(f"{url}/{Minter().report(store_sha(site[1])).value[len(Minter().base):]}", "text/turtle")
    g = rdflib.Graph().parse(data=body, format="turtle")
    assert (report, rdflib.DCTERMS.source, rdflib.URIRef("https://www.zwolle.nl/jaarverslag-2019")) in g
    assert len(str(g.value(report, rdflib.URIRef("https://w3id.org/sdkg/def#sha256")))) == 64


def store_sha(store) -> str:
    return store.select("SELECT ?h WHERE { ?r sdkg:sha256 ?h }").rows[0][0].value


def test_laws_and_the_ontology_dereference(site):
    url, _ = site
    law = "https://w3id.org/sdkg/def/wet/wmo-2015"
    status, _, body = get(f"{url}/def/wet/wmo-2015", "text/turtle")
    assert status == 200
    g = rdflib.Graph().parse(data=body, format="turtle")
    assert (rdflib.URIRef(law), rdflib.RDFS.seeAlso, rdflib.URIRef("https://wetten.overheid.nl/BWBR0035362")) in g
    status, _, body = get(f"{url}/def", "text/turtle")
    g = rdflib.Graph().parse(data=body, format="turtle")
    assert (rdflib.URIRef("https://w3id.org/sdkg/def#Organisation"), rdflib.RDF.type, rdflib.OWL.Class) in g
    status, _, body = get(f"{url}/def", "text/html")
    assert status == 200 and b'id="Organisation"' in body


def test_unknown_iris_and_path_tricks_are_404(site):
    url, _ = site
    for path in ("id/gemeente/GM9999", "id/organisatie/", "id/", "id//gemeente/GM0193",
                 "id/gemeente/GM0193/", "id/gemeente/../gemeente/GM0193", "id/%2e%2e/server.py",
                 "id/gemeente/GM0193%2F..%2F..", "id/gemeente/GM0193%00", "def/wet/nonexistent",
                 "def/../server.py", "dumps/../server.py", "dumps/sdkg.exe"):
        status, _, _ = subprocess_free_get(url, path)
        assert status == 404, path


def subprocess_free_get(url: str, path: str):
    """Send the path exactly as written (urllib would not normalise it either)."""
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        conn.request("GET", "/" + path, headers={"Accept": "text/turtle"})
        r = conn.getresponse()
        return r.status, r.headers, r.read()
    finally:
        conn.close()


def test_negotiation_details(site):
    url, _ = site
    path = f"{url}/{KINDS['organisatie']}"
    assert get(path, "image/png")[0] == 406
    assert get(path + "?format=ttl", "text/html")[1]["Content-Type"].startswith("text/turtle")
    assert get(path, "text/turtle;q=0.5, application/ld+json")[1]["Content-Type"].startswith("application/ld+json")
    assert get(path, None)[1]["Content-Type"].startswith("text/html")  # no Accept: a browser-like default
    status, headers, body = get(f"{url}/context.jsonld")
    assert status == 200 and "@context" in json.loads(body)


def test_base_is_configurable(small_store):
    """Another base (a setting passed to the app, not the environment): the same request paths
    answer with IRIs under that base."""
    from sdkg.graph.build import build_quads

    from .conftest import small_extraction

    minter = Minter("https://data.example.nl/kg/")
    ex = small_extraction()
    store = type(small_store)(None)
    store.put_graph(minter.report_graph(ex.document.sha256), build_quads(ex, minter))
    with running(store, SDKG_BASE="https://data.example.nl/kg/") as url:
        status, _, body = get(f"{url}/id/gemeente/GM0193", "application/n-triples")
        assert status == 200 and b"<https://data.example.nl/kg/id/gemeente/GM0193>" in body
        # Behind a proxy at its base the server sees loopback requests; VoID still names the base.
        status, _, void = get(f"{url}/.well-known/void", "text/turtle")
        assert status == 200 and b"127.0.0.1" not in void and b"localhost" not in void
        g = rdflib.Graph().parse(data=void, format="turtle")
        endpoints = {str(o) for o in g.objects(None, rdflib.URIRef("http://rdfs.org/ns/void#sparqlEndpoint"))}
        assert endpoints == {"https://data.example.nl/kg/sparql"}
        dumps = {str(o) for o in g.objects(None, rdflib.URIRef("http://rdfs.org/ns/void#dataDump"))}
        assert dumps and all(d.startswith("https://data.example.nl/kg/dumps/") for d in dumps)
    with running(store) as url:  # no base configured: a trial on this machine, its own address
        status, _, void = get(f"{url}/.well-known/void", "text/turtle")
        assert status == 200 and url.encode() + b"/sparql" in void


def test_dataset_iri_dereferences_to_its_catalogue_entry(small_store):
    with running(small_store, SDKG_PUBLISHER_NAME="Gemeente Zwolle", SDKG_PUBLISHER_EMAIL="data@zwolle.nl",
                 SDKG_PUBLISHER_URI="https://identifier.overheid.nl/tooi/id/gemeente/gm0193",
                 SDKG_PUBLIC_URL="https://data.zwolle.nl/sdkg/") as url:
        status, _, body = get(f"{url}/id/dataset/sdkg", "text/turtle")
    assert status == 200
    g = rdflib.Graph().parse(data=body, format="turtle")
    ds = rdflib.URIRef(Minter().base + "id/dataset/sdkg")
    assert (ds, rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/dcat#Dataset")) in g
    assert (ds, rdflib.URIRef("http://rdfs.org/ns/void#triples"), None) in g
    assert ox  # pyoxigraph terms are what the store returns
