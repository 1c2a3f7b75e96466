"""sdkg serve: the web application (SPARQL endpoint, pages) under gunicorn, or Flask's dev server."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from sdkg.cli.common import add_store_args


def register(sub) -> None:
    p = sub.add_parser(
        "serve", help="serve the store over HTTP (SPARQL 1.1 endpoint at /sparql)",
        description="Serve the store: SPARQL 1.1 Protocol at /sparql, Graph Store Protocol at /rdf-graphs, "
                    "and the web pages. Runs gunicorn with several worker processes and threads; the "
                    "embedded store is read through read-only snapshots, so `sdkg ingest` can write while "
                    "the server runs. Writes over HTTP need --update-token.")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default %(default)s)")
    p.add_argument("--port", type=int, default=int(os.environ.get("SDKG_PORT", 8000)),
                   help="port (env SDKG_PORT; default %(default)s)")
    p.add_argument("--workers", type=int, default=2, help="gunicorn worker processes (default %(default)s)")
    p.add_argument("--threads", type=int, default=4,
                   help="threads per worker, and query evaluator processes per worker (default %(default)s)")
    p.add_argument("--update-token", default=os.environ.get("SDKG_UPDATE_TOKEN"), metavar="TOKEN",
                   help="enable SPARQL Update and Graph Store writes for clients sending "
                        "'Authorization: Bearer TOKEN' (env SDKG_UPDATE_TOKEN, which `ps` does not show)")
    p.add_argument("--timeout", type=float, default=float(os.environ.get("SDKG_QUERY_TIMEOUT", 30)),
                   help="seconds a query may run before it is stopped (default %(default)s)")
    p.add_argument("--max-rows", type=int, default=int(os.environ.get("SDKG_MAX_ROWS", 10000)),
                   help="rows (or triples) per result; more are cut off and flagged (default %(default)s)")
    p.add_argument("--max-request-bytes", type=int, default=int(os.environ.get("SDKG_MAX_REQUEST_BYTES", 1_000_000)),
                   help="largest request accepted, else 413 (default %(default)s)")
    p.add_argument("--access-log", metavar="FILE", help="write an access log ('-' for stdout)")
    p.add_argument("--dev", action="store_true", help="Flask's development server (one process, reloads nothing)")
    add_store_args(p)
    p.set_defaults(func=run)


def _environment(args: argparse.Namespace) -> dict[str, str]:
    env = {
        "SDKG_QUERY_TIMEOUT": str(args.timeout),
        "SDKG_MAX_ROWS": str(args.max_rows),
        "SDKG_MAX_REQUEST_BYTES": str(args.max_request_bytes),
        "SDKG_EVALUATORS": str(max(1, args.threads)),
    }
    if args.endpoint:
        env["SDKG_ENDPOINT"] = args.endpoint
        for key, value in (("SDKG_UPDATE_ENDPOINT", args.update_endpoint), ("SDKG_GRAPH_STORE", args.graph_store)):
            if value:
                env[key] = value
    elif args.memory:
        env["SDKG_MEMORY"] = "1"
    else:
        env["SDKG_STORE"] = str(Path(args.store).resolve())
    if args.base:
        env["SDKG_BASE"] = args.base
    if args.update_token:
        env["SDKG_UPDATE_TOKEN"] = args.update_token
    return env


def _prepare_store(args: argparse.Namespace) -> None:
    """A server with an update token may start on an empty folder; otherwise the store must exist."""
    if args.endpoint or args.memory or (Path(args.store) / "CURRENT").exists():
        return
    if not args.update_token:
        print(f"sdkg serve: {args.store}: no store here; run `sdkg ingest` first, or pass --update-token "
              "to start an empty, writable one", file=sys.stderr)
        raise SystemExit(2)
    from sdkg.graph.store import OxigraphStore

    store = OxigraphStore(args.store)
    store.ensure_model()
    store.close()
    del store


def run(args: argparse.Namespace) -> int:
    _prepare_store(args)
    env = _environment(args)
    if args.dev or args.memory:
        # One process: an in-memory store cannot be shared between gunicorn workers.
        if not args.dev:
            print("sdkg serve: --memory runs one process (Flask's server)", file=sys.stderr)
        os.environ.update(env)
        from sdkg.server import create_app

        create_app().run(host=args.host, port=args.port, threaded=True, use_reloader=False)
        return 0
    cmd = [sys.executable, "-m", "gunicorn", "sdkg.server:create_app()",
           "--bind", f"{args.host}:{args.port}",
           "--workers", str(max(1, args.workers)),
           "--threads", str(max(1, args.threads)),
           "--worker-class", "gthread",
           "--no-control-socket",
           "--limit-request-line", "8190",
           # Queries stop themselves at --timeout; the worker timeout only catches a hung worker.
           "--timeout", str(int(max(30, args.timeout * 2 + 10))),
           "--graceful-timeout", "5"]
    if args.access_log:
        cmd += ["--access-logfile", args.access_log]
    os.execve(sys.executable, cmd, {**os.environ, **env})
    return 0
