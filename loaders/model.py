"""Plain data handed from stage to stage: Document (read) -> Extraction (extract).

No RDF here: the graph stage turns these into triples. Every extracted item keeps the
character spans in `Document.text` that support it, so each statement can cite its quote.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache

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


@dataclass(frozen=True)
class Part:
    """text[start:end] came from one page: `page` (1-based) of a PDF, or the web page at `url`."""

    start: int
    end: int
    page: int | None = None
    url: str | None = None


@dataclass(frozen=True)
class Section:
    """text[start:end] stands under the headings `path` (outermost first: programme > paragraph)."""

    start: int
    end: int
    path: tuple[str, ...]


@dataclass(frozen=True)
class Location:
    """Where an offset of the text stands in the report: page or page URL, heading path, programme."""

    page: int | None = None
    url: str | None = None
    section: tuple[str, ...] = ()
    programme: str | None = None

    def to_json(self) -> dict:
        out: dict = {}
        if self.page is not None:
            out["page"] = self.page
        if self.url is not None:
            out["url"] = self.url
        out["section"] = list(self.section)
        out["programme"] = self.programme
        return out


@dataclass
class TableRow:
    label: str
    cells: list[Span | None]  # one per column of the table; None where the cell is empty


@dataclass
class Table:
    """A table read with its structure: text[start:end] holds it, one row per line."""

    start: int
    end: int
    columns: list[str]  # headers of the value columns (the row-label column is not counted)
    rows: list[TableRow] = field(default_factory=list)
    caption: str | None = None
    multiplier: float = 1.0  # "(x € 1.000)" -> 1000
    unit: str | None = None  # "EUR" when the caption names euros


_PROGRAMME = re.compile(r"(?i)programma\s+\d{1,2}[a-z]?\b")


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
    parts: list[Part] = field(default_factory=list)  # pages of a PDF, pages of a report website
    sections: list[Section] = field(default_factory=list)  # innermost heading path per stretch
    tables: list[Table] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.text)

    def locate(self, offset: int, programmes: list[str] | tuple[str, ...] = ()) -> Location:
        """Page (or page URL), heading path and programme of text[offset]. The programme is the
        outermost heading that is titled 'Programma N ...' or is one of `programmes`."""
        page = url = None
        key = (len(self.parts), len(self.sections))
        cached = self.__dict__.get("_located")
        if cached is None or cached[0] != key:  # parts and sections are fixed once read
            cached = self.__dict__["_located"] = (key, [x.start for x in self.parts], [x.start for x in self.sections])
        part_starts, section_starts = cached[1], cached[2]
        if self.parts:
            i = bisect.bisect_right(part_starts, offset) - 1
            if i >= 0:
                page, url = self.parts[i].page, self.parts[i].url
        path: tuple[str, ...] = ()
        if self.sections:
            i = bisect.bisect_right(section_starts, offset) - 1
            if i >= 0 and offset < self.sections[i].end:
                path = self.sections[i].path
        programme = next((h for h in path if _PROGRAMME.match(h) or match_programme(h, programmes)), None)
        if not self.parts:
            url = self.source_url
        return Location(page=page, url=url, section=path, programme=programme)


def match_programme(heading: str, programmes: list[str] | tuple[str, ...]) -> str | None:
    """Which of the report's programme titles a heading names: 'Programma 6 Zorg' -> 'Zorg'."""
    return _match_programme(heading, tuple(programmes))


@lru_cache(maxsize=4096)  # asked again for every quote under the same headings
def _match_programme(heading: str, programmes: tuple[str, ...]) -> str | None:
    keys = {heading.casefold(), _bare(heading).casefold()}
    return next((p for p in programmes if p.casefold() in keys or _bare(p).casefold() in keys), None)


def _bare(heading: str) -> str:
    """'Programma 6 Zorg en ondersteuning' / '6. Zorg' -> 'Zorg en ondersteuning' / 'Zorg'."""
    return re.sub(r"(?i)^(?:programma\s+)?\d{1,2}[a-z]?[.)]?\s+", "", heading)


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
    aliases: list[str] = field(default_factory=list)  # a country-wide one's other names the text uses ("IZA")


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
    column: str | None = None  # a figure read from a table: its column header ("Realisatie 2024")
    table: str | None = None  # ... and the table's caption


@dataclass
class Relation:
    subject: str
    predicate: str  # one of PREDICATES
    object: str
    span: Span
    subject_kind: str = "organisation"  # one of ENTITY_KINDS
    object_kind: str = "other"
    confidence: float = 1.0
    laws: list[str] = field(default_factory=list)  # the laws its sentence, or else its paragraph, names


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
        """The shape of ../shared/gold (SCORING.md), with spans and evidence as extra keys; every span
        also says where it stands: `page` (PDF, 1-based) or `url` (website), `section`, `programme`."""
        out = self._json()
        doc, programmes = self.document, self.meta.programmes
        if doc.parts or doc.sections:
            def where(d: dict | None) -> None:
                if d and "start" in d:
                    d.update(doc.locate(d["start"], programmes).to_json())

            for key in ("organisations", "laws", "initiatives", "neighbourhood_details",
                        "other_municipality_details", "people"):
                for item in out[key]:
                    for m in item.get("mentions", []):
                        where(m)
            for f in out["figures"]:
                where(f.get("span"))
            for r in out["relations"]:
                where(r.get("span"))
        return out

    def _json(self) -> dict:
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
