"""sdkg eval: score extraction against gold annotations (the rules of shared/gold/SCORING.md).

    sdkg eval                                    every set it can find: seeds, own, real
    sdkg eval --set real --detail                one set, with per-document scores
    sdkg eval --set real --pages '5*' --pages '6*'   only some pages of a set
    sdkg eval --set real --by-step               where gold organisations/initiatives are lost, per step
    sdkg eval --set real --blind-names           metadata from the text alone (texts read as 'page.txt')
    sdkg eval --set real --unknown-names         local organisations renamed (what the sentence alone finds)
    sdkg eval --gold ../shared/gold ../shared/seeds/*.txt
    sdkg eval --gold tests/extraction/data tests/extraction/data/*.txt --json

The named sets: `seeds` (SHARED/gold + SHARED/seeds), `own` (the invented reports in tests/extraction/data)
and `real` (SHARED/real/gold; its texts are not stored there but in --real-texts, /tmp/real by default).
SHARED is --shared, else $SDKG_SHARED, else the `shared` folder beside the checkout. Texts are paired with
gold files by the gold's `source_file`. Per set it prints micro-averaged F1 per field and the
leave-one-municipality-out (LOMO) figure: each municipality's pages are extracted with whatever the
extractor fits on gold (`sdkg.loaders.extract.fit`) fitted on the other municipalities' gold only, then
all held-out pages are pooled. With nothing fitted on gold the LOMO figure equals the pooled one; the
per-municipality mean and minimum show the spread.

A DOC may also be a JSON prediction already made by `sdkg extract` (same shape as the gold files).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import tempfile
from fnmatch import fnmatch
from pathlib import Path

SETS = ("seeds", "own", "real")


def register(subparsers) -> None:
    p = subparsers.add_parser("eval", help="score extraction against gold files", description=__doc__,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--gold", metavar="DIR", help="folder of gold JSON files (with DOC arguments)")
    p.add_argument("docs", nargs="*", metavar="DOC", help="report files, or prediction JSON files")
    p.add_argument("--set", dest="sets", action="append", choices=SETS,
                   help="score a named set (repeatable; default: all that are present)")
    p.add_argument("--shared", metavar="DIR", help="the shared folder (default $SDKG_SHARED or ../shared)")
    p.add_argument("--real-texts", metavar="DIR", help="texts of SHARED/real (default $SDKG_REAL_TEXTS or /tmp/real)")
    p.add_argument("--pages", action="append", metavar="GLOB",
                   help="score only texts whose file name matches (repeatable), e.g. '5*' for held-out pages")
    p.add_argument("--detail", action="store_true", help="also print per-document scores")
    p.add_argument("--by-step", action="store_true",
                   help="where gold organisations and initiatives are lost: never a candidate, dropped by which "
                        "filter, typed as another field, merged away (with --detail: per item)")
    p.add_argument("--json", action="store_true", help="print the full result as JSON")
    p.add_argument("--blind-names", action="store_true",
                   help="read every text under a neutral file name ('page.txt'), so that metadata comes from the "
                        "text alone (the real pages' file names hold their municipality and year)")
    p.add_argument("--unknown-names", action="store_true",
                   help="rename every gold organisation that no national or regional register knows to an invented "
                        "name, in text and gold alike (its head word kept), so that the score says what sdkg finds "
                        "by the sentence alone, as on a page of a municipality it has never seen (plain-text pages)")
    p.set_defaults(func=run)


def _checkout() -> Path:
    import sdkg

    return Path(sdkg.__file__).resolve().parent


def shared_dir(arg: str | None) -> Path:
    """The --shared folder (or the `shared` setting, env SDKG_SHARED), else `shared` beside the checkout."""
    if arg:
        return Path(arg)
    return _checkout().parent / "shared"


def _golds(folder: str | Path) -> list[dict]:
    out = []
    for path in sorted(glob.glob(os.path.join(str(folder), "*.json"))):
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        if isinstance(d, dict) and "source_file" in d:
            out.append(d)
    return out


def _predict(path: str, fitted=None, blind: bool = False) -> dict:
    if path.endswith(".json"):
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    from sdkg.cli.extract_cmd import _read
    from sdkg.loaders.errors import LoaderError
    from sdkg.loaders.extract import extract

    try:
        doc = _read(path)
    except LoaderError as exc:  # skipped or unreadable: it counts as a report where nothing was found
        print(f"sdkg eval: {exc} (scored as an empty extraction)", file=sys.stderr)
        return {"source_file": os.path.basename(path)}
    if blind:
        doc.source = "page" + os.path.splitext(path)[1]
    return extract(doc, fitted=fitted).to_json()


def named_sets(shared: Path, real_texts: Path, wanted: list[str] | None, pages: list[str] | None = None
               ) -> tuple[dict, list[str]]:
    """{set name: [(gold, text path)]} for the named sets whose gold and texts are present, and notes."""
    folders = {
        "seeds": (shared / "gold", shared / "seeds"),
        "own": (_checkout() / "tests" / "extraction" / "data",) * 2,
        "real": (shared / "real" / "gold", real_texts),
    }
    out: dict[str, list] = {}
    notes = []
    for name in wanted or SETS:
        gold_dir, text_dir = folders[name]
        golds = _golds(gold_dir) if gold_dir.is_dir() else []
        if pages:
            golds = [g for g in golds if any(fnmatch(os.path.basename(g["source_file"]), p) for p in pages)]
        if not golds:
            notes.append(f"{name}: no gold files in {gold_dir}")
            continue
        pairs, missing = [], []
        for g in golds:
            path = text_dir / os.path.basename(g["source_file"])
            (pairs.append((g, path)) if path.is_file() else missing.append(path.name))
        if missing:
            notes.append(f"{name}: {len(missing)} of {len(golds)} texts not found in {text_dir}"
                         + (" (see ../shared/real/README.md)" if name == "real" else ""))
        if pairs:
            out[name] = pairs
    return out, notes


def score_set(pairs: list[tuple[dict, Path]], blind: bool = False) -> dict:
    """Pooled scores, the leave-one-municipality-out figure and per-municipality spread for one set."""
    from sdkg.loaders.evaluate import evaluate, municipality_of
    from sdkg.loaders.extract import fit

    golds = [g for g, _ in pairs]
    fitted_all = fit(golds)

    def predict(g: dict, path: Path, fitted) -> dict:
        p = _predict(str(path), fitted=fitted, blind=blind)
        p["source_file"] = os.path.basename(g["source_file"])
        return p

    preds = [predict(g, path, fitted_all) for g, path in pairs]
    pooled = evaluate(preds, golds)
    # LOMO: refit without the held-out municipality, predict its pages, pool the held-out predictions.
    held_out = []
    for m in sorted({municipality_of(g) for g in golds}):
        fitted = fit([g for g in golds if municipality_of(g) != m])
        for (g, path), p in zip(pairs, preds, strict=True):
            if municipality_of(g) == m:
                held_out.append(p if fitted is None and fitted_all is None else predict(g, path, fitted))
    lomo = evaluate(held_out, golds)
    return {"pooled": pooled, "lomo": lomo, "lomo_spread": _spread(lomo, golds),
            "fitted_on_gold": fitted_all is not None}


def _spread(result: dict, golds: list[dict]) -> dict:
    """Per field: mean and minimum over municipalities of the per-municipality (pooled) F1."""
    from sdkg.loaders.evaluate import FIELDS, municipality_of, prf

    rows = FIELDS + ("relations",)
    per_m: dict[str, dict[str, list[int]]] = {}
    for g in golds:
        s = result["documents"][os.path.basename(g["source_file"])]
        acc = per_m.setdefault(municipality_of(g), {f: [0, 0, 0] for f in rows})
        for f in rows:
            for i, k in enumerate(("tp", "fp", "fn")):
                acc[f][i] += s[f][k]
    out = {}
    for f in rows:
        vals = [prf(*acc[f])["f1"] for acc in per_m.values() if any(acc[f])]
        out[f] = {"mean": round(sum(vals) / len(vals), 4) if vals else None,
                  "min": min(vals) if vals else None, "n": len(vals)}
    return out


def format_sets(results: dict) -> str:
    from sdkg.loaders.evaluate import FIELDS

    rows = FIELDS + ("relations",)
    names = list(results)
    head = f"{'F1':<22}" + "".join(f"{n:>8}{n + ' LOMO':>12}{'mean/min':>12}" for n in names)
    lines = [head]
    for f in rows:
        row = f"{f:<22}"
        for n in names:
            r = results[n]
            sp = r["lomo_spread"][f]
            mm = f"{sp['mean']:.2f}/{sp['min']:.2f}" if sp["mean"] is not None else "-"
            row += f"{r['pooled']['fields'][f]['f1']:>8.2f}{r['lomo']['fields'][f]['f1']:>12.2f}{mm:>12}"
        lines.append(row)
    counts = ", ".join(f"{n}: {len(results[n]['pooled']['documents'])} pages" for n in names)
    lines.append(counts)
    fitted = [n for n in names if results[n]["fitted_on_gold"]]
    lines.append("LOMO: held-out municipality's pages extracted with what is fitted on the others' gold"
                 + ("" if fitted else " (nothing is fitted on gold: LOMO = pooled)")
                 + "; mean/min: per-municipality F1 over municipalities")
    return "\n".join(lines)


def run(args) -> int:
    from sdkg.loaders.evaluate import evaluate, format_table

    if args.gold or args.docs:
        return _run_gold(args, evaluate, format_table)
    from sdkg.cli.common import settings_from_args

    settings = settings_from_args(args)  # --shared / --real-texts > SDKG_SHARED / SDKG_REAL_TEXTS > defaults
    shared = shared_dir(settings.shared)
    real_texts = Path(settings.real_texts)
    sets, notes = named_sets(shared, real_texts, args.sets, args.pages)
    for n in notes:
        print(f"note: {n}", file=sys.stderr)
    if not sets:
        print("sdkg eval: no set to score (give --gold DIR DOC..., or see --shared / --real-texts)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="sdkg-eval-") as tmp:
        if args.unknown_names:
            sets = {name: _renamed_pairs(name, pairs, Path(tmp)) for name, pairs in sets.items()}
        results = {name: score_set(pairs, blind=args.blind_names) for name, pairs in sets.items()}
        return _report(args, sets, results)


def _renamed_pairs(name: str, pairs: list[tuple[dict, Path]], tmp: Path) -> list[tuple[dict, Path]]:
    """The set's pairs with their local organisations renamed (loaders/unknown_names.py), texts written to tmp."""
    from sdkg.loaders.unknown_names import rename_unknown

    folder = tmp / name
    folder.mkdir(parents=True, exist_ok=True)
    out, renamed, kept = [], 0, 0
    for gold, path in pairs:
        if path.suffix.lower() not in (".txt", ".md"):
            out.append((gold, path))  # a PDF or a web page cannot be rewritten: scored as it is
            kept += 1
            continue
        new_gold, text, n = rename_unknown(gold, path.read_text(encoding="utf-8"))
        target = folder / path.name
        target.write_text(text, encoding="utf-8")
        out.append((new_gold, target))
        renamed += n
    print(f"note: {name}: {renamed} organisations renamed" + (f"; {kept} pages not plain text, scored as they are"
                                                              if kept else ""), file=sys.stderr)
    return out


def _report(args, sets: dict, results: dict) -> int:
    from sdkg.loaders.evaluate import format_table

    if args.by_step:
        from sdkg.loaders.extract.trace import losses

        for name, pairs in sets.items():
            results[name]["by_step"] = losses([(g, str(path)) for g, path in pairs])
    if args.json:
        json.dump(results, sys.stdout, indent=1)
        sys.stdout.write("\n")
        return 0
    print(format_sets(results))
    for name, r in results.items():
        if args.detail:
            print(f"\n== {name}")
            print(format_table(r["pooled"]))
        if args.by_step:
            from sdkg.loaders.extract.trace import format_losses

            print(f"\n== {name}: where gold items are lost")
            print(format_losses(r["by_step"], detail=args.detail))
    return 0


def _run_gold(args, evaluate, format_table) -> int:
    if not args.gold or not args.docs:
        print("sdkg eval: --gold DIR needs DOC arguments (or give neither to score the named sets)", file=sys.stderr)
        return 2
    if not os.path.isdir(args.gold):
        print(f"sdkg eval: gold folder not found: {args.gold}", file=sys.stderr)
        return 2
    golds = _golds(args.gold)
    if not golds:
        print(f"sdkg eval: no gold JSON files in {args.gold}", file=sys.stderr)
        return 2
    wanted = {os.path.basename(g["source_file"]) for g in golds}
    for path in args.docs:
        if not os.path.exists(path):
            print(f"sdkg eval: no such file: {path}", file=sys.stderr)
            return 2
    with tempfile.TemporaryDirectory(prefix="sdkg-eval-") as tmp:
        docs = args.docs
        if args.unknown_names:
            by_name = {os.path.basename(g["source_file"]): g for g in golds}
            pairs = [(by_name[os.path.basename(d)], Path(d)) for d in docs if os.path.basename(d) in by_name]
            renamed = _renamed_pairs("gold", pairs, Path(tmp))
            by_source = {g["source_file"]: g for g, _ in renamed}
            golds = [by_source.get(g["source_file"], g) for g in golds]
            docs = [str(p) for _, p in renamed]
        return _score_gold(args, evaluate, format_table, golds, wanted, docs)


def _score_gold(args, evaluate, format_table, golds: list[dict], wanted: set[str], docs: list[str]) -> int:
    preds = []
    for path in docs:
        p = _predict(path)
        if os.path.basename(str(p.get("source_file", path))) not in wanted:
            p["source_file"] = os.path.basename(path)
        preds.append(p)
    have = {os.path.basename(p["source_file"]) for p in preds}
    scored = [g for g in golds if os.path.basename(g["source_file"]) in have]
    result = evaluate(preds, scored)
    if args.by_step:
        from sdkg.loaders.extract.trace import losses

        by_name = {os.path.basename(g["source_file"]): g for g in scored}
        result["by_step"] = losses([(by_name[os.path.basename(path)], path) for path in docs
                                    if not path.endswith(".json") and os.path.basename(path) in by_name])
    if args.json:
        json.dump(result, sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        print(format_table(result))
        if args.by_step:
            from sdkg.loaders.extract.trace import format_losses

            print("\nwhere gold items are lost")
            print(format_losses(result["by_step"], detail=args.detail))
    return 0
