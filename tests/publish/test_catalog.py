"""The generated catalogue against the DCAT-AP-NL 3.0 and SEMIC DCAT-AP 3.0.1 shapes."""

import filecmp
from pathlib import Path

import pyoxigraph as ox
import pytest
from sdkg.graph.publish.config import ConfigError, load_publisher, publisher_from
from sdkg.graph.publish.dcat import catalog_triples
from sdkg.graph.publish.validate import CATALOG_PROFILES, SHAPES_DIR, format_reports, validate_catalog
from sdkg.graph.publish.void import collect_stats, void_triples
from sdkg.settings import Settings

REFERENCE = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "dcat-ap"


def _catalogue(store, **overrides):
    pub = load_publisher(**overrides)
    stats = collect_stats(store, pub.base)
    return pub, stats, list(catalog_triples(stats, pub)) + list(void_triples(stats, pub))


def test_carried_shapes_are_unchanged_copies():
    if not REFERENCE.exists():
        pytest.skip("no ../shared/reference beside the checkout")
    pairs = [(SHAPES_DIR / "dcat-ap-nl-3.0.0", REFERENCE / "nl" / "dcat-ap-nl-3.0.0"),
             (SHAPES_DIR / "semic-dcat-ap-3.0.1", REFERENCE / "semic" / "3.0.1")]
    for ours, theirs in pairs:
        for f in ours.glob("*.ttl"):
            assert filecmp.cmp(f, theirs / f.name, shallow=False), f


def test_catalogue_conforms_to_both_profiles(small_store):
    _, _, triples = _catalogue(small_store, email="opendata@example.nl")
    reports = validate_catalog(triples)
    assert [r.shapes for r in reports] == list(CATALOG_PROFILES)
    for r in reports:
        assert r.conforms and not r.warnings, format_reports(reports)  # the recommended shapes too


def test_catalogue_of_seeds_conforms(seed_store):
    pub, stats, triples = _catalogue(seed_store)
    assert len(stats.municipalities) >= 3 and stats.years
    reports = validate_catalog(triples)
    assert all(r.conforms for r in reports), format_reports(reports)


def test_coverage_comes_from_the_data(small_store):
    pub, stats, triples = _catalogue(small_store)
    ds = ox.NamedNode(pub.dataset_iri)
    spatial = {t.object.value for t in triples if t.subject == ds and t.predicate.value.endswith("/spatial")}
    assert spatial == {"https://identifier.overheid.nl/tooi/id/gemeente/gm0193"}
    dates = {t.object.value for t in triples if t.predicate.value.endswith(("#startDate", "#endDate"))}
    assert dates == {"2019-01-01", "2019-12-31"}
    assert stats.links == {"tooi": 2, "bwb": 1}


def test_missing_licence_and_contact_are_violations(small_store):
    pub, _, triples = _catalogue(small_store)
    broken = [t for t in triples if not t.predicate.value.endswith(("/license", "#contactPoint"))
              and not (t.subject.value == pub.dataset_iri and t.predicate.value.endswith("/description"))]
    nl, semic = validate_catalog(broken)
    paths = {v.path.rsplit("/", 1)[-1] for v in nl.violations}
    assert {"license", "dcat#contactPoint"} <= paths
    assert [(v.focus, v.path) for v in semic.violations] == [(pub.dataset_iri, "http://purl.org/dc/terms/description")]


def test_publisher_settings_from_file_and_the_settings_object(tmp_path, monkeypatch):
    f = tmp_path / "publisher.toml"
    f.write_text('[publisher]\nname = "Gemeente Voorbeeld"\nemail = "data@voorbeeld.nl"\nthemes = ["x:a"]\n')
    # The environment reaches the publisher only through the settings object built from it.
    settings = Settings.build(environ={"SDKG_PUBLISHER": str(f), "SDKG_PUBLIC_URL": "https://data.voorbeeld.nl/kg",
                                       "SDKG_BASE": "https://data.voorbeeld.nl/"})
    pub = publisher_from(settings)
    assert (pub.name, pub.email, pub.themes) == ("Gemeente Voorbeeld", "data@voorbeeld.nl", ("x:a",))
    assert pub.sparql_url == "https://data.voorbeeld.nl/kg/sparql"
    assert pub.licence == "http://creativecommons.org/licenses/by/4.0/"
    assert pub.dataset_iri == "https://data.voorbeeld.nl/id/dataset/sdkg"
    # flags win over the file
    assert publisher_from(settings.replace(publisher_name="Gemeente Elders")).name == "Gemeente Elders"
    # the process environment is not read behind the settings' back
    monkeypatch.setenv("SDKG_PUBLISHER_NAME", "Uit de omgeving")
    assert publisher_from(settings).name == "Gemeente Voorbeeld"
    assert load_publisher().name == "Sociaal Domein Knowledge Graph"
    f.write_text('colour = "blue"\n')
    with pytest.raises(ConfigError, match="colour"):
        publisher_from(settings)
