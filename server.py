"""The sdkg web application: SPARQL endpoint, named queries, pages, networks, linked data.

`create_app(settings)` is the Flask app factory. The settings object (sdkg.settings) is built
once by the caller and passed in; `sdkg serve` does so for each gunicorn worker. Run under
gunicorn directly, the factory builds it itself from the environment and a config file:
`gunicorn 'sdkg.server:create_app(config="sdkg.toml")'`.
"""

from __future__ import annotations

import importlib
import os
import time
from collections.abc import Mapping

from flask import Flask, Request
from sdkg.settings import SPEC, Settings
from sdkg.sparql.protocol import FORM_TYPE, query_pairs
from werkzeug.utils import cached_property

# Each module exposes `bp`, a Flask Blueprint.
BLUEPRINTS = [
    "sdkg.web.sparql_views",
    "sdkg.web.api_views",
    "sdkg.web.pages",
    "sdkg.web.lod_views",
    "sdkg.web.network_views",
    "sdkg.web.i18n",
]


class SdkgRequest(Request):
    """Flask's request, with the query string and a form-encoded body decoded in C speed
    (sparql.protocol.query_pairs): the same pairs werkzeug gives, without its per-escape Python
    loop (0.2-0.3 ms for a 2 kB SPARQL query in the URL or a POSTed form, as SPARQLWrapper sends it)."""

    @cached_property
    def args(self):
        return self.parameter_storage_class(query_pairs(self.query_string, "werkzeug.url_quote"))

    @cached_property
    def form(self):
        if self.mimetype != FORM_TYPE:
            return super().form
        # get_data reads within max_content_length (413 past it), as werkzeug's own form parser does
        return self.parameter_storage_class(query_pairs(self.get_data(cache=True), "werkzeug.url_quote"))


def timed(wsgi_app):
    """The app's own time on each answer, as `Server-Timing: app;dur=MS` (from the WSGI call to its
    response headers): beside `engine` and `service` it splits a client's wait into the engine, the
    hop to the evaluator, Flask and the view, and the HTTP server."""
    def app(environ, start_response):
        started = time.perf_counter()

        def respond(status, headers, exc_info=None):
            headers.append(("Server-Timing", f"app;dur={(time.perf_counter() - started) * 1000:.2f}"))
            return start_response(status, headers, exc_info)

        return wsgi_app(environ, respond)

    return app


def _from_mapping(values: Mapping) -> tuple[Settings, object]:
    """Settings from a mapping of setting names (`max_rows`, or `SDKG_MAX_ROWS`) over the
    environment; an already opened store may come as `store_object` (prefix SDKG_ allowed)."""
    flags, store = {}, None
    for key, value in values.items():
        name = key.removeprefix("SDKG_").lower()
        if name == "store_object":
            store = value
        elif name in SPEC:
            flags[name] = value
        else:
            raise KeyError(f"unknown setting {key!r}")
    config = flags.pop("config", None)
    return Settings.build({k: v for k, v in flags.items() if v is not None}, config=config), store


def create_app(settings: Settings | Mapping | None = None, *, store=None,
               config: str | os.PathLike | None = None) -> Flask:
    """The app for `settings` (a Settings, or a mapping of settings over the environment);
    `store`: an already opened Store to serve instead of the one the settings name."""
    if settings is None:
        settings = Settings.build(config=config)
    elif not isinstance(settings, Settings):
        settings, given = _from_mapping(settings)
        store = store or given
    app = Flask(__name__, template_folder="web/templates", static_folder="web/static")
    app.request_class = SdkgRequest
    app.wsgi_app = timed(app.wsgi_app)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_request_bytes
    app.extensions["sdkg"] = {"settings": settings, "store_object": store}
    for name in BLUEPRINTS:
        app.register_blueprint(importlib.import_module(name).bp)
    from sdkg.web import errors

    errors.register(app)
    return app
