"""sdkg query: run SPARQL (text, file or a named query from sparql/queries) against the store."""

from __future__ import annotations

import argparse
import sys

from cli.common import add_store_args, store_from_args
from cli.output import print_table
from graph.store import QueryError


def register(sub) -> None:
    p = sub.add_parser(
        "query", help="run a SPARQL query or a named query",
        description="Run a SPARQL SELECT/ASK/CONSTRUCT query against the store. The default graph is the "
                    "union of all report graphs; prefixes sdkg:, skos:, prov:, oa:, schema:, dcterms:, org: "
                    "are predeclared. Named queries: `sdkg query --list`.")
    p.add_argument("sparql", nargs="?", help="the query text")
    p.add_argument("--file", "-f", metavar="Q.rq", help="read the query from a file")
    p.add_argument("--name", "-n", metavar="NAME", help="run a named query from the library")
    p.add_argument("--param", "-p", action="append", default=[], metavar="KEY=VALUE",
                   help="parameter of a named query (repeatable)")
    p.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    p.add_argument("--format", choices=["table", "csv", "tsv", "json"], default="table",
                   help="output for SELECT results (default: table)")
    add_store_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sparql.library import ParameterError, get, library

    if args.list:
        for q in library().values():
            params = ", ".join(f"{p.name}:{p.type}{'?' if p.optional else ''}" for p in q.params)
            print(f"{q.name:28} {q.title}" + (f"  [{params}]" if params else ""))
        return 0
    bindings = None
    try:
        if args.name:
            nq = get(args.name)
            raw = dict(kv.split("=", 1) for kv in args.param if "=" in kv)
            bad = [kv for kv in args.param if "=" not in kv]
            if bad:
                raise ParameterError(f"parameters are KEY=VALUE, got {bad[0]!r}")
            bindings, text = nq.bind(raw), nq.sparql
        elif args.file:
            text = open(args.file, encoding="utf-8").read()
        elif args.sparql:
            text = args.sparql
        else:
            print("sdkg query: give a query, --file or --name (see --help)", file=sys.stderr)
            return 2
    except (ParameterError, OSError) as e:
        print(f"sdkg query: {e}", file=sys.stderr)
        return 2
    store = store_from_args(args, read_only=True)
    try:
        kind = _kind(text)
        if kind == "ASK":
            print("true" if store.ask(text, bindings) else "false")
        elif kind in ("CONSTRUCT", "DESCRIBE"):
            import pyoxigraph as ox

            sys.stdout.write(ox.serialize(store.construct(text, bindings), format=ox.RdfFormat.TURTLE).decode())
        else:
            print_table(store.select(text, bindings), args.format)
    except QueryError as e:
        print(f"sdkg query: bad query: {e}", file=sys.stderr)
        return 2
    return 0


def _kind(text: str) -> str:
    import re

    body = re.sub(r"#[^\n]*", "", text)
    body = re.sub(r"(?is)\b(PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)", "", body)
    m = re.search(r"(?i)\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", body)
    return m.group(1).upper() if m else "SELECT"
