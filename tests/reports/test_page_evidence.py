"""Page evidence in RDF: every quote of a PDF report knows its page (Web Annotation: an
oa:FragmentSelector "page=N" refined by the quote), its heading path and its programme; the
report graph passes the data shapes."""

import pyoxigraph as ox

OA = "http://www.w3.org/ns/oa#"
SDKG = "https://w3id.org/sdkg/def#"


def _store(jaarstukken):
    from sdkg.graph.build import build_quads

    quads = build_quads(jaarstukken.extraction)
    store = ox.Store()
    store.extend(quads)
    return store, quads


def test_quotes_carry_page_section_and_programme(jaarstukken):
    store, _quads = _store(jaarstukken)
    rows = list(store.query("""
        PREFIX sdkg: <https://w3id.org/sdkg/def#> PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?exact ?page ?path ?programme ?selector WHERE { GRAPH ?g {
          ?ev a sdkg:Evidence ; oa:exact ?exact ; sdkg:page ?page ; sdkg:sectionPath ?path ;
              sdkg:inProgramme ?p ; sdkg:about ?law .
          ?law skos:prefLabel "Jeugdwet"@nl .
          ?p a sdkg:Programme ; skos:prefLabel ?programme .
          ?sel a oa:FragmentSelector ; oa:refinedBy ?ev ; rdf:value ?selector } }"""))
    gold = {(f["page"], f["programme"]) for f in jaarstukken.gold["facts"] if f["quote"] == "Jeugdwet"}
    assert rows and len(rows) >= 0.95 * len(gold)
    for r in rows:
        page = int(r["page"].value)
        assert r["selector"].value == f"page={page}"
        assert r["path"].value.startswith("Programma 6 Zorg en ondersteuning > 6.")
        assert r["programme"].value == "Zorg en ondersteuning"
    assert {int(r["page"].value) for r in rows} <= {p for p, _ in gold}


def test_report_graph_passes_the_shapes(jaarstukken):
    from sdkg.graph.publish.validate import findings, load_shapes, to_rdflib
    from sdkg.ontology import SHAPES

    _store_, quads = _store(jaarstukken)
    # the evidence of the social-domain chapters, with everything it points at (keeps pySHACL quick)
    keep = {q.subject for q in quads if q.predicate.value == SDKG + "inProgramme"
            and q.object.value.endswith(("zorg-en-ondersteuning", "werk-en-inkomen"))}
    assert len(keep) > 100
    keep |= {q.subject for q in quads if q.predicate.value == OA + "refinedBy" and q.object in keep}
    report = next(q.subject for q in quads if q.object.value == SDKG + "Report")
    keep |= {q.subject for q in quads if q.object.value == SDKG + "Programme"}
    frontier = set(keep)
    while frontier:  # everything the evidence points at, and what that points at (not via the report)
        frontier = {q.object for q in quads if q.subject in frontier and q.subject != report
                    and isinstance(q.object, ox.NamedNode) and not q.predicate.value.endswith("#type")} - keep
        keep |= frontier
    subset = [q for q in quads if q.subject in keep]
    found = [f for f in findings(to_rdflib(subset), load_shapes([SHAPES])) if f.severity == "Violation"]
    assert not found, found[:5]


def test_named_queries_show_the_page(jaarstukken):
    from pathlib import Path

    import sdkg.sparql
    from sdkg.graph.build import build_quads
    from sdkg.ontology import SPARQL_PREFIXES

    store = ox.Store()
    store.extend(build_quads(jaarstukken.extraction))
    queries = Path(sdkg.sparql.__file__).parent / "queries"
    report = next(q.subject for q in store.quads_for_pattern(None, None, ox.NamedNode(SDKG + "Report")))
    text = (queries / "report-evidence.rq").read_text(encoding="utf-8").replace(
        "https://w3id.org/sdkg/id/rapport/0000000000000000", report.value)
    facts = list(store.query(SPARQL_PREFIXES + text))
    jeugdwet = [r for r in facts if r["label"] and r["label"].value == "Jeugdwet"]
    assert jeugdwet and all(r["where"].value.startswith("p. ") for r in jeugdwet)
    assert all(r["section"].value.startswith("Programma 6 Zorg en ondersteuning > ") for r in jeugdwet)

    # the quotes the pages show end with their page; relation-quotes keeps the exact quote and gives the page
    pages = jaarstukken.gold["pages"]
    every = {ox.Variable("partner"): ox.Literal("")}  # organisation-relations: every organisation
    for name, column in (("partners", "quote"), ("figures", "quote"), ("organisation-relations", "quote"),
                         ("municipality-relations", "sentence"), ("organisation-profile", "sentence")):
        rows = [r for r in store.query(SPARQL_PREFIXES + (queries / f"{name}.rq").read_text(encoding="utf-8"),
                                        use_default_graph_as_union=True,
                                        substitutions=every if name == "organisation-relations" else {})
                if r[column] is not None]
        assert rows, name
        found = [_page(r[column].value) for r in rows]
        assert all(p is not None and 1 <= p <= pages for p in found), (name, rows[0][column].value)
    rows = list(store.query(SPARQL_PREFIXES + (queries / "relation-quotes.rq").read_text(encoding="utf-8"),
                            use_default_graph_as_union=True))
    assert rows and all(r["page"] is not None and _page(r["quote"].value) is None for r in rows)


def _page(quote: str) -> int | None:
    import re

    m = re.search(r" \(p\. (\d{1,3})\)$", quote)
    return int(m.group(1)) if m else None
