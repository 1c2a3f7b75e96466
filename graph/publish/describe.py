"""What one IRI says: its own triples across all report graphs, the links pointing at it, and
the evidence quotes about it; read through the Store interface, so remote stores work too."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from sdkg.graph import rq
from sdkg.graph.store import Store
from sdkg.ontology import HERE, MODEL_FILES, PREFIXES, SDKG, SPARQL_PREFIXES

CONTEXT_FILE = HERE / "context.jsonld"
DEF = "https://w3id.org/sdkg/def"
SEGMENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_~.-]*$")
MAX_INCOMING = 2000
MAX_EVIDENCE = 500

RDF_TYPE = PREFIXES["rdf"] + "type"
# the order graph/queries/describe-labels.rq ranks them in
LABELS = (PREFIXES["skos"] + "prefLabel", PREFIXES["rdfs"] + "label", PREFIXES["dcterms"] + "title",
          PREFIXES["schema"] + "name", "http://xmlns.com/foaf/0.1/name")
OA = PREFIXES["oa"]
# Reused terms have no label in our model files.
COMMON_LABELS = {PREFIXES[p] + local: text for p, local, text in (
    ("skos", "prefLabel", "name"), ("skos", "altLabel", "also known as"), ("skos", "inScheme", "in scheme"),
    ("skos", "notation", "notation"), ("skos", "definition", "definition"), ("skos", "hiddenLabel", "spelling"),
    ("rdfs", "label", "label"), ("rdfs", "seeAlso", "see also"), ("rdfs", "comment", "comment"),
    ("owl", "sameAs", "same as"), ("dcterms", "identifier", "identifier"), ("dcterms", "title", "title"),
    ("dcterms", "publisher", "publisher"), ("dcterms", "source", "source"), ("dcterms", "format", "media type"),
    ("dcterms", "description", "description"), ("rdf", "type", "type"), ("rdf", "subject", "subject"),
    ("rdf", "predicate", "predicate"), ("rdf", "object", "object"), ("oa", "exact", "quote"),
    ("oa", "start", "start"), ("oa", "end", "end"), ("prov", "wasQuotedFrom", "quoted from"),
    ("schema", "name", "name"), ("schema", "jobTitle", "role"), ("schema", "worksFor", "works for"),
    ("schema", "value", "value"), ("schema", "unitText", "unit"), ("schema", "containedInPlace", "lies in"),
)}
COMMON_LABELS_NL = {PREFIXES[p] + local: text for p, local, text in (
    ("skos", "prefLabel", "naam"), ("skos", "altLabel", "ook genoemd"), ("skos", "inScheme", "in schema"),
    ("skos", "notation", "code"), ("skos", "definition", "definitie"), ("skos", "hiddenLabel", "schrijfwijze"),
    ("rdfs", "label", "naam"), ("rdfs", "seeAlso", "zie ook"), ("rdfs", "comment", "toelichting"),
    ("owl", "sameAs", "zelfde als"), ("dcterms", "identifier", "code"), ("dcterms", "title", "titel"),
    ("dcterms", "publisher", "uitgever"), ("dcterms", "source", "bron"), ("dcterms", "format", "mediatype"),
    ("dcterms", "description", "beschrijving"), ("rdf", "type", "soort"), ("rdf", "subject", "onderwerp"),
    ("rdf", "predicate", "verband"), ("rdf", "object", "voorwerp"), ("oa", "exact", "citaat"),
    ("oa", "start", "begin"), ("oa", "end", "einde"), ("prov", "wasQuotedFrom", "geciteerd uit"),
    ("schema", "name", "naam"), ("schema", "jobTitle", "rol"), ("schema", "worksFor", "werkt voor"),
    ("schema", "value", "waarde"), ("schema", "unitText", "eenheid"), ("schema", "containedInPlace", "ligt in"),
    ("oa", "prefix", "tekst ervoor"), ("oa", "suffix", "tekst erna"),
)}


def safe_path(path: str) -> bool:
    """Path segments of minted IRIs only: no empty, dot or dot-dot segments, no odd characters."""
    parts = path.split("/")
    return bool(path) and all(SEGMENT.match(p) and ".." not in p for p in parts)


@lru_cache(maxsize=1)
def model_store() -> ox.Store:
    """The ontology and thesauri, read from the Turtle files (also for remote data stores)."""
    s = ox.Store()
    for path in MODEL_FILES:
        if Path(path).exists():
            s.load(path=str(path), format=ox.RdfFormat.TURTLE)
    return s


@lru_cache(maxsize=1)
def context() -> dict:
    return json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))


@dataclass
class Value:
    text: str
    iri: str | None = None
    lang: str | None = None
    datatype: str | None = None


@dataclass
class Evidence:
    iri: str
    quote: str
    start: int | None
    end: int | None
    report: str | None
    report_label: str | None = None
    before: str = ""  # the rest of the sentence around the quote (oa:prefix, oa:suffix)
    after: str = ""


@dataclass
class RelationRow:
    iri: str
    predicate: str
    subject: Value
    object: Value
    quote: str | None
    report: str | None


@dataclass
class Description:
    iri: str
    triples: list[ox.Triple] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    relations: list[RelationRow] = field(default_factory=list)
    lang: str = "nl"  # the language of labels

    @property
    def found(self) -> bool:
        return any(t.subject.value == self.iri for t in self.triples if isinstance(t.subject, ox.NamedNode))

    def label_of(self, iri: str) -> str:
        if iri in self.labels:
            return self.labels[iri]
        common = COMMON_LABELS_NL if self.lang == "nl" else COMMON_LABELS
        if iri in common:
            return common[iri]
        tail = re.split(r"[#/]", iri.rstrip("/"))[-1]
        return tail or iri

    @property
    def label(self) -> str:
        return self.labels.get(self.iri) or self.label_of(self.iri)

    @property
    def types(self) -> list[str]:
        return sorted({t.object.value for t in self.triples
                       if t.subject.value == self.iri and t.predicate.value == RDF_TYPE})

    def facts(self) -> list[tuple[str, list[Value]]]:
        """Outgoing properties (not rdf:type), grouped by predicate in a stable order."""
        out: dict[str, list[Value]] = {}
        for t in self.triples:
            if t.subject.value != self.iri or t.predicate.value == RDF_TYPE:
                continue
            out.setdefault(t.predicate.value, []).append(_value(t.object))
        for values in out.values():
            values.sort(key=lambda v: (v.text.lower(), v.iri or ""))
        return sorted(out.items(), key=lambda kv: (kv[0] not in LABELS, kv[0]))

    def incoming(self) -> list[tuple[str, list[Value]]]:
        out: dict[str, list[Value]] = {}
        for t in self.triples:
            if isinstance(t.object, ox.NamedNode) and t.object.value == self.iri and t.subject.value != self.iri \
                    and t.predicate.value != SDKG + "about":
                out.setdefault(t.predicate.value, []).append(Value(self.label_of(t.subject.value), t.subject.value))
        for values in out.values():
            values.sort(key=lambda v: v.text.lower())
        return sorted(out.items())

    def evidence(self) -> list[Evidence]:
        nodes: dict[str, dict] = {}
        about = {t.subject.value for t in self.triples
                 if t.predicate.value == SDKG + "about" and t.object.value == self.iri}
        cited = {t.object.value for t in self.triples
                 if t.subject.value == self.iri and t.predicate.value == SDKG + "evidence"}
        for t in self.triples:
            if t.subject.value in about | cited:
                nodes.setdefault(t.subject.value, {})[t.predicate.value] = t.object.value
        out = []
        for iri, p in nodes.items():
            if OA + "exact" not in p:
                continue
            report = p.get(PREFIXES["prov"] + "wasQuotedFrom")
            out.append(Evidence(iri, p[OA + "exact"], _int(p.get(OA + "start")), _int(p.get(OA + "end")), report,
                                self.labels.get(report) if report else None, p.get(OA + "prefix", ""),
                                p.get(OA + "suffix", "")))
        out.sort(key=lambda e: (e.report_label or e.report or "", e.start or 0))
        return out


def _int(v: str | None) -> int | None:
    try:
        return int(v) if v is not None else None
    except ValueError:
        return None


def _value(term) -> Value:
    if isinstance(term, ox.NamedNode):
        return Value(term.value, term.value)
    if isinstance(term, ox.BlankNode):
        return Value("_:" + term.value)
    dt = term.datatype.value if term.datatype and not term.language else None
    return Value(term.value, None, term.language, dt)


def _construct(iri: str) -> str:
    # serialised, so the IRI cannot change the query
    return rq.render("describe-construct", x=str(ox.NamedNode(iri)), max_incoming=str(MAX_INCOMING),
                     max_evidence=str(MAX_EVIDENCE))


def _relations(iri: str) -> str:
    return rq.render("describe-relations", x=str(ox.NamedNode(iri)), max_evidence=str(MAX_EVIDENCE))


def _labels_query(iris: list[str]) -> str:
    return rq.render("describe-labels", values=" ".join(str(ox.NamedNode(i)) for i in iris))


def _rank(p, lit: ox.Literal, lang: str = "nl") -> tuple[int, int]:
    tag = lit.language or ""
    return (int(p.value), 0 if tag == lang else {"": 1, "nl": 2, "en": 3}.get(tag, 4))


def fetch_labels(iris: set[str], sources: list, lang: str = "nl") -> dict[str, str]:
    """Best label per IRI (in `lang`, the page's language, then untagged, then Dutch, then English)
    from the data and the model."""
    best: dict[str, tuple[tuple[int, int], str]] = {}
    todo = sorted(i for i in iris if i)
    for chunk in (todo[i:i + 400] for i in range(0, len(todo), 400)):
        q = _labels_query(chunk)
        for src in sources:
            rows = src.select(q).rows if isinstance(src, Store) else \
                [[s["x"], s["p"], s["l"]] for s in src.query(SPARQL_PREFIXES + q)]
            for x, p, lit in rows:
                if isinstance(lit, ox.Literal):
                    r = _rank(p, lit, lang)
                    if x.value not in best or r < best[x.value][0]:
                        best[x.value] = (r, lit.value)
    return {k: v for k, (_, v) in best.items()}


def describe(store: Store | None, iri: str, *, extra: list[ox.Triple] | None = None,
             model: bool = False, relations: bool = True, lang: str = "nl") -> Description:
    """`model`: also read the ontology files (for /def IRIs); `extra`: triples of generated resources
    (catalogue, VoID) that are not in the store."""
    d = Description(iri, lang=lang)
    seen: set[ox.Triple] = set()

    def add(ts):
        for t in ts:
            if t not in seen:
                seen.add(t)
                d.triples.append(t)

    if store is not None:
        add(store.construct(_construct(iri)))
    if model:
        add(model_store().query(SPARQL_PREFIXES + _construct(iri)))
    if extra:
        x = ox.NamedNode(iri)
        add(t for t in extra if t.subject == x or t.object == x)
        # blank-node partitions of VoID hang off the dataset: include them whole
        blanks = {t.object for t in extra if t.subject == x and isinstance(t.object, ox.BlankNode)}
        add(t for t in extra if t.subject in blanks)
    if not d.found:
        return d
    d.triples.sort(key=lambda t: t.subject.value != iri)  # its own statements first, then links to it
    if relations and store is not None:
        for rel, pred, s, o, sl, ol, quote, report in store.select(_relations(iri)).rows:
            d.relations.append(RelationRow(
                rel.value, pred.value,
                Value(s.value, s.value) if s is not None else Value(sl.value if sl else "?"),
                Value(o.value, o.value) if o is not None else Value(ol.value if ol else "?"),
                quote.value if quote is not None else None, report.value if report is not None else None))
    iris = {iri}
    for t in d.triples:
        for term in (t.subject, t.predicate, t.object):
            if isinstance(term, ox.NamedNode):
                iris.add(term.value)
    for r in d.relations:
        iris.update(v for v in (r.predicate, r.subject.iri, r.object.iri, r.report) if v)
    d.labels = fetch_labels(iris, [s for s in (store, model_store()) if s is not None], lang)
    return d
