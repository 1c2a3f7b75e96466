"""sdkg harvest: fetch a report website (one page per paragraph) politely into a folder, as one report.

    sdkg harvest https://jaarverslag-2023.example.nl/            into ./jaarverslag-2023.example.nl/
    sdkg harvest URL -o sites/meppel-2023 --delay 2
    sdkg ingest sites/meppel-2023                                 the folder is one report, page URLs kept

Only pages below the start URL's folder on the same host are fetched (--whole-host widens that),
robots.txt is obeyed, requests are one at a time with --delay seconds between them, each with a
time limit. Run the same command again to resume an interrupted harvest.
"""

from __future__ import annotations

import argparse
import sys
import urllib.parse


def register(subparsers) -> None:
    p = subparsers.add_parser("harvest", help="fetch a report website into a folder (one report)",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("url", metavar="URL", help="start page of the report site")
    p.add_argument("--out", "-o", metavar="FOLDER", help="folder to save into (default: the host name)")
    p.add_argument("--delay", type=float, default=1.0, help="seconds between requests (default 1)")
    p.add_argument("--max-pages", type=int, default=2000, help="stop after this many pages (default 2000)")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds per request (default 20)")
    p.add_argument("--whole-host", action="store_true", help="follow links anywhere on the host")
    p.set_defaults(func=run)


def run(args) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
    from sdkg.loaders.harvest import HarvestLimits, HarvestProblem, harvest

    if args.delay < 0 or args.timeout <= 0 or args.max_pages < 1:
        print("sdkg harvest: --delay must be >= 0, --timeout > 0, --max-pages >= 1", file=sys.stderr)
        return 2
    out = args.out or (urllib.parse.urlsplit(args.url).netloc.replace(":", "_") or "site")
    limits = HarvestLimits(delay=args.delay, timeout=args.timeout, max_pages=args.max_pages,
                           whole_host=args.whole_host)
    console = Console(stderr=True)
    with Progress(TextColumn("[bold]harvest"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.description}"), console=console, transient=True) as progress:
        task = progress.add_task("", total=None)

        def step(done: int, known: int, url: str) -> None:
            progress.update(task, completed=done, total=known, description=url[-60:])

        try:
            result = harvest(args.url, out, limits, step)
        except HarvestProblem as exc:
            print(f"sdkg harvest: {exc}", file=sys.stderr)
            return 2
    for f in result.failed[-5:]:
        console.print(f"  failed: {f['url']}: {f['reason']}")
    more = f"; {result.queued} left (--max-pages reached; run again to continue)" if result.queued else ""
    console.print(f"{result.folder}: {result.pages} pages ({result.fetched} fetched now, {len(result.failed)} failed, "
                  f"{result.refused} refused by robots.txt){more}. Next: sdkg ingest {result.folder}")
    return 0 if result.pages else 1
