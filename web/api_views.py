"""/api/queries: the named-query library over HTTP, as SPARQL JSON results, CSV or an HTML table.

Parameters come from the query string, are checked against their declared types and bound as RDF
terms (never spliced into the query text), so a value can only ever be a value.
"""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, render_template, request, url_for
from sdkg.graph.store import Table
from sdkg.sparql.library import ParameterError, get, library
from sdkg.sparql.results import to_delimited, to_json
from sdkg.web.context import minter, service, settings
from sdkg.web.errors import ApiError

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


def _serialise(table: Table, fmt: str) -> str:
    return to_json(table) if fmt == "json" else to_delimited(table)


@bp.get("/api/queries/<qname>")
def run_query(qname: str):
    try:
        fmt = _wanted_format()
    except ParameterError as e:
        raise ApiError(400, str(e)) from None
    try:
        q = get(qname)
    except ParameterError as e:
        raise ApiError(404, str(e)) from None
    values = {k: v for k, v in request.args.items() if k != "format"}
    try:
        bindings = q.bind(values, minter())
    except ParameterError as e:
        raise ApiError(400, str(e)) from None
    # The query service: time and memory limits, the row cap and the result cache. JSON and CSV
    # come serialised by the engine and go out as they are (CSV cells neutralised there too).
    max_rows = settings().max_rows
    if fmt != "html" and (answer := service().serialised(q.sparql, bindings, FORMATS[fmt], max_rows)):
        resp = Response(answer.body, content_type=answer.content_type)
        if fmt == "csv":
            resp.headers["Content-Disposition"] = f'attachment; filename="{qname}.csv"'
        if answer.truncated:
            resp.headers["X-SDKG-Truncated"] = "true"
        return resp
    table = service().select(q.sparql, bindings, max_rows=max_rows)
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
