"""Identity with scope: regional names resolve through the report's municipality, regional bodies never merge,
one organisation under its aliases always does, and IRIs depend neither on ingest order nor on who ingested what."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from sdkg.graph.identity import REGIONAL, regional_body, resolve
from sdkg.graph.ingest import ingest
from sdkg.graph.remote import RemoteStore
from sdkg.graph.store import OxigraphStore

from tests.remote.servers import oxigraph_server

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".txt", ".html", ".docx"))


@pytest.mark.parametrize("name,code,label", [
    ("GGD", "GM0546", "GGD Hollands-Midden"),             # Leiden
    ("GGD", "GM0193", "GGD IJsselland"),                  # Zwolle
    ("Veilig Thuis", "GM0503", "Veilig Thuis Haaglanden"),  # Delft
    ("Veilig Thuis", "GM0193", "Veilig Thuis IJsselland"),
    ("Jeugdbescherming", "GM0268", "Jeugdbescherming Gelderland"),
    ("Provincie", "GM0268", "Provincie Gelderland"),
    ("Regionaal Werkbedrijf", "GM0268", "Werkbedrijf Rijk van Nijmegen"),
    ("GGD", "GM1980", "GGD Hollands-Noorden"),            # Dijk en Waard (2022): carried forward from its predecessors
])
def test_a_bare_regional_name_is_the_body_serving_the_municipality(name, code, label):
    who = resolve(name, [], code)
    assert (who.label, who.scope) == (label, "regional")
    assert name in who.names


def test_named_and_bare_forms_meet_and_regions_stay_apart():
    bare_delft = resolve("Veilig Thuis", [], "GM0503")
    assert resolve("Veilig Thuis Haaglanden", [], "GM0503").key == bare_delft.key
    assert resolve("Veilig Thuis Haaglanden", [], "GM0193").key == bare_delft.key  # the name says which
    assert resolve("Veilig Thuis", [], "GM0193").key != bare_delft.key
    assert resolve("GGD Hollands Midden", [], "GM0193").key == resolve("GGD", [], "GM0546").key
    assert resolve("Veilig Thuis Midden Gelderland", [], "GM0228").key == resolve("Veilig Thuis", [], "GM0228").key


def test_national_aliases_merge_and_government_bodies_carry_identifiers():
    assert resolve("Uitvoeringsinstituut Werknemersverzekeringen").key == resolve("UWV").key
    assert resolve("UWV").scope == "national" and any("owms" in s for s in resolve("UWV").same_as)
    assert "https://identifier.overheid.nl/tooi/id/provincie/pv25" in resolve("Provincie", [], "GM0268").same_as
    assert resolve("GGD", [], "GM0546").same_as  # OWMS identifier of GGD Hollands Midden


def test_generic_names_are_scoped_to_their_municipality():
    assert resolve("Welzijn", [], "GM0193").key != resolve("Welzijn", [], "GM0546").key
    assert resolve("GGD").key != resolve("GGD", [], "GM0546").key  # no municipality: never a region's body
    assert resolve("Sterker sociaal werk", ["Sterker"], "GM0268").key == resolve("Sterker sociaal werk").key


def test_a_joint_body_is_one_organisation_under_the_names_of_both_tables():
    """Rows of the regional tables that are one body (regioatlas "Alescon", Open State "Werkvoorzieningschap
    Alescon"; "Werk en Inkomen Lekstroom" and its longer name with the acronym WIL) give one identity, named
    by the longest name; a name two different bodies go by stays local; a one-word name is the body only in
    a report of a member municipality."""
    alescon = resolve("Werkvoorzieningschap Alescon", [], "GM0321")
    assert (alescon.scope, alescon.label) == ("regional", "Werkvoorzieningschap Alescon")
    assert resolve("Alescon", [], "GM0106").key == alescon.key  # Assen, a member
    assert resolve("Alescon", [], "GM0321").key != alescon.key  # Houten is not
    wil = resolve("WIL", [], "GM0321")
    assert wil.scope == "regional"
    assert resolve("Werk en Inkomen Lekstroom", [], "GM0106").key == wil.key
    assert resolve("Regionale uitvoeringsorganisatie Werk & Inkomen Lekstroom").key == wil.key
    assert resolve("sociale dienst", [], "GM0321").key == wil.key  # the body regions.csv gives Houten
    assert resolve("BWB", [], "GM0758").scope == "local"  # two bodies of that name
    assert resolve("Werkvoorzieningschap Alescon").key != resolve("Werk en Inkomen Lekstroom").key


def _quads(store) -> set[tuple[str, str, str, str]]:
    rows = store.select("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    assert all(not isinstance(t, ox.BlankNode) for r in rows for t in r)  # so equal sets mean isomorphic graphs
    return {tuple(str(t) for t in r) for r in rows}


def _default(store) -> set[tuple[str, str, str]]:
    """The default graph (the merge of all graphs), which must not depend on order or writers either."""
    rows = [tuple(str(t) for t in r) for r in store.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }").rows]
    assert len(rows) == len(set(rows))
    return set(rows)


@pytest.fixture(scope="module")
def corpus(seed_paths) -> list[Path]:
    return [*seed_paths, *EXAMPLES]


@pytest.fixture(scope="module")
def forward(corpus):
    store = OxigraphStore(None)
    summary = ingest(store, corpus)
    assert summary.ok, [(r.path, r.reason) for r in summary.results if not r.ok]
    return store


def test_regional_organisations_of_seeds_and_examples_never_share_an_iri(forward):
    """Every organisation a report names by a bare regional word is the body of that report's region: one IRI
    never stands for two regions' bodies (the Veilig Thuis and GGD cases)."""
    rows = forward.select("""SELECT DISTINCT ?org ?code ?name WHERE { GRAPH ?g {
        ?r sdkg:municipality ?gm ; sdkg:mentions ?org . ?gm sdkg:cbsCode ?code .
        ?org a sdkg:Organisation ; skos:prefLabel|skos:altLabel ?name } }""").rows
    regions: dict[str, set[str]] = {}
    for org, code, name in rows:
        rtype = REGIONAL.get(" ".join(name.value.lower().split()))
        if rtype:
            regions.setdefault(org.value, set()).add(regional_body(rtype, code.value) or code.value)
    assert any("ggd" in o for o in regions) and any("veilig-thuis" in o for o in regions)
    assert all(len(r) == 1 for r in regions.values()), regions
    for org, (region,) in regions.items():
        assert org.endswith("/" + region.lower().replace(" ", "-").replace("&", "en")) or "/gm" in org, (org, region)


def test_shared_partners_are_real_organisations(forward):
    """Organisations two municipalities both work with are national bodies, or regional bodies serving both."""
    rows = forward.select("""SELECT DISTINCT ?org ?scope ?a ?b WHERE {
        ?a sdkg:worksWith ?org . ?b sdkg:worksWith ?org . FILTER(STR(?a) < STR(?b))
        ?org sdkg:scope ?scope }""").rows
    for org, scope, a, b in rows:
        assert scope.value in ("national", "regional"), (org, a, b)


def test_same_graph_in_any_order(corpus, forward):
    backward = OxigraphStore(None)
    assert ingest(backward, list(reversed(corpus))).ok
    assert _quads(backward) == _quads(forward)
    assert _default(backward) == _default(forward)


def test_same_graph_when_two_processes_write_into_one_remote_store(corpus, forward, tmp_path):
    half = len(corpus) // 2
    with oxigraph_server(tmp_path / "oxigraph") as base:
        cmd = [sys.executable, "-m", "sdkg.cli", "ingest", "--quiet", "--endpoint", base + "/query",
               "--update-endpoint", base + "/update"]
        procs = [subprocess.Popen([*cmd, *map(str, part)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                  text=True) for part in (corpus[:half], corpus[half:])]
        for p in procs:
            out, _ = p.communicate(timeout=600)
            assert p.returncode == 0, out
        remote = RemoteStore(base + "/query", update_endpoint=base + "/update")
        assert _quads(remote) == _quads(forward)
        assert _default(remote) == _default(forward)
