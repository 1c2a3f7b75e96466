"""Extraction -> quads: stable IRIs, one named graph, every quote supported by offsets."""

import hashlib

import pyoxigraph as ox
import pytest
from sdkg.graph.build import build_quads, extraction_to_turtle
from sdkg.graph.iris import Minter, normalise_name, slug
from sdkg.graph.store import OxigraphStore
from sdkg.loaders.model import (
    Document,
    Extraction,
    Figure,
    Law,
    Municipality,
    Organisation,
    Place,
    Relation,
    ReportMeta,
    Span,
)

TEXT = ("In samenwerking met Stichting Welzijn Oost en de GGD voert Zwolle de Wmo 2015 uit in Holtenbroek. "
        "Er waren 1.250 cliënten.")


def span(s: str) -> Span:
    i = TEXT.index(s)
    return Span(i, i + len(s), s)


def extraction(text: str = TEXT, source: str = "x/zwolle.txt") -> Extraction:
    doc = Document(text=text, source=source, sha256=hashlib.sha256(text.encode()).hexdigest(),
                   media_type="text/plain")
    return Extraction(
        document=doc,
        meta=ReportMeta(Municipality("Zwolle", "GM0193"), 2019, "jaarverslag", ["Sociaal Domein"]),
        organisations=[Organisation("Welzijn Oost", ["Stichting Welzijn Oost"], "welfare", 0.9,
                                    [span("Stichting Welzijn Oost")]),
                       Organisation("GGD", [], "health", 1.0, [span("GGD")])],
        laws=[Law("Wet maatschappelijke ondersteuning 2015", "Wmo 2015", "BWBR0035362", [span("Wmo 2015")])],
        neighbourhoods=[Place("Holtenbroek", "WK019304", [span("Holtenbroek")])],
        figures=[Figure("cliënten", 1250, "count", 2019, span("1.250"))],
        relations=[Relation("Stichting Welzijn Oost", "partner_of", "Zwolle",
                            span("In samenwerking met Stichting Welzijn Oost"), "organisation", "municipality"),
                   Relation("GGD", "provides", "jeugdgezondheidszorg", span("de GGD"), "organisation", "other")],
    )


def test_name_normalisation_drops_legal_forms_accents_and_punctuation():
    assert normalise_name("Stichting Welzijn Oost") == "welzijn oost"
    assert normalise_name("Welzorg B.V.") == "welzorg"
    assert normalise_name("#Indebuurt033") == "indebuurt033"
    assert normalise_name("Coöperatie Zorg & Welzijn") == "zorg en welzijn"
    assert slug("Peen & Ui") == "peen-en-ui"


def test_iris_are_stable_and_keyed():
    m1, m2 = Minter("https://example.org/base/"), Minter("https://example.org/base")
    assert m1.organisation("Stichting Welzijn Oost") == m2.organisation("welzijn  oost")
    assert m1.municipality("gm0193").value == "https://example.org/base/id/gemeente/GM0193"
    assert build_quads(extraction(), m1) == build_quads(extraction(), m2)


def test_everything_lands_in_the_report_graph_with_quotes_matching_offsets():
    ex = extraction()
    m = Minter()
    quads = build_quads(ex, m)
    graph = m.report_graph(ex.document.sha256)
    assert {q.graph_name for q in quads} == {graph}
    store = OxigraphStore()
    store.put_graph(graph, quads)
    rows = store.select("SELECT ?q ?s ?e WHERE { ?ev a sdkg:Evidence ; oa:exact ?q ; oa:start ?s ; oa:end ?e }")
    assert len(rows.rows) == 7
    for q, s, e in rows.rows:
        assert TEXT[int(s.value):int(e.value)] == q.value
    # prefix + exact + suffix is the quote's sentence, contiguous in the text
    contexts = store.select("""SELECT ?p ?q ?s WHERE { ?ev oa:exact ?q ; oa:prefix ?p ; oa:suffix ?s
                               FILTER(?q = "GGD") }""").rows
    assert [(p.value, s.value) for p, _, s in contexts] == [
        ("In samenwerking met Stichting Welzijn Oost en de ", " voert Zwolle de Wmo 2015 uit in Holtenbroek.")]


def test_relation_is_qualified_and_direct_when_both_ends_are_entities():
    store = OxigraphStore()
    ex = extraction()
    store.put_graph(Minter().report_graph(ex.document.sha256), build_quads(ex))
    assert store.ask("ASK { ?o skos:prefLabel 'Welzijn Oost'@nl ; sdkg:partnerOf ?gm . ?gm dcterms:identifier 'GM0193' }")
    rows = store.select("""SELECT ?label ?quote WHERE { ?r a sdkg:Relation ; rdf:predicate sdkg:provides ;
                            sdkg:objectLabel ?label ; sdkg:evidence/oa:exact ?quote }""").values()
    assert rows == [{"label": "jeugdgezondheidszorg", "quote": "de GGD"}]


def test_links_to_authoritative_identifiers():
    store = OxigraphStore()
    ex = extraction()
    store.put_graph(Minter().report_graph(ex.document.sha256), build_quads(ex))
    assert store.ask("ASK { ?gm owl:sameAs <https://identifier.overheid.nl/tooi/id/gemeente/gm0193> }")
    assert store.ask("ASK { ?law sdkg:bwbId 'BWBR0035362' ; rdfs:seeAlso <https://wetten.overheid.nl/BWBR0035362> }")
    # the law in the data is the concept of the thesaurus in ontology/laws.ttl
    assert store.ask("ASK { GRAPH ?g { wet:wmo-2015 a sdkg:Law } }")


def test_turtle_parses_back_to_the_same_triples():
    ex = extraction()
    ttl = extraction_to_turtle(ex)
    parsed = {q.triple for q in ox.parse(ttl.encode(), format=ox.RdfFormat.TURTLE)}
    assert parsed == {q.triple for q in build_quads(ex)}


@pytest.mark.parametrize("bad", ["subject", "object"])
def test_unknown_relation_ends_stay_as_labels(bad):
    ex = extraction()
    rel = ex.relations[0]
    setattr(rel, bad, "Iets Onbekends")
    store = OxigraphStore()
    store.put_graph(Minter().report_graph(ex.document.sha256), build_quads(ex))
    assert store.ask(f"ASK {{ ?r sdkg:{bad}Label 'Iets Onbekends' }}")


def test_building_quads_does_not_load_the_extraction_pipeline(tmp_path):
    """The writing process of `sdkg ingest` builds every report's quads (quote context from the sentence units
    included) without importing spaCy, which only reader processes need."""
    import pickle
    import subprocess
    import sys

    (tmp_path / "ex.pickle").write_bytes(pickle.dumps(extraction()))
    code = ("import pickle, sys\nfrom sdkg.graph.build import build_quads\n"
            f"quads = build_quads(pickle.loads(open({str(tmp_path / 'ex.pickle')!r}, 'rb').read()))\n"
            "assert any(q.predicate.value.endswith('#prefix') for q in quads)\n"
            "print(sorted(m for m in sys.modules if m == 'spacy' or m.startswith('sdkg.loaders.extract')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
