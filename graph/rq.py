"""The SPARQL the graph package runs itself (networks, ingest, statistics, publication), kept in .rq files
under graph/queries/ like the named-query library, so no query text lives in Python.

`text(name)` is the query; `render(name, values=...)` fills its `${...}` slots (VALUES blocks of terms the
caller serialised, or a property path), the only parts a query takes from code.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from string import Template

QUERIES = Path(__file__).resolve().parent / "queries"


@cache
def text(name: str) -> str:
    """The query graph/queries/{name}.rq (comment lines kept: SPARQL ignores them)."""
    return (QUERIES / f"{name}.rq").read_text(encoding="utf-8")


def render(name: str, **slots: str) -> str:
    """The query with its ${slot}s filled; a missing slot is an error, not an empty string."""
    return Template(text(name)).substitute(slots)
