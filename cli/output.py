"""Printing SELECT results as a table, CSV, TSV or SPARQL JSON."""

from __future__ import annotations

import csv
import json
import sys

from rich.console import Console
from rich.table import Table as RichTable

from graph.store import Table


def _json_term(t) -> dict | None:
    import pyoxigraph as ox

    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    out = {"type": "literal", "value": t.value}
    if t.language:
        out["xml:lang"] = t.language
    elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = t.datatype.value
    return out


def print_table(table: Table, fmt: str = "table", out=None) -> None:
    out = out or sys.stdout
    if fmt == "json":
        rows = [{v: _json_term(t) for v, t in zip(table.variables, row, strict=True) if t is not None}
                for row in table.rows]
        json.dump({"head": {"vars": table.variables}, "results": {"bindings": rows}}, out, ensure_ascii=False,
                  indent=1)
        out.write("\n")
    elif fmt in ("csv", "tsv"):
        w = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(table.variables)
        for row in table.values():
            w.writerow([row[v] or "" for v in table.variables])
    else:
        rt = RichTable(show_lines=False, header_style="bold")
        for v in table.variables:
            rt.add_column(v, overflow="fold")
        for row in table.values():
            rt.add_row(*[row[v] or "" for v in table.variables])
        console = Console(file=out) if out is not sys.stdout else Console()
        console.print(rt)
        console.print(f"{len(table.rows)} row(s)" + (" (truncated)" if table.truncated else ""))
