"""SELECT results (graph.store.Table) written as SPARQL JSON, CSV or TSV: one writer for the CLI,
the named-query API and downloads.

CSV and TSV cells that a spreadsheet would read as a formula are neutralised (sparql/csvsafe.py).
"""

from __future__ import annotations

import io
import json

import pyoxigraph as ox
from sdkg.graph.store import Table
from sdkg.sparql.csvsafe import SafeWriter, safe_cell, term_cell

__all__ = ["SafeWriter", "safe_cell", "to_delimited", "to_json"]

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def json_term(t) -> dict | None:
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    out = {"type": "literal", "value": t.value}
    if t.language:
        out["xml:lang"] = t.language
    elif t.datatype.value != XSD_STRING:
        out["datatype"] = t.datatype.value
    return out


def to_json(table: Table) -> str:
    rows = [{v: json_term(t) for v, t in zip(table.variables, row, strict=True) if t is not None}
            for row in table.rows]
    return json.dumps({"head": {"vars": table.variables}, "results": {"bindings": rows}}, ensure_ascii=False,
                      indent=1) + "\n"


def to_delimited(table: Table, delimiter: str = ",") -> str:
    buf = io.StringIO()
    w = SafeWriter(buf, delimiter=delimiter)
    w.writerow(table.variables)
    for row in table.rows:
        w.writerow([term_cell(t) for t in row])
    return buf.getvalue()
