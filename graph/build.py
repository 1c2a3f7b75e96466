"""Extraction -> RDF quads: one named graph per report, every statement with its evidence.

Entities shared by reports (municipalities, organisations, laws) are described again in every
report graph that names them, so dropping one report's graph never orphans another's facts.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import cache, lru_cache

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse, serialize
from sdkg.graph import identity
from sdkg.graph.iris import TOOI_GEMEENTE, WETTEN, Minter, normalise_name
from sdkg.loaders.model import Extraction, Span, match_programme
from sdkg.loaders.reference import gemeenten
from sdkg.loaders.sentences import units
from sdkg.ontology import DOCTYPE, KIND, PREFIXES, SDKG

RDF = PREFIXES["rdf"]
RDFS = PREFIXES["rdfs"]
XSD = PREFIXES["xsd"]
SKOS = PREFIXES["skos"]
DCT = PREFIXES["dcterms"]
PROV = PREFIXES["prov"]
ORG = PREFIXES["org"]
SCHEMA = PREFIXES["schema"]
OA = PREFIXES["oa"]
OWL = PREFIXES["owl"]


@cache
def _n(ns: str, local: str) -> NamedNode:
    return NamedNode(ns + local)


A = _n(RDF, "type")
LABEL = _n(SKOS, "prefLabel")
ALT = _n(SKOS, "altLabel")
PREDICATE_IRIS = {
    "partner_of": "partnerOf",
    "provides": "provides",
    "funds": "funds",
    "contracted_by": "contractedBy",
    "located_in": "locatedIn",
    "under_law": "underLaw",
    "part_of": "partOf",
}
# relations that make an organisation a partner of the municipality (sdkg:worksWith)
WORK_PREDICATES = frozenset({"partner_of", "provides", "funds", "contracted_by"})
XSD_INTEGER = _n(XSD, "integer")
_PDF_FRAGMENT = NamedNode("http://tools.ietf.org/rfc/rfc3778")  # "#page=N" fragments of application/pdf
XSD_DECIMAL = _n(XSD, "decimal")


def _int(v: int) -> Literal:
    return Literal(str(int(v)), datatype=XSD_INTEGER)


def _dec(v: float) -> Literal:
    text = repr(float(v))
    if text.endswith(".0"):
        text = text[:-2]
    return Literal(text, datatype=XSD_DECIMAL)


def _nl(text: str) -> Literal:
    return Literal(text, language="nl")


@lru_cache(maxsize=1)
def _law_concepts() -> dict[str, NamedNode]:
    """Official name -> concept IRI of the laws thesaurus, so data and thesaurus share IRIs."""
    from sdkg.ontology import LAWS

    label = SKOS + "prefLabel"
    return {t.object.value: t.subject for t in parse(path=str(LAWS), format=RdfFormat.TURTLE)
            if t.predicate.value == label and isinstance(t.subject, NamedNode)}


def _context(text: str, span: Span, sentences: list[tuple[int, int]], starts: list[int]) -> tuple[str, str]:
    """Web Annotation prefix/suffix: the rest of the sentence (or list item, table row) around a quote, whole,
    so a bare name still reads as evidence ("In samenwerking met " + "GGD" + " voeren we ... uit.")."""
    if not text or text[span.start:span.end] != span.quote:
        return "", ""
    i = bisect.bisect_right(starts, span.start) - 1
    j = bisect.bisect_left(starts, span.end) - 1
    if i < 0 or j < 0:
        return "", ""
    a, b = sentences[i][0], max(sentences[j][1], span.end)
    return text[a:span.start], text[span.end:b]


@cache
def _register_label(code: str) -> str | None:
    """The municipality's label in the CBS register, by its GM code."""
    g = gemeenten().get(code.upper())
    return g.label if g is not None else None


class _Builder:
    def __init__(self, ex: Extraction, minter: Minter):
        self.ex, self.m = ex, minter
        self.sha = ex.document.sha256
        self.g = minter.report_graph(self.sha)
        self.report = minter.report(self.sha)
        muni = ex.meta.municipality
        self.gm_code = muni.cbs_code if muni else "onbekend"
        self.gm = minter.municipality(muni.cbs_code) if muni else None
        self.quads: list[Quad] = []
        self.names: dict[str, NamedNode] = {}  # normalised surface form -> entity, for relations
        self.orgs: set[NamedNode] = set()
        self.own_things: set[NamedNode] = set()  # initiatives and programmes of this report's municipality
        self._evidence: dict[tuple[int, int], NamedNode] = {}  # (start, end) -> its evidence node, once described
        self._sentences: tuple[list[tuple[int, int]], list[int]] | None = None
        self._pages: dict[int, NamedNode] = {}  # PDF page -> its fragment selector, once described

    @property
    def sentences(self) -> tuple[list[tuple[int, int]], list[int]]:
        """The report's sentences, list items and table rows (start, end), and their starts."""
        if self._sentences is None:
            us = [(u.start, u.end) for u in units(self.ex.document.text)]
            self._sentences = (us, [a for a, _b in us])
        return self._sentences

    def add(self, s, p, o) -> None:
        self.quads.append(Quad(s, p, o, self.g))

    def name(self, iri: NamedNode, *labels: str | None) -> None:
        for label in labels:
            if label:
                self.names.setdefault(normalise_name(label), iri)

    def evidence(self, span: Span, about: NamedNode | None) -> NamedNode:
        key = (span.start, span.end)
        ev = self._evidence.get(key)
        if ev is None:  # described once; a quote cited again (most are) only gets its sdkg:about
            ev = self._evidence[key] = self.m.evidence(self.sha, span.start, span.end)
            self.add(ev, A, _n(SDKG, "Evidence"))
            self.add(ev, _n(OA, "exact"), Literal(span.quote))
            prefix, suffix = _context(self.ex.document.text, span, *self.sentences)
            if prefix:
                self.add(ev, _n(OA, "prefix"), Literal(prefix))
            if suffix:
                self.add(ev, _n(OA, "suffix"), Literal(suffix))
            self.add(ev, _n(OA, "start"), _int(span.start))
            self.add(ev, _n(OA, "end"), _int(span.end))
            self.add(ev, _n(PROV, "wasQuotedFrom"), self.report)
            self.where(ev, span)
        if about is not None:
            self.add(ev, _n(SDKG, "about"), about)
        return ev

    def where(self, ev: NamedNode, span: Span) -> None:
        """Where the quote stands: its PDF page (an oa:FragmentSelector "page=N" refined by the quote,
        and sdkg:page N), or its web page (sdkg:sourcePage), its heading path and its programme."""
        doc = self.ex.document
        if not (doc.parts or doc.sections):
            return
        loc = doc.locate(span.start, self.ex.meta.programmes)
        if loc.page is not None:
            self.add(ev, _n(SDKG, "page"), _int(loc.page))
            page = self._pages.get(loc.page)
            if page is None:  # described once: the same quads again would only be dropped as duplicates
                page = self._pages[loc.page] = NamedNode(f"{self.report.value}/pagina/{loc.page}")
                self.add(page, A, _n(OA, "FragmentSelector"))
                self.add(page, _n(RDF, "value"), Literal(f"page={loc.page}"))
                self.add(page, _n(DCT, "conformsTo"), _PDF_FRAGMENT)
            self.add(page, _n(OA, "refinedBy"), ev)
        if loc.url:
            try:
                self.add(ev, _n(SDKG, "sourcePage"), NamedNode(loc.url))
            except ValueError:
                pass  # a page address that is not an IRI names no page
        if loc.section:
            self.add(ev, _n(SDKG, "sectionPath"), Literal(" > ".join(loc.section)))
        title = match_programme(loc.programme, self.ex.meta.programmes) if loc.programme else None
        if title:
            self.add(ev, _n(SDKG, "inProgramme"), self.m.programme(self.gm_code, self.ex.meta.year, title))

    def mentioned(self, entity: NamedNode, spans: Iterable[Span]) -> None:
        self.add(self.report, _n(SDKG, "mentions"), entity)
        for span in spans:
            self.evidence(span, entity)

    # ------------------------------------------------------------------ parts

    def municipality(self, iri: NamedNode, name: str, code: str) -> None:
        self.add(iri, A, _n(SDKG, "Gemeente"))
        self.add(iri, A, _n(ORG, "Organization"))
        # one label per municipality whichever name a report writes ("Den Haag" is an altLabel of 's-Gravenhage)
        label = _register_label(code) or name
        self.add(iri, LABEL, _nl(label))
        if name != label:
            self.add(iri, ALT, _nl(name))
        self.add(iri, _n(DCT, "identifier"), Literal(code.upper()))
        self.add(iri, _n(SDKG, "cbsCode"), Literal(code.upper()))
        self.add(iri, _n(OWL, "sameAs"), NamedNode(TOOI_GEMEENTE + code.lower()))
        self.name(iri, name)

    def report_node(self) -> None:
        doc, meta, r = self.ex.document, self.ex.meta, self.report
        self.add(r, A, _n(SDKG, "Report"))
        self.add(r, A, _n(PROV, "Entity"))
        self.add(r, _n(SDKG, "sha256"), Literal(doc.sha256))
        self.add(r, _n(SDKG, "fileName"), Literal(file_name(doc.source)))
        self.add(r, _n(SDKG, "sourceKey"), Literal(source_key(self.ex)))
        self.add(r, _n(DCT, "format"), Literal(doc.media_type))
        title = report_title(self.ex)
        self.add(r, _n(DCT, "title"), Literal(title))
        if doc.title and doc.title != title:
            self.add(r, _n(DCT, "alternative"), Literal(doc.title))
        self.add(r, _n(SDKG, "documentType"), _n(DOCTYPE, meta.document_type))
        if doc.source_url:
            self.add(r, _n(DCT, "source"), NamedNode(doc.source_url))
        if meta.year is not None:
            self.add(r, _n(SDKG, "year"), _int(meta.year))
        if self.gm is not None:
            self.municipality(self.gm, meta.municipality.name, meta.municipality.cbs_code)
            self.add(r, _n(DCT, "publisher"), self.gm)
            self.add(r, _n(SDKG, "municipality"), self.gm)
        for field_name, reasons in meta.evidence.items():
            for reason in reasons:
                self.add(r, _n(SDKG, "inferenceEvidence"), Literal(f"{field_name}: {reason}"))
        for w in meta.warnings:
            self.add(r, _n(SDKG, "warning"), Literal(w))
        for title in meta.programmes:
            p = self.m.programme(self.gm_code, meta.year, title)
            self.add(p, A, _n(SDKG, "Programme"))
            self.add(p, LABEL, _nl(title))
            self.add(p, _n(SDKG, "report"), r)
            self.add(r, _n(SDKG, "programme"), p)
            if self.gm is not None:
                self.add(p, _n(SDKG, "municipality"), self.gm)
            if meta.year is not None:
                self.add(p, _n(SDKG, "year"), _int(meta.year))
            self.name(p, title)
            self.own_things.add(p)

    def organisations(self) -> None:
        for o in self.ex.organisations:
            who = identity.resolve(o.name, o.aliases, self.ex.meta.municipality.cbs_code if self.gm else None)
            iri = self.m.organisation_key(who.key)
            self.add(iri, A, _n(SDKG, "Organisation"))
            self.add(iri, A, _n(ORG, "Organization"))
            self.add(iri, LABEL, _nl(who.label))
            for alias in dict.fromkeys([o.name, *o.aliases]):
                if alias.lower() != who.label.lower():
                    self.add(iri, ALT, _nl(alias))
            self.add(iri, _n(SDKG, "kind"), _n(KIND, who.kind or o.kind or "other"))
            self.add(iri, _n(SDKG, "scope"), Literal(who.scope))
            for same in who.same_as:
                self.add(iri, _n(OWL, "sameAs"), NamedNode(same))
            self.name(iri, o.name, *o.aliases, who.label)
            self.orgs.add(iri)
            self.mentioned(iri, o.mentions)

    def laws(self) -> None:
        concepts = _law_concepts()
        for law in self.ex.laws:
            iri = concepts.get(law.name) or self.m.law(law.name)
            self.add(iri, A, _n(SDKG, "Law"))
            self.add(iri, LABEL, _nl(law.name))
            if law.abbreviation:
                self.add(iri, ALT, _nl(law.abbreviation))
            if law.bwb_id:
                self.add(iri, _n(SDKG, "bwbId"), Literal(law.bwb_id))
                self.add(iri, _n(RDFS, "seeAlso"), NamedNode(WETTEN + law.bwb_id))
            self.name(iri, law.name, law.abbreviation)
            self.mentioned(iri, law.mentions)

    def places(self) -> None:
        for p in self.ex.neighbourhoods:
            iri = self.m.neighbourhood(self.gm_code, p.name)
            self.add(iri, A, _n(SDKG, "Neighbourhood"))
            self.add(iri, A, _n(SCHEMA, "Place"))
            self.add(iri, LABEL, _nl(p.name))
            if p.code:
                self.add(iri, _n(SDKG, "cbsCode"), Literal(p.code))
            if self.gm is not None:
                self.add(iri, _n(SDKG, "municipality"), self.gm)
                self.add(iri, _n(SCHEMA, "containedInPlace"), self.gm)
            self.name(iri, p.name)
            self.mentioned(iri, p.mentions)
        for p in self.ex.other_municipalities:
            if not p.code:
                continue
            iri = self.m.municipality(p.code)
            self.municipality(iri, p.name, p.code)
            self.mentioned(iri, p.mentions)

    def initiatives(self) -> None:
        for i in self.ex.initiatives:
            iri = self.m.initiative(self.gm_code, i.name)
            self.add(iri, A, _n(SDKG, "Initiative"))
            self.add(iri, LABEL, _nl(i.name))
            if i.kind:
                self.add(iri, _n(SDKG, "initiativeType"), Literal(i.kind))
            if self.gm is not None:
                self.add(iri, _n(SDKG, "municipality"), self.gm)
            self.name(iri, i.name)
            self.own_things.add(iri)
            self.mentioned(iri, i.mentions)
        # links need every entity named first
        for i in self.ex.initiatives:
            iri = self.m.initiative(self.gm_code, i.name)
            for w in i.neighbourhoods:
                self.add(iri, _n(SDKG, "locatedIn"), self.m.neighbourhood(self.gm_code, w))
            for o in i.organisations:
                target = self.names.get(normalise_name(o))
                if target is not None:
                    self.add(iri, _n(SDKG, "involves"), target)

    def people(self) -> None:
        for person in self.ex.people:
            iri = self.m.person(self.gm_code, person.name)
            self.add(iri, A, _n(SDKG, "Person"))
            self.add(iri, A, _n(SCHEMA, "Person"))
            self.add(iri, _n(SCHEMA, "name"), Literal(person.name))
            self.add(iri, LABEL, Literal(person.name))
            if person.role:
                self.add(iri, _n(SCHEMA, "jobTitle"), _nl(person.role))
            if self.gm is not None:
                self.add(iri, _n(SCHEMA, "worksFor"), self.gm)
            self.name(iri, person.name)
            self.mentioned(iri, person.mentions)

    def figures(self) -> None:
        for f in self.ex.figures:
            iri = self.m.figure(self.sha, f.label, f.value, f.unit, f.year, f.span and f.span.start)
            self.add(iri, A, _n(SDKG, "Figure"))
            self.add(iri, A, _n(SCHEMA, "QuantitativeValue"))
            self.add(iri, _n(RDFS, "label"), _nl(f.label))
            self.add(iri, _n(SCHEMA, "value"), _dec(f.value))
            self.add(iri, _n(SCHEMA, "unitText"), Literal(f.unit))
            self.add(iri, _n(SDKG, "report"), self.report)
            if f.year is not None:
                self.add(iri, _n(SDKG, "year"), _int(f.year))
            if self.gm is not None:
                self.add(iri, _n(SDKG, "municipality"), self.gm)
            if f.span is not None:
                self.add(iri, _n(SDKG, "evidence"), self.evidence(f.span, iri))

    def relations(self) -> None:
        if self.gm is not None:
            self.name(self.gm, self.ex.meta.municipality.name)
        for rel in self.ex.relations:
            pred = PREDICATE_IRIS.get(rel.predicate)
            if pred is None:
                continue
            subject = self.names.get(normalise_name(rel.subject))
            obj = self.names.get(normalise_name(rel.object))
            node = self.m.relation(self.sha, rel.subject, rel.predicate, rel.object, rel.span.start)
            self.add(node, A, _n(SDKG, "Relation"))
            self.add(node, _n(RDF, "predicate"), _n(SDKG, pred))
            self.add(node, _n(SDKG, "report"), self.report)
            if subject is not None:
                self.add(node, _n(RDF, "subject"), subject)
            else:
                self.add(node, _n(SDKG, "subjectLabel"), Literal(rel.subject))
            if obj is not None:
                self.add(node, _n(RDF, "object"), obj)
            else:
                self.add(node, _n(SDKG, "objectLabel"), Literal(rel.object))
            if self.ex.meta.year is not None:
                self.add(node, _n(SDKG, "year"), _int(self.ex.meta.year))
            if rel.confidence < 1:
                self.add(node, _n(SDKG, "confidence"), _dec(round(rel.confidence, 3)))
            self.add(node, _n(SDKG, "evidence"), self.evidence(rel.span, None))
            concepts = _law_concepts()
            for law in rel.laws:
                target = self.names.get(normalise_name(law)) or concepts.get(law)
                if target is not None:
                    self.add(node, _n(SDKG, "law"), target)
            if subject is not None and obj is not None:
                self.add(subject, _n(SDKG, pred), obj)
            partner = self._partner(rel.predicate, subject, obj)
            if partner is not None:
                self.add(self.gm, _n(SDKG, "worksWith"), partner)
                self.add(node, _n(SDKG, "partner"), partner)

    def _partner(self, predicate: str, subject: NamedNode | None, obj: NamedNode | None) -> NamedNode | None:
        """The organisation a stated relation makes a partner of the report's municipality: one end is the
        organisation, the other the municipality or one of its own initiatives and programmes."""
        if self.gm is None or predicate not in WORK_PREDICATES:
            return None
        for org, other in ((subject, obj), (obj, subject)):
            if org in self.orgs and (other == self.gm or other in self.own_things):
                return org
        return None

    def build(self) -> list[Quad]:
        self.report_node()
        self.organisations()
        self.laws()
        self.places()
        self.initiatives()
        self.people()
        self.figures()
        self.relations()
        return list(dict.fromkeys(self.quads))  # drop duplicates, keep order


DOCTYPE_TITLES = {"jaarverslag": "Jaarverslag", "jaarstukken": "Jaarstukken", "begroting": "Begroting"}


def report_title(ex: Extraction) -> str:
    """A title people recognise: document type, year, municipality, programme ("Jaarverslag 2023 Zwolle –
    Sociaal Domein"); the file name when none of these is known."""
    meta = ex.meta
    parts = [DOCTYPE_TITLES.get(meta.document_type, "Rapport")]
    if meta.year is not None:
        parts.append(str(meta.year))
    if meta.municipality:
        parts.append(meta.municipality.name)
    if len(parts) == 1:
        return ex.document.title or file_name(ex.document.source)
    title = " ".join(parts)
    if meta.programmes:
        title += " – " + meta.programmes[0]
    return title


def file_name(source: str) -> str:
    return source.replace("\\", "/").rsplit("/", 1)[-1]


def source_key(ex: Extraction) -> str:
    """Which report this is, whatever its content: a changed file keeps its key."""
    muni = ex.meta.municipality
    return f"{muni.cbs_code if muni else 'onbekend'}/{file_name(ex.document.source)}"


def build_quads(ex: Extraction, minter: Minter | None = None) -> list[Quad]:
    """All quads of one report, in its own named graph: a pure function of the extraction (no store lookup),
    so the same reports give the same graph in any order and whoever ingests them."""
    return _Builder(ex, minter or Minter()).build()


def report_graph_iri(ex: Extraction, minter: Minter | None = None) -> NamedNode:
    return (minter or Minter()).report_graph(ex.document.sha256)


def extraction_to_turtle(ex: Extraction, minter: Minter | None = None) -> str:
    """The report's triples as Turtle (no store involved), for `sdkg extract --format turtle`."""
    triples = [q.triple for q in build_quads(ex, minter)]
    return serialize(triples, format=RdfFormat.TURTLE, prefixes=PREFIXES).decode()


