"""Options every store-using command shares, and how they pick a backend."""

from __future__ import annotations

import argparse
import os
import sys

from sdkg.graph.store import DEFAULT_STORE_DIR, Store, StoreError, open_store


def add_store_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("store (default: embedded Oxigraph in ./sdkg-data)")
    g.add_argument("--store", metavar="DIR", default=os.environ.get("SDKG_STORE", DEFAULT_STORE_DIR),
                   help="embedded store folder (env SDKG_STORE; default %(default)s)")
    g.add_argument("--memory", action="store_true", help="use a throw-away in-memory store")
    g.add_argument("--endpoint", metavar="URL", default=os.environ.get("SDKG_ENDPOINT"),
                   help="remote SPARQL 1.1 query endpoint instead of the embedded store (env SDKG_ENDPOINT)")
    g.add_argument("--update-endpoint", metavar="URL", default=os.environ.get("SDKG_UPDATE_ENDPOINT"),
                   help="remote SPARQL 1.1 Update endpoint (default: the query endpoint)")
    g.add_argument("--graph-store", metavar="URL", default=os.environ.get("SDKG_GRAPH_STORE"),
                   help="remote Graph Store Protocol endpoint, used to load whole report graphs")
    g.add_argument("--base", metavar="IRI", default=os.environ.get("SDKG_BASE"),
                   help="base IRI of instance data (env SDKG_BASE; default https://w3id.org/sdkg/)")


def store_from_args(args: argparse.Namespace, read_only: bool = False) -> Store:
    if args.base:
        os.environ["SDKG_BASE"] = args.base
    try:
        return open_store(args.store, memory=args.memory, endpoint=args.endpoint,
                          update_endpoint=args.update_endpoint, graph_store=args.graph_store,
                          read_only=read_only)
    except StoreError as e:
        print(f"sdkg: {e}", file=sys.stderr)
        raise SystemExit(2) from e
