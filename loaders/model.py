"""Plain data handed from stage to stage: Document (read) -> Extraction (extract).

No RDF here: the graph stage turns these into triples. Every extracted item keeps the
character spans in `Document.text` that support it, so each statement can cite its quote.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

DOCUMENT_TYPES = ("jaarverslag", "jaarstukken", "begroting", "other")
ORGANISATION_KINDS = (
    "welfare", "care", "health", "housing", "government", "education",
    "company", "funder", "other", "municipality",
)
PREDICATES = ("partner_of", "provides", "funds", "located_in", "under_law", "part_of", "contracted_by")
ENTITY_KINDS = (
    "municipality", "organisation", "law", "initiative", "neighbourhood", "person", "programme", "other",
)


@dataclass(frozen=True)
class Block:
    """A structural unit of the document text: text[start:end]."""

    kind: str  # "heading" | "paragraph" | "list" | "table"
    start: int
    end: int
    level: int = 0  # heading level (1 = top); 0 for non-headings


@dataclass
class Document:
    """One report as read from disk: the text every offset refers to, plus its source."""

    text: str
    source: str  # path as given
    sha256: str  # of the file bytes
    media_type: str
    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    encoding: str | None = None
    source_url: str | None = None

    @property
    def size(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class Span:
    """Evidence: document.text[start:end] == quote."""

    start: int
    end: int
    quote: str


@dataclass
class Municipality:
    name: str
    cbs_code: str  # "GM0546"


@dataclass
class ReportMeta:
    municipality: Municipality | None
    year: int | None
    document_type: str = "other"
    programmes: list[str] = field(default_factory=list)
    # Why we believe municipality/year/type: human-readable reasons, and a 0..1 confidence.
    evidence: dict[str, list[str]] = field(default_factory=dict)
    confidence: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Organisation:
    name: str  # canonical: fullest form in the text, legal form words removed
    aliases: list[str] = field(default_factory=list)
    kind: str = "other"
    confidence: float = 1.0
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Law:
    name: str
    abbreviation: str | None = None
    bwb_id: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Initiative:
    name: str
    kind: str | None = None  # pilot, project, programma, campagne, regeling, ...
    neighbourhoods: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Place:
    """A neighbourhood of the reporting municipality, or another municipality."""

    name: str
    code: str | None = None  # CBS wijk/buurt code ("WK054608") or gemeente code ("GM0268")
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Person:
    name: str
    role: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Figure:
    label: str
    value: float
    unit: str  # count | EUR | percent | weeks | years | score | count/day
    year: int | None = None
    span: Span | None = None


@dataclass
class Relation:
    subject: str
    predicate: str  # one of PREDICATES
    object: str
    span: Span
    subject_kind: str = "organisation"  # one of ENTITY_KINDS
    object_kind: str = "other"
    confidence: float = 1.0


@dataclass
class Extraction:
    """Everything found in one report; `document` carries the source and the text offsets refer to."""

    document: Document
    meta: ReportMeta
    organisations: list[Organisation] = field(default_factory=list)
    laws: list[Law] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    neighbourhoods: list[Place] = field(default_factory=list)
    other_municipalities: list[Place] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def to_json(self) -> dict:
        """The shape of ../shared/gold (SCORING.md), with spans and evidence as extra keys."""
        doc, meta = self.document, self.meta
        muni = meta.municipality
        return {
            "source_file": doc.source,
            "sha256": doc.sha256,
            "municipality": {"name": muni.name, "cbs_code": muni.cbs_code} if muni else None,
            "year": meta.year,
            "document_type": meta.document_type,
            "programmes": list(meta.programmes),
            "evidence": meta.evidence,
            "confidence": meta.confidence,
            "warnings": meta.warnings,
            "organisations": [asdict(o) for o in self.organisations],
            "laws": [asdict(x) for x in self.laws],
            "initiatives": [asdict(x) for x in self.initiatives],
            "neighbourhoods": [p.name for p in self.neighbourhoods],
            "neighbourhood_details": [asdict(p) for p in self.neighbourhoods],
            "other_municipalities": [p.name for p in self.other_municipalities],
            "other_municipality_details": [asdict(p) for p in self.other_municipalities],
            "people": [asdict(x) for x in self.people],
            "figures": [asdict(x) for x in self.figures],
            "relations": [
                {**asdict(r), "quote": r.span.quote} for r in self.relations
            ],
        }
