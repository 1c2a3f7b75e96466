"""The SPARQL 1.1 endpoint (/sparql) and the Graph Store HTTP Protocol (/rdf-graphs).

Routes stay thin: sparql.protocol reads the request and negotiates, sparql.execute runs it
with limits and cache. Reads are open to all (with CORS); writes need the server's update
token as `Authorization: Bearer <token>`.
"""

from __future__ import annotations

import hmac
import uuid

from flask import Blueprint, Response, request
from sdkg.sparql.execute import Answer, Executor, Job, Write, etag
from sdkg.sparql.protocol import (
    FORM_TYPE,
    GRAPH_FORMATS,
    RESULT_FORMATS,
    ProtocolError,
    apply_using,
    content_type,
    mime,
    negotiate,
    parse_request,
    query_form,
)
from sdkg.web.context import generation as request_generation
from sdkg.web.context import service, settings
from werkzeug.exceptions import RequestEntityTooLarge

bp = Blueprint("sparql", __name__)

READ_CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, X-SDKG-Truncated, Content-Type, Location",
}


def executor() -> Executor:
    """The query service of this server process (web.context)."""
    return service()


def _respond(answer: Answer, tag: str | None = None, cacheable: bool = False) -> Response:
    resp = Response(answer.body, status=answer.status, content_type=answer.content_type)
    resp.headers.update(READ_CORS)
    resp.headers.update(answer.headers)
    if answer.truncated:
        resp.headers["X-SDKG-Truncated"] = "true"
    if answer.status == 200 and tag:
        resp.headers["ETag"] = tag
        resp.headers["Vary"] = "Accept"
        if cacheable:
            resp.headers["Cache-Control"] = f"public, max-age={settings().cache_max_age}"
    elif answer.status >= 400:
        resp.headers["Cache-Control"] = "no-store"
    return resp


def _error(e: ProtocolError) -> Response:
    return _respond(Answer.text(e.status, e.message, e.headers))


def _not_modified(tag: str) -> Response | None:
    inm = request.headers.get("If-None-Match", "")
    wanted = {t.strip().removeprefix("W/") for t in inm.split(",")}
    if tag.removeprefix("W/") in wanted or "*" in wanted:
        resp = Response(status=304)
        resp.headers.update(READ_CORS)
        resp.headers["ETag"] = tag
        resp.headers["Cache-Control"] = f"public, max-age={settings().cache_max_age}"
        return resp
    return None


def _check_size() -> None:
    limit = settings().max_request_bytes
    if len(request.query_string) > limit or (request.content_length or 0) > limit:
        raise ProtocolError(413, f"the request is larger than the limit of {limit} bytes")


def _authorise() -> None:
    token = settings().update_token
    if not token:
        raise ProtocolError(403, "this server is read-only: writes are disabled (start it with --update-token)")
    got = request.headers.get("Authorization", "")
    scheme, _, value = got.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
        raise ProtocolError(401, "writes need the server's update token: send 'Authorization: Bearer <token>'",
                            {"WWW-Authenticate": 'Bearer realm="sdkg"'})


_ENDPOINTS: dict[tuple, str] = {}


def _endpoint_url() -> str:
    """This endpoint's URL (the base IRI of queries), remembered per host: werkzeug builds
    `host_url` anew on every request."""
    e = request.environ
    key = (e.get("wsgi.url_scheme"), e.get("HTTP_HOST"), e.get("SERVER_NAME"), e.get("SERVER_PORT"),
           e.get("SCRIPT_NAME"))
    url = _ENDPOINTS.get(key)
    if url is None:
        if len(_ENDPOINTS) > 256:  # any Host header a client sends: keep it bounded
            _ENDPOINTS.clear()
        url = _ENDPOINTS[key] = request.host_url + "sparql"
    return url


def _preflight() -> Response:
    resp = Response(status=204)
    resp.headers.update(READ_CORS)
    resp.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
    resp.headers["Access-Control-Allow-Headers"] = "Accept, Content-Type, If-None-Match"
    resp.headers["Access-Control-Max-Age"] = "86400"
    return resp


@bp.errorhandler(RequestEntityTooLarge)
def _too_large(_e):
    return _error(ProtocolError(413, "the request body is larger than the server's limit"))


@bp.route("/sparql", methods=["GET", "POST", "OPTIONS"])
@bp.route("/sparql/", methods=["GET", "POST", "OPTIONS"])
def sparql():
    if request.method == "OPTIONS":
        return _preflight()
    try:
        _check_size()
        is_form = request.mimetype == FORM_TYPE
        form = list(request.form.items(multi=True)) if is_form else []
        body = b"" if is_form else request.get_data()
        op = parse_request(request.method, request.mimetype, request.mimetype_params.get("charset"),
                           list(request.args.items(multi=True)), form, body)
        if op.kind == "describe-service":
            return _service_description()
        if op.kind == "update":
            _authorise()
            text = apply_using(op.text, op.default_graphs, op.named_graphs)
            return _respond(executor().write(Write("update", text, base_iri=_endpoint_url())))
        format_param = request.values.get("format")
        accept = request.headers.get("Accept")
        form_kind = query_form(op.text)
        media = mime(negotiate(form_kind, accept, format_param)) if form_kind else None
        ex = executor()
        job = Job("query", op.text, media, accept, format_param, tuple(op.default_graphs), tuple(op.named_graphs),
                  base_iri=_endpoint_url(), max_rows=ex.max_rows)
        generation = request_generation()
        tag = etag(generation, job.key())
        if media and (resp := _not_modified(tag)):
            return resp
        return _respond(ex.read(job, generation), tag if media else None, cacheable=request.method == "GET")
    except ProtocolError as e:
        return _error(e)


def _service_description() -> Response:
    fmt = negotiate("describe", request.headers.get("Accept"), request.args.get("format"))
    writable = bool(settings().update_token)
    languages = "sd:SPARQL11Query" + (", sd:SPARQL11Update" if writable else "")
    formats = ", ".join(f"<{f.iri}>" for f in RESULT_FORMATS + GRAPH_FORMATS)
    ttl = f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<{_endpoint_url()}#service> a sd:Service ;
  dcterms:title "sdkg: Sociaal Domein Knowledge Graph" ;
  sd:endpoint <{_endpoint_url()}> ;
  sd:supportedLanguage {languages} ;
  sd:resultFormat {formats} ;
  sd:feature sd:UnionDefaultGraph ;
  sd:defaultEntailmentRegime <http://www.w3.org/ns/entailment/Simple> ;
  sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .
"""
    import pyoxigraph as ox

    if fmt == ox.RdfFormat.TURTLE:
        body = ttl.encode()
    else:
        body = ox.serialize(ox.parse(ttl, format=ox.RdfFormat.TURTLE), format=fmt)
    resp = _respond(Answer(200, content_type(fmt), body))
    resp.headers["Vary"] = "Accept"
    return resp


# --- Graph Store HTTP Protocol -------------------------------------------------------------------------

def _target_graph(direct: str | None) -> tuple[bool, str | None]:
    """(named?, IRI): ?default, ?graph=IRI, or the request URL itself (direct identification)."""
    if direct is not None:
        if "graph" in request.args or "default" in request.args:
            raise ProtocolError(400, "a direct graph URL takes no ?graph= or ?default")
        return True, request.base_url
    graphs = request.args.getlist("graph")
    default = "default" in request.args
    if len(graphs) > 1 or (graphs and default):
        raise ProtocolError(400, "name one graph: ?graph=IRI or ?default")
    if graphs:
        return True, graphs[0]
    if default:
        return False, None
    raise ProtocolError(400, "name the graph: ?graph=IRI or ?default")


@bp.route("/rdf-graphs", methods=["GET", "PUT", "POST", "DELETE", "OPTIONS"])
@bp.route("/rdf-graphs/<path:direct>", methods=["GET", "PUT", "POST", "DELETE", "OPTIONS"])
def graph_store(direct: str | None = None):
    if request.method == "OPTIONS":
        return _preflight()
    try:
        _check_size()
        if request.method == "POST" and direct is None and not request.args:
            return _create_graph()
        named, iri = _target_graph(direct)
        if request.method in ("GET", "HEAD"):
            fmt = negotiate("construct", request.headers.get("Accept"), request.args.get("format"))
            ex = executor()
            job = Job("graph", media_type=mime(fmt), graph=iri)
            generation = request_generation()
            tag = etag(generation, job.key())
            if resp := _not_modified(tag):
                return resp
            return _respond(ex.read(job, generation), tag, cacheable=True)
        _authorise()
        if request.method == "DELETE":
            return _respond(executor().write(Write("delete", graph=iri)))
        return _respond(_write_payload(request.method.lower(), iri))
    except ProtocolError as e:
        return _error(e)


def _write_payload(kind: str, iri: str | None) -> Answer:
    ex = executor()
    if request.mimetype == "multipart/form-data":
        answer = Answer(204, "text/plain", b"")
        for part in request.files.values():
            answer = ex.write(Write("post" if kind == "post" else kind, graph=iri, data=part.read(),
                                    media_type=part.mimetype or "text/turtle", base_iri=request.base_url))
            if answer.status >= 300:
                return answer
            kind = "post"  # later parts add to what the first one put
        return answer
    if not request.mimetype:
        raise ProtocolError(400, "send the graph with a Content-Type (text/turtle, application/n-triples, ...)")
    return ex.write(Write(kind, graph=iri, data=request.get_data(), media_type=request.mimetype,
                          base_iri=request.base_url))


def _create_graph() -> Response:
    _authorise()
    iri = request.host_url + "rdf-graphs/" + uuid.uuid4().hex
    answer = _write_payload("put", iri)
    if answer.status < 300:
        answer = Answer(201, "text/plain; charset=utf-8", (iri + "\n").encode(), headers={"Location": iri})
    return _respond(answer)
