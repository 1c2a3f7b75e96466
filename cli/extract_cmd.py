"""sdkg extract: read one report and print what was found in it, without storing anything.

    sdkg extract report.txt                      JSON in the gold-file shape, with spans and evidence
    sdkg extract report.pdf --format turtle      the report's named graph as Turtle
    sdkg extract report.txt --municipality GM0546 --year 2016 --type jaarverslag
"""

from __future__ import annotations

import json
import sys


def register(subparsers) -> None:
    p = subparsers.add_parser("extract", help="extract entities, relations and figures from one report",
                              description=__doc__, formatter_class=__import__("argparse").RawDescriptionHelpFormatter)
    p.add_argument("file", metavar="FILE", help="report file (.txt .html .pdf .docx)")
    p.add_argument("--format", "-f", choices=("json", "turtle"), default="json")
    p.add_argument("--municipality", "-m", metavar="GM", help="CBS code (GM0546) or name; overrides inference")
    p.add_argument("--year", "-y", type=int, help="report year; overrides inference")
    p.add_argument("--type", "-t", choices=("begroting", "jaarstukken", "jaarverslag", "other"),
                   help="document type; overrides inference")
    p.set_defaults(func=run)


def _read(path: str):
    try:
        from sdkg.loaders.read import read_document
    except ImportError:  # plain text needs no reader
        import hashlib

        from sdkg.loaders.model import Document

        data = open(path, "rb").read()
        return Document(text=data.decode("utf-8", errors="replace"), source=path,
                        sha256=hashlib.sha256(data).hexdigest(), media_type="text/plain")
    return read_document(path)


def run(args) -> int:
    from sdkg.loaders.extract import extract
    from sdkg.loaders.metadata import infer_meta

    try:
        doc = _read(args.file)
    except FileNotFoundError:
        print(f"sdkg extract: no such file: {args.file}", file=sys.stderr)
        return 2
    except Exception as e:  # a reader error names the problem; show it without a traceback
        print(f"sdkg extract: cannot read {args.file}: {e}", file=sys.stderr)
        return 2
    overrides = {k: v for k, v in (("municipality", args.municipality), ("year", args.year), ("type", args.type)) if v}
    try:
        meta = infer_meta(doc, overrides)
    except ValueError as e:
        print(f"sdkg extract: {e}", file=sys.stderr)
        return 2
    for w in meta.warnings:
        print(f"warning: {w}", file=sys.stderr)
    ex = extract(doc, meta)
    if args.format == "turtle":
        from sdkg.graph.build import extraction_to_turtle

        out = extraction_to_turtle(ex)
        sys.stdout.write(out if isinstance(out, str) else out.decode("utf-8"))
    else:
        json.dump(ex.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    return 0
