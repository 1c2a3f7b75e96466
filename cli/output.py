"""Printing SELECT results as a table, CSV, TSV or SPARQL JSON."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.table import Table as RichTable
from sdkg.graph.store import Table
from sdkg.sparql.results import to_delimited, to_json


def print_table(table: Table, fmt: str = "table", out=None) -> None:
    out = out or sys.stdout
    if fmt == "json":
        out.write(to_json(table))
    elif fmt in ("csv", "tsv"):
        out.write(to_delimited(table, "," if fmt == "csv" else "\t"))
    else:
        # People read names; IRI-only columns go to CSV/JSON unless nothing else is left.
        import pyoxigraph as ox

        def iri_only(i: int) -> bool:
            cells = [r[i] for r in table.rows if r[i] is not None]
            return bool(cells) and all(isinstance(c, ox.NamedNode) for c in cells)

        shown = [i for i in range(len(table.variables)) if not iri_only(i)] or list(range(len(table.variables)))
        shown = [i for i in shown if any(r[i] is not None for r in table.rows)] or shown
        rt = RichTable(show_lines=False, header_style="bold")
        for i in shown:
            rt.add_column(table.variables[i], overflow="fold")
        for row in table.rows:
            rt.add_row(*[row[i].value if row[i] is not None else "" for i in shown])
        console = Console(file=out) if out is not sys.stdout else Console()
        console.print(rt)
        hidden = [v for i, v in enumerate(table.variables) if i not in shown]
        console.print(f"{len(table.rows)} row(s)" + (" (truncated)" if table.truncated else "")
                      + (f"; not shown: {', '.join(hidden)} (use --format csv or json)" if hidden else ""))
