"""sdkg ingest PATH...: read reports into the store, one named graph per report."""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from sdkg.cli.common import add_store_args, settings_from_args, store_from_args
from sdkg.graph.ingest import IngestResult, ingest, load_manifest
from sdkg.graph.workers import ReaderStartError
from sdkg.loaders.errors import LoaderError
from sdkg.loaders.limits import Limits
from sdkg.settings import SPEC


def register(sub) -> None:
    p = sub.add_parser(
        "ingest", help="read report files or folders into the store",
        description="Read reports (.txt, .html, .pdf, .docx; folders recurse), extract what they say and "
                    "store each report whole as its own named graph. Re-ingesting an unchanged file changes "
                    "nothing; a changed file replaces only its own graph. Exit code 0 only if every file "
                    "was ingested.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="report files or folders")
    p.add_argument("--municipality", metavar="GM0546|NAME", help="override: the reporting municipality")
    p.add_argument("--year", type=int, help="override: the year the report is about")
    p.add_argument("--type", choices=["jaarverslag", "jaarstukken", "begroting", "other"],
                   help="override: the document type")
    p.add_argument("--manifest", metavar="FILE",
                   help="CSV (file,municipality,year,type,url) or JSON mapping file names to metadata")
    p.add_argument("--workers", type=int, help="reader processes, one file each at a time (default: one per core)")
    g = p.add_argument_group("limits per file (settings; see docs/settings.md)")
    g.add_argument("--file-timeout", type=float, metavar="SECONDS",
                   help=f"time one file may take, plus --file-timeout-per-mb per MB "
                        f"(env SDKG_FILE_TIMEOUT; default {SPEC['file_timeout'].default:g})")
    g.add_argument("--file-timeout-per-mb", type=float, metavar="SECONDS",
                   help=f"extra time per MB of file (default {SPEC['file_timeout_per_mb'].default:g})")
    g.add_argument("--file-memory-mb", type=int, metavar="MB",
                   help=f"memory of the process reading one file (default {SPEC['file_memory_mb'].default})")
    g.add_argument("--max-file-mb", type=float, metavar="MB",
                   help=f"largest file read (default {SPEC['max_file_mb'].default:g})")
    g.add_argument("--lock-timeout", type=float, metavar="SECONDS",
                   help=f"how long to wait for another process writing the same store "
                        f"(default {SPEC['lock_timeout'].default:g})")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true",
                   help="print one JSON object per file (path, status, reason, graph, municipality, year, triples, "
                        "entities, warnings, seconds) instead of the table")
    add_store_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sdkg.loaders.read import iter_report_files, safe_name

    err = Console(stderr=True, soft_wrap=True)
    overrides = {k: v for k, v in {"municipality": args.municipality, "year": args.year,
                                   "type": args.type}.items() if v is not None}
    try:
        manifest = load_manifest(args.manifest) if args.manifest else None
    except LoaderError as e:
        err.print(f"[red]error[/red] {e}")
        return 2
    missing = [p for p in args.paths if not __import__("os").path.exists(p)]
    files = [str(f) for f in iter_report_files([p for p in args.paths if p not in missing])]
    store = store_from_args(args)
    started = time.perf_counter()
    failures = [IngestResult(safe_name(p), "failed", reason="no such file or folder") for p in missing]

    with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  TextColumn("{task.description}"), console=err,
                  disable=args.quiet or not files) as progress:
        task = progress.add_task("", total=len(files))

        def on_result(r: IngestResult) -> None:
            name = escape(r.path)  # a file may be called '[red].txt'
            progress.update(task, advance=1, description=escape(r.path.rsplit("/", 1)[-1][:40]))
            if r.status == "failed":
                progress.console.print(f"[red]failed[/red]  {name}: {escape(r.reason)}", soft_wrap=True)
            elif r.status == "skipped":
                progress.console.print(f"[yellow]skipped[/yellow] {name}: {escape(r.reason)}", soft_wrap=True)
            for w in r.warnings:
                progress.console.print(f"[yellow]warning[/yellow] {name}: {escape(w)}", soft_wrap=True)

        try:
            settings = settings_from_args(args)
            summary = ingest(store, files, overrides=overrides, manifest=manifest, workers=args.workers,
                             minter=settings.minter(), limits=Limits.from_settings(settings), on_result=on_result)
        except ReaderStartError as e:
            err.print(f"[red]error[/red] {e}")
            store.close()
            return 2
    for r in failures:
        err.print(f"[red]failed[/red]  {escape(r.path)}: {escape(r.reason)}")
    summary.results.extend(failures)
    elapsed = time.perf_counter() - started
    if args.json:
        for r in summary.results:
            print(json.dumps(asdict(r), ensure_ascii=False))
        store.close()
        return (0 if summary.ok else 1) if summary.results else 1

    table = Table(title="sdkg ingest", show_edge=False)
    for col in ("file", "status", "municipality", "year", "triples", "entities"):
        table.add_column(col, justify="right" if col in ("triples", "entities", "year") else "left")
    for r in summary.results:
        colour = {"failed": "red", "skipped": "yellow"}.get(r.status, "green")
        table.add_row(escape(r.path), f"[{colour}]{r.status}[/{colour}]", escape(r.municipality or ""),
                      str(r.year or ""),
                      str(r.triples or ""), str(r.entities or ""))
    out = Console()
    out.print(table)
    n = len(summary.results)
    out.print(f"{n} file(s) in {elapsed:.1f}s: {summary.count('added')} added, {summary.count('replaced')} "
              f"replaced, {summary.count('unchanged')} unchanged, {summary.count('skipped')} skipped, "
              f"{summary.count('failed')} failed; {sum(r.triples for r in summary.results)} triples written. "
              f"Store: {len(store.graphs())} report graphs.")  # (counting every triple would read the whole store)
    store.close()
    if not n:
        print("sdkg: no report files found", file=sys.stderr)
        return 1
    return 0 if summary.ok else 1
