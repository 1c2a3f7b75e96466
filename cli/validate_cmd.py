"""sdkg validate: SHACL checks of the data and of the DCAT-AP-NL catalogue (exit 0/1/2)."""

from __future__ import annotations

import argparse
import json
import sys

from sdkg.cli.common import add_store_args, settings_from_args, store_from_args
from sdkg.graph.publish.config import ConfigError, publisher_from
from sdkg.graph.publish.dcat import catalog_triples
from sdkg.graph.publish.void import collect_stats, void_triples
from sdkg.graph.store import QueryError, StoreError


def register(sub) -> None:
    p = sub.add_parser(
        "validate", help="check the data and the catalogue against SHACL shapes",
        description="Validate every report graph against ontology/shapes.ttl (or --shapes), and the generated "
                    "DCAT catalogue against the DCAT-AP-NL 3.0 and SEMIC DCAT-AP 3.0.1 shapes. With neither "
                    "--data nor --catalog both are checked. Exit code: 0 conforms, 1 violations, 2 error.")
    p.add_argument("--data", action="store_true", help="validate the report graphs")
    p.add_argument("--catalog", action="store_true", help="validate the DCAT-AP-NL catalogue")
    p.add_argument("--shapes", nargs="+", metavar="FILE", help="data shapes files or folders (default: ontology/shapes.ttl)")
    p.add_argument("--graph", action="append", metavar="IRI", help="only this report graph (repeatable)")
    p.add_argument("--publisher", metavar="FILE", help="publisher settings, TOML or JSON (env SDKG_PUBLISHER)")
    p.add_argument("--no-warnings", action="store_true", help="list violations only")
    p.add_argument("--max", type=int, default=50, metavar="N", help="findings listed per report (default 50)")
    p.add_argument("--json", action="store_true", help="print the reports as JSON")
    add_store_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # (imported here: pyshacl and rdflib's SPARQL engine take a seventh of a second that no other command needs)
    from sdkg.graph.publish.validate import ValidationError, format_reports, validate_catalog, validate_store

    both = not (args.data or args.catalog)
    try:
        store = store_from_args(args, read_only=True)
        reports = []
        if args.data or both:
            reports.append(validate_store(store, args.shapes, args.graph))
        if args.catalog or both:
            pub = publisher_from(settings_from_args(args)).at()
            stats = collect_stats(store, pub.base)
            reports.extend(validate_catalog(list(catalog_triples(stats, pub)) + list(void_triples(stats, pub))))
    except (ValidationError, ConfigError, StoreError, QueryError, OSError) as e:
        print(f"sdkg validate: {e}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps([r.to_json() for r in reports], indent=1, ensure_ascii=False))
    else:
        print(format_reports(reports, max_findings=args.max, warnings=not args.no_warnings))
    return 0 if all(r.conforms for r in reports) else 1
