"""The sdkg web application: SPARQL endpoint, named queries, pages, networks, linked data.

`create_app()` is the Flask app factory (gunicorn: `server:create_app()`); configuration comes
from the arguments, then environment variables SDKG_*.
"""

from __future__ import annotations

import importlib
import os

from flask import Flask

# Each module exposes `bp`, a Flask Blueprint.
BLUEPRINTS = [
    "sdkg.web.sparql_views",
    "sdkg.web.api_views",
    "sdkg.web.pages",
    "sdkg.web.lod_views",
    "sdkg.web.network_views",
]

DEFAULTS = {
    "SDKG_STORE": "sdkg-data",
    "SDKG_MEMORY": False,
    "SDKG_READ_ONLY": True,  # the server reads; `sdkg ingest` (or SPARQL Update with a token) writes
    "SDKG_ENDPOINT": None,
    "SDKG_UPDATE_ENDPOINT": None,
    "SDKG_GRAPH_STORE": None,
    "SDKG_BASE": None,
    "SDKG_UPDATE_TOKEN": None,
    "SDKG_QUERY_TIMEOUT": 30.0,
    "SDKG_MAX_ROWS": 10000,
    "SDKG_MAX_REQUEST_BYTES": 1_000_000,
}


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__, template_folder="web/templates", static_folder="web/static")
    for key, default in DEFAULTS.items():
        value = os.environ.get(key, default)
        if isinstance(default, bool) and isinstance(value, str):
            value = value.lower() in ("1", "true", "yes")
        elif isinstance(default, float) and isinstance(value, str):
            value = float(value)
        elif isinstance(default, int) and not isinstance(default, bool) and isinstance(value, str):
            value = int(value)
        app.config[key] = value
    app.config.update(config or {})
    app.config["MAX_CONTENT_LENGTH"] = app.config["SDKG_MAX_REQUEST_BYTES"]
    if app.config.get("SDKG_BASE"):
        os.environ["SDKG_BASE"] = app.config["SDKG_BASE"]
    for name in BLUEPRINTS:
        app.register_blueprint(importlib.import_module(name).bp)
    return app
