"""/api/queries: the named-query library over HTTP, as SPARQL JSON results, CSV or an HTML table.

Parameters come from the query string, are checked against their declared types and bound as RDF
terms (never spliced into the query text), so a value can only ever be a value.
"""

from __future__ import annotations

import io

from flask import Blueprint, Response, current_app, jsonify, render_template, request, url_for
from sdkg.cli.output import print_table
from sdkg.graph.store import QueryError, StoreError, Table
from sdkg.sparql.library import ParameterError, get, library
from sdkg.web.context import get_store

bp = Blueprint("api_queries", __name__)

JSON_TYPE = "application/sparql-results+json"
FORMATS = {"json": JSON_TYPE, "csv": "text/csv", "html": "text/html"}


def describe(q) -> dict:
    return {**q.to_json(), "url": url_for("api_queries.run_query", qname=q.name, _external=False)}


@bp.get("/api/queries")
def list_queries():
    return jsonify({"queries": [describe(q) for q in library().values()]})


def _wanted_format() -> str:
    fmt = request.args.get("format")
    if fmt:
        if fmt not in FORMATS:
            raise ParameterError(f"format must be one of {', '.join(FORMATS)}, got {fmt!r}")
        return fmt
    best = request.accept_mimetypes.best_match([JSON_TYPE, "application/json", "text/csv", "text/html"],
                                               default=JSON_TYPE)
    return {"text/csv": "csv", "text/html": "html"}.get(best, "json")


def _error(status: int, message: str, fmt: str, q=None):
    if fmt == "html":
        return render_template("api_table.html", query=q, error=message, table=None, values={}), status
    return jsonify({"error": message}), status


def _serialise(table: Table, fmt: str) -> str:
    buf = io.StringIO()
    print_table(table, fmt, out=buf)
    return buf.getvalue()


@bp.get("/api/queries/<qname>")
def run_query(qname: str):
    try:
        fmt = _wanted_format()
    except ParameterError as e:
        return _error(400, str(e), "json")
    try:
        q = get(qname)
    except ParameterError as e:
        return _error(404, str(e), fmt)
    values = {k: v for k, v in request.args.items() if k != "format"}
    try:
        bindings = q.bind(values)
    except ParameterError as e:
        return _error(400, str(e), fmt, q)
    try:
        table = get_store().select(q.sparql, bindings)
    except QueryError as e:
        return _error(400, f"query failed: {e}", fmt, q)
    except StoreError as e:
        return _error(503, f"store unavailable: {e}", fmt, q)
    limit = int(current_app.config.get("SDKG_MAX_ROWS") or 0)
    if limit and len(table.rows) > limit:
        table = Table(table.variables, table.rows[:limit], truncated=True)
    if fmt == "csv":
        return Response(_serialise(table, "csv"), mimetype="text/csv",
                        headers={"Content-Disposition": f'attachment; filename="{qname}.csv"'})
    if fmt == "html":
        shown = {p.name: values.get(p.name, p.default or "") for p in q.params}
        return render_template("api_table.html", query=q, table=table, values=shown, error=None,
                               args={k: v for k, v in values.items() if v})
    resp = Response(_serialise(table, "json"), mimetype=JSON_TYPE)
    if table.truncated:
        resp.headers["X-SDKG-Truncated"] = "true"
    return resp
