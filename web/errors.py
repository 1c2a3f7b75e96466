"""One error handler for the whole app, one shape per audience:

- under /api/: JSON `{"status": 503, "error": "what went wrong, in words", "detail": ...}`;
- /sparql and /rdf-graphs (SPARQL clients): the protocol's plain text;
- everything else (people): a Dutch HTML page (templates/error.html).

Views raise (werkzeug's HTTPException via abort(), ProtocolError, LimitExceeded, the store's
QueryError / StoreError, or ApiError) and never build error responses themselves.
"""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify, render_template, request
from sdkg.graph.store import QueryError, StoreError
from sdkg.sparql.execute import LimitExceeded
from sdkg.sparql.protocol import ProtocolError
from werkzeug.exceptions import HTTPException
from werkzeug.http import HTTP_STATUS_CODES

log = logging.getLogger("sdkg.web")

PROTOCOL_PATHS = ("/sparql", "/rdf-graphs")

# What a person reads at the top of the error page.
TITLES_NL = {
    400: "Dit verzoek klopt niet",
    401: "U moet zich eerst aanmelden",
    403: "Dit mag niet op deze server",
    404: "Deze pagina bestaat niet",
    405: "Deze methode kan hier niet",
    406: "Dit formaat kunnen we niet leveren",
    413: "Het verzoek is te groot",
    415: "Dit formaat kunnen we niet lezen",
    500: "Er ging iets mis op de server",
    501: "Dit kan deze server niet",
    502: "De achterliggende opslag antwoordt niet",
    503: "Dit kon nu niet worden beantwoord",
}


class ApiError(Exception):
    """An error a view reports: status, the message, optional detail and headers."""

    def __init__(self, status: int, message: str, detail: str | None = None, headers: dict | None = None):
        super().__init__(message)
        self.status, self.message, self.detail, self.headers = status, message, detail, headers or {}


def _parts(e: Exception) -> tuple[int, str, str | None, dict]:
    if isinstance(e, ApiError):
        return e.status, e.message, e.detail, e.headers
    if isinstance(e, LimitExceeded | ProtocolError):
        return e.status, e.message, None, dict(e.headers)
    if isinstance(e, QueryError):
        return 400, f"the query failed: {e}", None, {}
    if isinstance(e, StoreError):
        return 503, f"the store cannot be read: {e}", None, {"Retry-After": "5"}
    if isinstance(e, HTTPException):
        status = e.code or 500
        described = e.description if e.description != type(e).description else None
        headers = {k: v for k, v in e.get_headers() if k.lower() not in ("content-type", "content-length")}
        return status, described or HTTP_STATUS_CODES.get(status, "error").lower(), None, headers
    log.exception("unexpected error on %s", request.path)
    return 500, "an unexpected error occurred on the server", type(e).__name__, {}


def audience() -> str:
    path = request.path
    if path.startswith("/api/") or path == "/api":
        fmt = request.args.get("format")
        if fmt == "html" or (not fmt and request.accept_mimetypes.best_match(
                ["application/json", "application/sparql-results+json", "text/html"]) == "text/html"):
            return "people"  # a person asked for the HTML table
        return "api"
    if path.startswith(PROTOCOL_PATHS):
        return "protocol"
    return "people"


def error_response(e: Exception) -> Response:
    status, message, detail, headers = _parts(e)
    who = audience()
    if who == "api":
        resp = jsonify({"status": status, "error": message, "detail": detail})
    elif who == "protocol":
        resp = Response((message.rstrip("\n") + "\n").encode(), content_type="text/plain; charset=utf-8")
    else:
        html = render_template("error.html", status=status, title=TITLES_NL.get(status, "Er ging iets mis"),
                               message=message, detail=detail)
        resp = Response(html, content_type="text/html; charset=utf-8")
    resp.status_code = status
    resp.headers.update(headers)
    resp.headers["Cache-Control"] = "no-store"
    if who == "protocol":
        resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp


def register(app: Flask) -> None:
    app.register_error_handler(Exception, error_response)
