"""The named-query library: documented .rq files with typed parameters, bound safely.

A query file starts with a header of comment lines:

    # @title Partners of a municipality
    # @description Organisations a municipality's reports name, with the quote.
    # @param municipality municipality = GM0546 -- CBS code or name of the municipality
    # @param year integer? -- only reports about this year

Types: string, integer, iri, municipality (a CBS code like GM0546, or a name). A trailing "?"
makes a parameter optional. Values are bound as RDF terms (pyoxigraph substitutions, or a
VALUES block built from serialised terms for remote stores), never spliced into query text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

QUERIES_DIR = Path(__file__).resolve().parent / "queries"
_PARAM = re.compile(r"^(\w+)\s+(\w+)(\?)?(?:\s*=\s*(\S+))?(?:\s+--\s*(.*))?$")
TYPES = ("string", "integer", "iri", "municipality")


class ParameterError(ValueError):
    """A parameter value that does not fit its declared type, or a missing required one."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    optional: bool = False
    default: str | None = None
    description: str = ""


@dataclass
class NamedQuery:
    name: str
    title: str
    description: str
    params: list[Param] = field(default_factory=list)
    sparql: str = ""

    def to_json(self) -> dict:
        return {"name": self.name, "title": self.title, "description": self.description,
                "parameters": [p.__dict__ for p in self.params], "sparql": self.sparql}

    def bind(self, values: dict[str, str | None], minter=None) -> dict[str, ox.NamedNode | ox.Literal]:
        """Typed terms for the given raw values (defaults filled in, unknown names refused);
        `minter` (graph.iris.Minter) makes municipality IRIs under the configured base."""
        unknown = set(values) - {p.name for p in self.params}
        if unknown:
            raise ParameterError(f"unknown parameter(s) for {self.name}: {', '.join(sorted(unknown))}")
        out = {}
        for p in self.params:
            raw = values.get(p.name)
            if raw in (None, ""):
                raw = p.default
            if raw in (None, ""):
                if not p.optional:
                    raise ParameterError(f"parameter '{p.name}' is required ({p.description or p.type})")
                continue
            out[p.name] = to_term(p, str(raw), minter)
        return out


def to_term(p: Param, raw: str, minter=None) -> ox.NamedNode | ox.Literal:
    if p.type == "integer":
        if not re.fullmatch(r"-?\d{1,9}", raw.strip()):
            raise ParameterError(f"parameter '{p.name}' must be an integer, got {raw!r}")
        return ox.Literal(raw.strip(), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    if p.type == "iri":
        if not re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", raw):
            raise ParameterError(f"parameter '{p.name}' must be an http(s) IRI, got {raw!r}")
        return ox.NamedNode(raw)
    if p.type == "municipality":
        return ox.NamedNode(municipality_iri(raw, minter))
    return ox.Literal(raw)


def municipality_iri(value: str, minter=None) -> str:
    """A CBS code ('GM0546', '0546') or a municipality name -> the municipality's IRI."""
    from sdkg.graph.iris import Minter
    from sdkg.loaders.reference import resolve_gemeente

    try:
        return (minter or Minter()).municipality(resolve_gemeente(value).cbs_code).value
    except ValueError as e:
        raise ParameterError(str(e)) from None


def parse(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    q = NamedQuery(name=path.stem, title=path.stem, description="", sparql=text)
    desc = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line.lstrip("#").strip()
        if body.startswith("@title "):
            q.title = body[7:].strip()
        elif body.startswith("@description "):
            desc.append(body[13:].strip())
        elif body.startswith("@param "):
            m = _PARAM.match(body[7:].strip())
            if not m or m.group(2) not in TYPES:
                raise ValueError(f"{path}: bad @param line: {line}")
            q.params.append(Param(m.group(1), m.group(2), bool(m.group(3)), m.group(4), m.group(5) or ""))
        elif desc and body and not body.startswith("@"):
            desc.append(body)
    q.description = " ".join(desc)
    return q


@lru_cache(maxsize=1)
def library() -> dict[str, NamedQuery]:
    return {q.name: q for q in (parse(p) for p in sorted(QUERIES_DIR.glob("*.rq")))}


def get(name: str) -> NamedQuery:
    try:
        return library()[name]
    except KeyError:
        raise ParameterError(f"no named query {name!r}; known: {', '.join(library())}") from None
