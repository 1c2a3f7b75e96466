"""sdkg serve: the web application (SPARQL endpoint, pages) under gunicorn, or Flask's dev server.

The settings object is built once here (flags > SDKG_* environment > config file > defaults) and
handed to the app factory in every gunicorn worker as an argument: gunicorn runs in this process
through its application API, so nothing travels through the environment.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from sdkg.cli.common import add_store_args, settings_from_args
from sdkg.settings import SPEC, Settings


def register(sub) -> None:
    p = sub.add_parser(
        "serve", help="serve the store over HTTP (SPARQL 1.1 endpoint at /sparql)",
        description="Serve the store: SPARQL 1.1 Protocol at /sparql, Graph Store Protocol at /rdf-graphs, "
                    "and the web pages. Runs gunicorn with several worker processes and threads; the "
                    "embedded store is read through read-only snapshots, so `sdkg ingest` can write while "
                    "the server runs. Writes over HTTP need an update token. Every option can also be set "
                    "as SDKG_<NAME> in the environment or in a --config file (docs/settings.md).")

    def opt(flag: str, name: str, **kw):
        spec = SPEC[name]
        default = "" if spec.default in (None, []) else f"; default {spec.default}"
        p.add_argument(flag, dest=name, help=f"{spec.help} (env SDKG_{name.upper()}{default})", **kw)

    opt("--host", "host")
    opt("--port", "port", type=int)
    opt("--workers", "workers", type=int)
    opt("--threads", "threads", type=int)
    opt("--update-token", "update_token", metavar="TOKEN")
    opt("--timeout", "query_timeout", type=float, metavar="SECONDS")
    opt("--query-memory", "query_memory_mb", type=int, metavar="MB")
    opt("--dump-timeout", "dump_timeout", type=float, metavar="SECONDS")
    opt("--dump-dir", "dump_dir", metavar="DIR")
    opt("--max-rows", "max_rows", type=int)
    opt("--max-request-bytes", "max_request_bytes", type=int)
    opt("--evaluators", "evaluators", type=int)
    opt("--allow-service", "service_allow", action="append", metavar="URL")
    opt("--access-log", "access_log", metavar="FILE")
    p.add_argument("--dev", action="store_true", help="Flask's development server (one process, reloads nothing)")
    add_store_args(p)
    p.set_defaults(func=run)


def _prepare_store(settings: Settings) -> Settings:
    """A server with an update token may start on an empty folder; otherwise the store must exist.
    The folder is made absolute, so workers find it wherever they run."""
    if settings.endpoint or settings.memory:
        return settings
    settings = replace(settings, store=str(Path(settings.store).resolve()))
    if (Path(settings.store) / "CURRENT").exists():
        return settings
    if not settings.update_token:
        print(f"sdkg serve: {settings.store}: no store here; run `sdkg ingest` first, or pass --update-token "
              "to start an empty, writable one", file=sys.stderr)
        raise SystemExit(2)
    store = settings.open_store(read_only=False)
    store.ensure_model()
    store.close()
    del store
    return settings


def gunicorn_options(settings: Settings) -> dict:
    options = {
        "bind": f"{settings.host}:{settings.port}",
        "workers": max(1, settings.workers),
        "threads": max(1, settings.threads),
        "worker_class": "gthread",
        "control_socket_disable": True,
        "limit_request_line": 8190,
        # Queries stop themselves at the query timeout; the worker timeout only catches a hung worker.
        "timeout": int(max(30, settings.query_timeout * 2 + 10)),
        "graceful_timeout": 5,
        # A client's connection stays open between its requests (gunicorn's default closes it after
        # 2 s idle): no new connection per request, and its queries keep going to the same web
        # worker, whose evaluators have the store's blocks warm in their caches.
        "keepalive": 75,
    }
    if settings.access_log:
        options["accesslog"] = settings.access_log
    return options


def run(args: argparse.Namespace) -> int:
    settings = _prepare_store(settings_from_args(args))
    if args.dev or settings.memory:
        # One process: an in-memory store cannot be shared between gunicorn workers.
        if not args.dev:
            print("sdkg serve: --memory runs one process (Flask's server)", file=sys.stderr)
        from sdkg.server import create_app

        create_app(settings).run(host=settings.host, port=settings.port, threaded=True, use_reloader=False)
        return 0
    from gunicorn.app.base import BaseApplication

    class Server(BaseApplication):
        def load_config(self):
            for key, value in gunicorn_options(settings).items():
                if key in self.cfg.settings:
                    self.cfg.set(key, value)

        def load(self):
            from sdkg.server import create_app

            return create_app(settings)

    Server().run()
    return 0
