"""sdkg publish DIR: dumps, VoID and catalogue as static files, for hosting without the server."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pyoxigraph as ox
from sdkg.cli.common import add_store_args, settings_from_args, store_from_args
from sdkg.graph.publish.config import ConfigError, publisher_from
from sdkg.graph.publish.dcat import catalog_triples
from sdkg.graph.publish.describe import CONTEXT_FILE
from sdkg.graph.publish.dumps import FORMATS, dump_to_path
from sdkg.graph.publish.terms import NS
from sdkg.graph.publish.void import collect_stats, void_triples


def register(sub) -> None:
    p = sub.add_parser(
        "publish", help="write dumps, VoID and the DCAT-AP-NL catalogue to a folder",
        description="Write DIR/dumps/sdkg.{trig,nq,jsonld,ttl,nt}[.gz], DIR/.well-known/void (Turtle), "
                    "DIR/catalog.ttl and DIR/catalog.jsonld, and DIR/context.jsonld. URLs in the metadata "
                    "use --public-url (or the publisher settings), where DIR will be served. Nothing is written "
                    "unless the publisher is known (name, TOOI IRI, contact e-mail) and the public URL is not a "
                    "loopback address (unless --allow-loopback); exit code 2 says what is missing.")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--public-url", metavar="URL", help="URL where DIR is served (env SDKG_PUBLIC_URL)")
    p.add_argument("--publisher", metavar="FILE", help="publisher settings, TOML or JSON (env SDKG_PUBLISHER)")
    p.add_argument("--publisher-name", metavar="NAME", help="name of the publishing organisation (env SDKG_PUBLISHER_NAME)")
    p.add_argument("--publisher-uri", metavar="IRI",
                   help="TOOI IRI of the publisher, e.g. https://identifier.overheid.nl/tooi/id/gemeente/gm0363 "
                        "(env SDKG_PUBLISHER_URI)")
    p.add_argument("--publisher-email", metavar="ADDRESS", help="contact e-mail address (env SDKG_PUBLISHER_EMAIL)")
    p.add_argument("--allow-loopback", action="store_const", const=True,
                   help="allow a loopback public URL (127.0.0.1, localhost), for a trial")
    p.add_argument("--formats", nargs="+", choices=sorted(FORMATS), default=sorted(FORMATS))
    add_store_args(p)
    p.set_defaults(func=run)


def _write(path: Path, triples, fmt: ox.RdfFormat) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pfx = NS if fmt == ox.RdfFormat.TURTLE else None
    path.write_bytes(ox.serialize(triples, format=fmt, prefixes=pfx))


def run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    try:
        pub = publisher_from(settings).at()
        pub.require_publishable(settings.allow_loopback)
    except ConfigError as e:
        print(f"sdkg publish: {e}", file=sys.stderr)
        return 2
    store = store_from_args(args, read_only=True)
    out = Path(args.dir)
    sizes = {}
    for name in args.formats:
        for gz in (False, True):
            path = out / "dumps" / FORMATS[name].file_name(gz)
            stats = dump_to_path(store, name, path, gzip=gz)
            sizes[path.name] = path.stat().st_size
            print(f"{path}  {sizes[path.name]:,} bytes  {stats.statements:,} statements", file=sys.stderr)
    st = collect_stats(store, pub.base)
    void = list(void_triples(st, pub))
    catalog = list(catalog_triples(st, pub, sizes=sizes))
    _write(out / ".well-known" / "void", void, ox.RdfFormat.TURTLE)
    _write(out / "catalog.ttl", catalog, ox.RdfFormat.TURTLE)
    _write(out / "catalog.jsonld", catalog, ox.RdfFormat.JSON_LD)
    (out / "context.jsonld").write_text(CONTEXT_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    print(json.dumps({"dir": str(out), "public_url": pub.public_url, "triples": st.triples, "graphs": st.graphs,
                      "files": len(sizes) + 4}), file=sys.stderr)
    return 0
