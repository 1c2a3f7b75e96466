"""sdkg query: run SPARQL (text, file or a named query from sparql/queries) against the store."""

from __future__ import annotations

import argparse
import sys

from sdkg.cli.common import add_store_args, settings_from_args, store_from_args
from sdkg.cli.output import print_table
from sdkg.graph.store import QueryError


def register(sub) -> None:
    p = sub.add_parser(
        "query", help="run a SPARQL query or a named query",
        description="Run a SPARQL SELECT/ASK/CONSTRUCT query against the store. The default graph is the "
                    "union of all report graphs; prefixes sdkg:, skos:, prov:, oa:, schema:, dcterms:, org: "
                    "are predeclared. Named queries: `sdkg query --list`. A query runs under the same limits as "
                    "on the server: it is stopped after `query_timeout` seconds (default 30) or past "
                    "`query_memory_mb` (default 4096), e.g. SDKG_QUERY_TIMEOUT=300 for a longer one.")
    p.add_argument("sparql", nargs="?", help="the query text")
    p.add_argument("--file", "-f", metavar="Q.rq", help="read the query from a file")
    p.add_argument("--name", "-n", metavar="NAME", help="run a named query from the library")
    p.add_argument("--param", "-p", action="append", default=[], metavar="KEY=VALUE",
                   help="parameter of a named query (repeatable)")
    p.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    p.add_argument("--format", choices=["table", "csv", "tsv", "json", "markdown"], default="table",
                   help="output for SELECT results (default: table); with --list also json or markdown")
    add_store_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sdkg.sparql.library import ParameterError, get, library

    if args.list:
        if args.format in ("json", "markdown"):
            print(_list_json() if args.format == "json" else _list_markdown(), end="")
            return 0
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
    from sdkg.sparql.execute import Executor, LimitExceeded
    from sdkg.sparql.service import BoundedStore

    settings = settings_from_args(args)
    store = store_from_args(args, read_only=True)
    # the query service's limits (query_timeout, query_memory_mb), as on every read path of the server
    service = Executor(store, timeout=settings.query_timeout, max_rows=0, cache_bytes=0, evaluators=1,
                       memory_mb=settings.query_memory_mb, service_allow=settings.service_allow)
    store = BoundedStore(store, service)
    try:
        kind = _kind(text)
        if kind == "ASK":
            print("true" if store.ask(text, bindings) else "false")
        elif kind in ("CONSTRUCT", "DESCRIBE"):
            import pyoxigraph as ox

            sys.stdout.write(ox.serialize(store.construct(text, bindings), format=ox.RdfFormat.TURTLE).decode())
        else:
            print_table(store.select(text, bindings), "table" if args.format == "markdown" else args.format)
    except QueryError as e:
        print(f"sdkg query: bad query: {e}", file=sys.stderr)
        return 2
    except LimitExceeded as e:
        print(f"sdkg query: {e}. Limits: settings query_timeout and query_memory_mb (for example "
              "SDKG_QUERY_TIMEOUT=300; docs/settings.md)", file=sys.stderr)
        return 3
    finally:
        service.close()
    return 0


def _kind(text: str) -> str:
    import re

    body = re.sub(r"#[^\n]*", "", text)
    body = re.sub(r"(?is)\b(PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)", "", body)
    m = re.search(r"(?i)\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", body)
    return m.group(1).upper() if m else "SELECT"


def _list_json() -> str:
    import json

    from sdkg.sparql.library import library

    return json.dumps([q.to_json() for q in library().values()], ensure_ascii=False, indent=1) + "\n"


def _list_markdown() -> str:
    """The library as a reference page (docs/named-queries.md is made with it)."""
    from sdkg.sparql.library import library

    out = ["# Named queries", "",
           "Generated by `sdkg query --list --format markdown`. Run one with `sdkg query --name NAME -p KEY=VALUE`,",
           "or over HTTP: `/api/queries/NAME?KEY=VALUE` (JSON; `&format=csv` or `&format=html`).", ""]
    for q in library().values():
        out += [f"## {q.title}", "", f"`{q.name}` — {q.description}", ""]
        if q.params:
            out += ["| parameter | type | default | |", "|---|---|---|---|"]
            for p in q.params:
                kind = p.type + ("" if not p.optional else ", optional")
                out.append(f"| `{p.name}` | {kind} | {p.default or ''} | {p.description} |")
            out.append("")
        out += [f"    sdkg query --name {q.name}" + "".join(f" -p {p.name}={p.default}" for p in q.params if p.default),
                ""]
    return "\n".join(out)
