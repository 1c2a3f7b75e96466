"""SHACL validation with pySHACL: the report graphs against ontology/shapes.ttl, and the
catalogue against the DCAT-AP-NL 3.0 and SEMIC DCAT-AP 3.0.1 shapes carried in shapes/.

Each report graph describes every entity it names, so graphs are validated one at a time:
memory stays bounded by the largest report, and every finding names its report graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
import rdflib
from pyshacl import validate as shacl_validate
from sdkg.graph.store import Store, iter_quads
from sdkg.ontology import SHAPES

SHAPES_DIR = Path(__file__).resolve().parent / "shapes"
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")

CATALOG_PROFILES = {
    "DCAT-AP-NL 3.0.0": SHAPES_DIR / "dcat-ap-nl-3.0.0",
    "SEMIC DCAT-AP 3.0.1": SHAPES_DIR / "semic-dcat-ap-3.0.1",
}


class ValidationError(Exception):
    """Shapes or data that cannot be read at all (as opposed to data that violates shapes)."""


@dataclass(frozen=True)
class Finding:
    severity: str  # Violation | Warning | Info
    focus: str
    path: str | None
    value: str | None
    message: str
    shape: str | None
    graph: str | None = None


@dataclass
class Report:
    """Outcome of validating one target (the data, or the catalogue) against one set of shapes."""

    target: str
    shapes: str
    findings: list[Finding] = field(default_factory=list)
    checked_graphs: int = 0
    checked_triples: int = 0

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Violation"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity != "Violation"]

    @property
    def conforms(self) -> bool:
        return not self.violations

    def to_json(self) -> dict:
        return {"target": self.target, "shapes": self.shapes, "conforms": self.conforms,
                "violations": len(self.violations), "warnings": len(self.warnings),
                "checked_graphs": self.checked_graphs, "checked_triples": self.checked_triples,
                "findings": [f.__dict__ for f in self.findings]}


def _files(paths: Iterable[str | Path]) -> list[Path]:
    out = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(p.glob("*.ttl")))
        elif p.exists():
            out.append(p)
        else:
            raise ValidationError(f"{p}: no such shapes file or folder")
    if not out:
        raise ValidationError("no shapes files given")
    return out


def load_shapes(paths: Iterable[str | Path]) -> rdflib.Graph:
    g = rdflib.Graph()
    for p in _files(paths):
        try:
            g.parse(p, format="turtle")
        except Exception as e:  # noqa: BLE001 - rdflib raises many kinds for bad Turtle
            raise ValidationError(f"{p}: cannot parse shapes: {e}") from e
    # SEMIC's 3.0.1 ranges.ttl lists five property shapes it never defines (they exist only in
    # 3.0.0); pySHACL refuses such dangling references, so drop the references, not the file.
    for node, ref in list(g.subject_objects(SH.property)):
        if isinstance(ref, rdflib.URIRef) and (ref, None, None) not in g:
            g.remove((node, SH.property, ref))
    return g


@lru_cache(maxsize=8)
def _cached_shapes(key: tuple[str, ...]) -> rdflib.Graph:
    return load_shapes(key)


def to_rdflib(triples: Iterable[ox.Triple | ox.Quad]) -> rdflib.Graph:
    """pyoxigraph terms -> rdflib Graph, through N-Triples (Oxigraph writes, rdflib parses)."""
    data = ox.serialize((t.triple if isinstance(t, ox.Quad) else t for t in triples), format=ox.RdfFormat.N_TRIPLES)
    g = rdflib.Graph()
    g.parse(data=data, format="nt")
    return g


def _short(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, rdflib.BNode):
        return "_:" + str(term)
    return str(term)


def findings(data: rdflib.Graph, shapes: rdflib.Graph, graph: str | None = None) -> list[Finding]:
    _, results, _ = shacl_validate(data, shacl_graph=shapes, inference="none", advanced=True,
                                   allow_warnings=True, abort_on_first=False)
    out = []
    for r in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        sev = results.value(r, SH.resultSeverity)
        path = results.value(r, SH.resultPath)
        msgs = [str(m) for m in results.objects(r, SH.resultMessage)]
        out.append(Finding(
            severity=str(sev).rsplit("#", 1)[-1] if sev else "Violation",
            focus=_short(results.value(r, SH.focusNode)) or "",
            path=_short(path) if not isinstance(path, rdflib.BNode) else "(complex path)",
            value=_short(results.value(r, SH.value)),
            message="; ".join(sorted(set(msgs))) or str(results.value(r, SH.sourceConstraintComponent)),
            shape=_short(results.value(r, SH.sourceShape)),
            graph=graph))
    out.sort(key=lambda f: (f.severity != "Violation", f.graph or "", f.focus, f.path or ""))
    return out


def validate_store(store: Store, shapes: Sequence[str | Path] | None = None,
                   graphs: Sequence[str] | None = None) -> Report:
    """Every report graph (or the named ones) against the data shapes."""
    paths = tuple(str(p) for p in (shapes or [SHAPES]))
    shapes_graph = _cached_shapes(paths)
    report = Report("data", ", ".join(Path(p).name for p in paths))
    for g in graphs if graphs is not None else store.graphs():
        data = to_rdflib(iter_quads(store, ox.NamedNode(g)))
        report.checked_graphs += 1
        report.checked_triples += len(data)
        report.findings.extend(findings(data, shapes_graph, g))
    return report


def validate_catalog(triples: Iterable[ox.Triple], profiles: dict[str, Path] | None = None) -> list[Report]:
    """The catalogue (DCAT + VoID triples) against each DCAT-AP profile."""
    data = to_rdflib(triples)
    reports = []
    for name, folder in (profiles or CATALOG_PROFILES).items():
        shapes_graph = _cached_shapes((str(folder),))
        reports.append(Report("catalogue", name, findings(data, shapes_graph), 1, len(data)))
    return reports


def format_reports(reports: Sequence[Report], max_findings: int = 50, warnings: bool = True) -> str:
    """A readable summary: one block per target and shape set, violations first."""
    lines = []
    for r in reports:
        status = "conforms" if r.conforms else f"{len(r.violations)} violation(s)"
        lines.append(f"{r.target} against {r.shapes}: {status}, {len(r.warnings)} warning(s) "
                     f"[{r.checked_graphs} graph(s), {r.checked_triples} triples]")
        shown = r.findings if warnings else r.violations
        for f in shown[:max_findings]:
            lines.append(f"  {f.severity.upper():9} {f.focus}")
            if f.graph:
                lines.append(f"            in graph {f.graph}")
            if f.path:
                lines.append(f"            path     {f.path}")
            if f.value is not None:
                lines.append(f"            value    {f.value}")
            lines.append(f"            {f.message}")
        if len(shown) > max_findings:
            lines.append(f"  ... and {len(shown) - max_findings} more")
    return "\n".join(lines)
