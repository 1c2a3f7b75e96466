"""sdkg export: the whole store as one dump file (or stdout)."""

from __future__ import annotations

import argparse
import sys

from sdkg.cli.common import add_store_args, store_from_args
from sdkg.graph.publish.dumps import FORMATS, dump_to_path, write_dump


def register(sub) -> None:
    p = sub.add_parser(
        "export", help="dump the store as TriG, N-Quads, Turtle, N-Triples or JSON-LD",
        description="Write every report graph to one file. TriG, N-Quads and JSON-LD keep one named graph "
                    "per report; Turtle and N-Triples have no named graphs, so they hold all reports merged "
                    "into one graph (each distinct triple once).")
    p.add_argument("--format", "-f", choices=sorted(FORMATS), default="trig", help="default %(default)s")
    p.add_argument("--gzip", action="store_true", help="gzip-compress the output")
    p.add_argument("--with-model", action="store_true",
                   help="also write the ontology and thesauri (default graph; dataset formats only)")
    p.add_argument("-o", "--output", metavar="FILE", help="file to write (default: stdout)")
    add_store_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = store_from_args(args, read_only=True)
    if args.output:
        stats = dump_to_path(store, args.format, args.output, gzip=args.gzip, include_model=args.with_model)
    else:
        if sys.stdout.isatty() and args.gzip:
            print("sdkg export: refusing to write gzip to a terminal; use -o FILE", file=sys.stderr)
            return 2
        stats = write_dump(store, args.format, sys.stdout.buffer, gzip=args.gzip, include_model=args.with_model)
        sys.stdout.buffer.flush()
    what = f"{stats.statements} quads in {stats.graphs} graph(s)" if FORMATS[args.format].graphs \
        else f"{stats.statements} distinct triples (graphs merged)"
    print(f"sdkg export: {what} as {args.format}" + (f" to {args.output}" if args.output else ""), file=sys.stderr)
    return 0
