"""Options every store-using command shares, and the one place the settings object is built."""

from __future__ import annotations

import argparse
import sys

from sdkg.graph.store import Store, StoreError
from sdkg.settings import SPEC, Settings, SettingsError


def add_store_args(p: argparse.ArgumentParser) -> None:
    # Flags default to None so that the environment (SDKG_*) and the config file can fill them in.
    g = p.add_argument_group("store (default: embedded Oxigraph in ./sdkg-data)")
    g.add_argument("--config", metavar="FILE", help="settings file, TOML (env SDKG_CONFIG; see docs/settings.md)")
    g.add_argument("--store", metavar="DIR",
                   help=f"embedded store folder (env SDKG_STORE; default {SPEC['store'].default})")
    g.add_argument("--memory", action="store_const", const=True, help="use a throw-away in-memory store")
    g.add_argument("--endpoint", metavar="URL",
                   help="remote SPARQL 1.1 query endpoint instead of the embedded store (env SDKG_ENDPOINT)")
    g.add_argument("--update-endpoint", metavar="URL",
                   help="remote SPARQL 1.1 Update endpoint (env SDKG_UPDATE_ENDPOINT; default: the query endpoint)")
    g.add_argument("--graph-store", metavar="URL",
                   help="remote Graph Store Protocol endpoint, used to load whole report graphs (env SDKG_GRAPH_STORE)")
    g.add_argument("--base", metavar="IRI",
                   help=f"base IRI of instance data (env SDKG_BASE; default {SPEC['base'].default})")


def settings_from_args(args: argparse.Namespace) -> Settings:
    """The settings of this command: its flags > SDKG_* environment > config file > defaults.
    Built once per command and kept on `args`."""
    settings = getattr(args, "settings", None)
    if settings is None:
        flags = {name: value for name, value in vars(args).items() if name in SPEC or name == "config"}
        try:
            settings = Settings.build(flags)
        except SettingsError as e:
            print(f"sdkg: {e}", file=sys.stderr)
            raise SystemExit(2) from e
        args.settings = settings
    return settings


def store_from_args(args: argparse.Namespace, read_only: bool = False) -> Store:
    try:
        return settings_from_args(args).open_store(read_only=read_only)
    except StoreError as e:
        print(f"sdkg: {e}", file=sys.stderr)
        raise SystemExit(2) from e
