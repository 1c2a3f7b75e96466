"""sdkg eval: score extraction against gold annotations (the rules of shared/gold/SCORING.md).

    sdkg eval --gold ../shared/gold ../shared/seeds/*.txt
    sdkg eval --gold tests/extraction/data tests/extraction/data/*.txt --json

A DOC may also be a JSON prediction already made by `sdkg extract` (same shape as the gold files).
Gold files are paired with documents by file name (source_file).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys


def register(subparsers) -> None:
    p = subparsers.add_parser("eval", help="score extraction against gold files", description=__doc__,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--gold", required=True, metavar="DIR", help="folder of gold JSON files")
    p.add_argument("docs", nargs="+", metavar="DOC", help="report files, or prediction JSON files")
    p.add_argument("--json", action="store_true", help="print the full result as JSON")
    p.set_defaults(func=run)


def _golds(folder: str) -> list[dict]:
    out = []
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        if isinstance(d, dict) and "source_file" in d:
            out.append(d)
    return out


def _predict(path: str) -> dict:
    if path.endswith(".json"):
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    from sdkg.cli.extract_cmd import _read
    from sdkg.loaders.extract import extract

    return extract(_read(path)).to_json()


def run(args) -> int:
    from sdkg.loaders.evaluate import evaluate, format_table

    if not os.path.isdir(args.gold):
        print(f"sdkg eval: gold folder not found: {args.gold}", file=sys.stderr)
        return 2
    golds = _golds(args.gold)
    if not golds:
        print(f"sdkg eval: no gold JSON files in {args.gold}", file=sys.stderr)
        return 2
    wanted = {os.path.basename(g["source_file"]) for g in golds}
    preds = []
    for path in args.docs:
        if not os.path.exists(path):
            print(f"sdkg eval: no such file: {path}", file=sys.stderr)
            return 2
        p = _predict(path)
        if os.path.basename(str(p.get("source_file", path))) not in wanted:
            p["source_file"] = os.path.basename(path)
        preds.append(p)
    scored = [g for g in golds if os.path.basename(g["source_file"]) in {os.path.basename(p["source_file"]) for p in preds}]
    result = evaluate(preds, scored)
    if args.json:
        json.dump(result, sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        print(format_table(result))
    return 0
