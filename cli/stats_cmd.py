"""sdkg stats: what the store holds."""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.table import Table
from sdkg.cli.common import add_store_args, store_from_args
from sdkg.graph import rq

# row label -> variable of graph/queries/stats.rq
COUNTS = {
    "reports": "reports", "municipalities (reporting)": "municipalities", "organisations": "organisations",
    "laws": "laws", "initiatives": "initiatives", "neighbourhoods": "neighbourhoods", "people": "people",
    "figures": "figures", "relations": "relations", "evidence quotes": "evidence",
}


def register(sub) -> None:
    p = sub.add_parser("stats", help="count what the store holds",
                       description="Counts of reports, entities, relations and triples in the store.")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    add_store_args(p)
    p.set_defaults(func=run)


def stats(store) -> dict[str, int]:
    row = store.select(rq.text("stats")).values()[0]
    out = {name: int(row[var]) for name, var in COUNTS.items()}
    out["triples (report graphs)"] = store.count()
    out["report graphs"] = len([g for g in store.graphs() if "/graph/" in g])
    return out


def run(args: argparse.Namespace) -> int:
    store = store_from_args(args, read_only=True)
    s = stats(store)
    if args.json:
        import json

        print(json.dumps(s, indent=1))
        return 0
    t = Table(title="sdkg store", show_edge=False)
    t.add_column("what")
    t.add_column("count", justify="right")
    for k, v in s.items():
        t.add_row(k, f"{v:,}")
    Console().print(t)
    return 0
