"""The `sdkg` command line: one subcommand per module, each with register() and run()."""

from __future__ import annotations

import argparse
import importlib
import sys

# Each module defines register(subparsers) and sets `func` on its parser.
COMMANDS = [
    "sdkg.cli.ingest_cmd",
    "sdkg.cli.extract_cmd",
    "sdkg.cli.query_cmd",
    "sdkg.cli.stats_cmd",
    "sdkg.cli.serve_cmd",
    "sdkg.cli.eval_cmd",
    "sdkg.cli.network_cmd",
    "sdkg.cli.export_cmd",
    "sdkg.cli.validate_cmd",
    "sdkg.cli.publish_cmd",
    "sdkg.cli.harvest_cmd",
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
