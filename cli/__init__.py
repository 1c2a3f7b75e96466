"""The `sdkg` command line: one subcommand per module, each with register() and run()."""

from __future__ import annotations

import argparse
import importlib
import sys

# Each module defines register(subparsers) and sets `func` on its parser.
COMMANDS = [
    "cli.ingest_cmd",
    "cli.extract_cmd",
    "cli.query_cmd",
    "cli.stats_cmd",
    "cli.serve_cmd",
    "cli.eval_cmd",
    "cli.network_cmd",
    "cli.export_cmd",
    "cli.validate_cmd",
    "cli.publish_cmd",
]

DESCRIPTION = """\
sdkg turns Dutch municipal reports (jaarverslag, jaarstukken, begroting) into a linked-data
graph of municipalities, partner organisations, laws, initiatives, neighbourhoods and figures,
each statement with the quote it came from, and serves it over SPARQL.

Quick start:
  sdkg ingest examples/          read the example reports into ./sdkg-data
  sdkg query --name partners     which organisations each municipality works with
  sdkg stats                     what the store holds
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sdkg", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
