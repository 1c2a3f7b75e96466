"""VoID description of the store: size, class and property partitions, and the linksets to
TOOI (municipalities) and the BWB (laws on wetten.overheid.nl)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox
from sdkg.graph import rq
from sdkg.graph.iris import TOOI_GEMEENTE, WETTEN
from sdkg.graph.publish.config import Publisher
from sdkg.graph.publish.dumps import FORMATS
from sdkg.graph.publish.terms import NS, Triples, lit, u
from sdkg.graph.store import Store

# The queries are graph/queries/void-*.rq.

LINKSETS = {
    "tooi": ("owl:sameAs", TOOI_GEMEENTE, "https://identifier.overheid.nl/tooi/id/",
             "TOOI identifiers of municipalities"),
    "bwb": ("rdfs:seeAlso", WETTEN, WETTEN, "Laws in the Basiswettenbestand (wetten.overheid.nl)"),
}
VOCABULARIES = ("https://w3id.org/sdkg/def", NS["skos"], NS["org"], NS["prov"], NS["schema"], NS["oa"],
                NS["dcterms"], NS["owl"], NS["eli"])


@dataclass
class Municipality:
    iri: str
    code: str
    name: str
    tooi: str | None


@dataclass
class Stats:
    triples: int = 0
    quads: int = 0
    graphs: int = 0
    entities: int = 0
    subjects: int = 0
    objects: int = 0
    properties: int = 0
    classes: dict[str, int] = field(default_factory=dict)
    property_triples: dict[str, int] = field(default_factory=dict)
    links: dict[str, int] = field(default_factory=dict)
    municipalities: list[Municipality] = field(default_factory=list)
    years: tuple[int, int] | None = None
    example: str | None = None


def _int(term) -> int:
    return int(term.value) if term is not None else 0


def collect_stats(store: Store, base: str) -> Stats:
    """Everything VoID and DCAT say about the data, in a handful of aggregate queries."""
    space = str(ox.Literal(base + "id/"))
    st = Stats()
    st.triples = _int(store.select(rq.text("void-triples")).rows[0][0])
    st.quads = store.count()
    st.graphs = len(store.graphs())
    row = store.select(rq.text("void-sizes")).rows[0]
    st.subjects, st.objects, st.properties = (_int(x) for x in row)
    st.entities = _int(store.select(rq.render("void-entities", space=space)).rows[0][0])
    st.classes = {c.value: _int(n) for c, n in store.select(rq.text("void-classes")).rows if c is not None}
    st.property_triples = {p.value: _int(n) for p, n in store.select(rq.text("void-properties")).rows if p is not None}
    for key, (pred, target, _, _) in LINKSETS.items():
        st.links[key] = _int(store.select(rq.render("void-links", link=str(u(pred)), target=str(ox.Literal(target)))).rows[0][0])
    st.municipalities = [Municipality(gm.value, code.value, name.value, tooi.value if tooi else None)
                         for gm, code, name, tooi in store.select(rq.text("void-municipalities")).rows]
    # one row per municipality even if its name is spelled differently across reports
    seen: dict[str, Municipality] = {}
    for m in st.municipalities:
        seen.setdefault(m.iri, m)
    st.municipalities = list(seen.values())
    lo, hi = store.select(rq.text("void-years")).rows[0]
    st.years = (int(lo.value), int(hi.value)) if lo is not None and hi is not None else None
    ex = store.select(rq.render("void-example", space=space)).rows
    st.example = ex[0][0].value if ex else None
    return st


def void_triples(stats: Stats, pub: Publisher) -> Triples:
    pub = pub.at()
    t = Triples()
    ds = u(pub.dataset_iri)
    t.typed(ds, "void:Dataset")
    t.add(ds, "dcterms:title", lit(pub.title, "nl"))
    t.add(ds, "void:uriSpace", lit(pub.base + "id/"))
    t.add(ds, "void:sparqlEndpoint", pub.sparql_url)
    for f in FORMATS.values():
        t.add(ds, "void:dataDump", pub.public_url + "dumps/" + f.file_name())
        t.add(ds, "void:feature", "http://www.w3.org/ns/formats/" + {
            "trig": "TriG", "nquads": "N-Quads", "jsonld": "JSON-LD", "turtle": "Turtle",
            "ntriples": "N-Triples"}[f.name])
    for v in VOCABULARIES:
        t.add(ds, "void:vocabulary", v)
    t.add(ds, "dcterms:license", pub.licence)
    t.add(ds, "dcterms:publisher", pub.uri)
    t.add(ds, "void:triples", lit(stats.triples))
    t.add(ds, "void:entities", lit(stats.entities))
    t.add(ds, "void:distinctSubjects", lit(stats.subjects))
    t.add(ds, "void:distinctObjects", lit(stats.objects))
    t.add(ds, "void:properties", lit(stats.properties))
    t.add(ds, "void:classes", lit(len(stats.classes)))
    if stats.example:
        t.add(ds, "void:exampleResource", stats.example)
    for cls, n in stats.classes.items():
        part = ox.BlankNode()
        t.add(ds, "void:classPartition", part)
        t.add(part, "void:class", cls)
        t.add(part, "void:entities", lit(n))
    for prop, n in stats.property_triples.items():
        part = ox.BlankNode()
        t.add(ds, "void:propertyPartition", part)
        t.add(part, "void:property", prop)
        t.add(part, "void:triples", lit(n))
    for key, (pred, _, space, title) in LINKSETS.items():
        target = u(space)
        ls = u(f"{pub.dataset_iri}/linkset/{key}")
        t.add(ds, "void:subset", ls)
        t.typed(ls, "void:Linkset")
        t.add(ls, "dcterms:title", lit(title, "en"))
        t.add(ls, "void:subjectsTarget", ds)
        t.add(ls, "void:objectsTarget", target)
        t.add(ls, "void:linkPredicate", pred)
        t.add(ls, "void:triples", lit(stats.links.get(key, 0)))
        t.typed(target, "void:Dataset")
        t.add(target, "void:uriSpace", lit(space))
    return t
