"""Linked open data: dereferenceable IRIs with content negotiation, the ontology, dumps, VoID,
the DCAT-AP-NL catalogue and the published JSON-LD context.

Request path /id/... maps to `{SDKG_BASE}id/...`, so the same data answers under any base.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import threading
import time
from collections import OrderedDict
from pathlib import Path

import pyoxigraph as ox
from flask import Blueprint, Response, abort, current_app, render_template, request, send_file, url_for
from sdkg.graph.publish.config import PublicationError, publisher_from
from sdkg.graph.publish.dcat import catalog_triples
from sdkg.graph.publish.describe import DEF, context, describe, model_store, safe_path
from sdkg.graph.publish.dumps import FORMATS
from sdkg.graph.publish.terms import NS
from sdkg.graph.publish.validate import to_rdflib
from sdkg.graph.publish.void import collect_stats, void_triples
from sdkg.ontology import ONTOLOGY
from sdkg.settings import SPEC
from sdkg.web import labels
from sdkg.web.context import base as default_base
from sdkg.web.context import get_store, settings
from sdkg.web.errors import ApiError
from sdkg.web.i18n import current_language

bp = Blueprint("lod", __name__)

# negotiable representations: key -> (media type, pyoxigraph format or None, label, ?format= alias)
REPRESENTATIONS = {
    "html": ("text/html", None, "HTML", "html"),
    "turtle": ("text/turtle", ox.RdfFormat.TURTLE, "Turtle", "ttl"),
    "ntriples": ("application/n-triples", ox.RdfFormat.N_TRIPLES, "N-Triples", "nt"),
    "jsonld": ("application/ld+json", None, "JSON-LD", "jsonld"),
    "rdfxml": ("application/rdf+xml", ox.RdfFormat.RDF_XML, "RDF/XML", "rdf"),
}
ALIASES = {alias: key for key, (*_, alias) in REPRESENTATIONS.items()} | {k: k for k in REPRESENTATIONS}
EXTRA_MEDIA = {"application/xhtml+xml": "html", "application/json": "jsonld", "application/x-turtle": "turtle"}
RDF_ONLY = ["turtle", "ntriples", "jsonld", "rdfxml"]
PAGE = ["html", *RDF_ONLY]
CACHE_TTL = 300.0  # seconds, for stores whose generation never changes (remote)
_dump_lock = threading.Lock()


# ------------------------------------------------------------------ negotiation and serialising

def negotiate(offers: list[str]) -> str:
    """The representation to send: ?format= wins, else the Accept header (none: the first offer);
    406 if none fits."""
    if "format" in request.args:
        key = ALIASES.get(request.args["format"])
        if key not in offers:
            abort(406, f"format must be one of {', '.join(REPRESENTATIONS[k][3] for k in offers)}")
        return key
    if not request.headers.get("Accept", "").strip():
        return offers[0]  # no Accept header: any type is acceptable (RFC 9110), so the first offer
    media = {REPRESENTATIONS[k][0]: k for k in offers}
    media.update({m: k for m, k in EXTRA_MEDIA.items() if k in offers})
    best = request.accept_mimetypes.best_match(list(media))
    if best is None:
        abort(406, "acceptable: " + ", ".join(REPRESENTATIONS[k][0] for k in offers))
    return media[best]


def _link_header(offers: list[str]) -> str:
    links = [f'<{request.base_url}?format={REPRESENTATIONS[k][3]}>; rel="alternate"; type="{REPRESENTATIONS[k][0]}"'
             for k in offers]
    return ", ".join(links)


def alternates(offers: list[str]) -> list[dict]:
    return [{"href": f"{request.base_url}?format={REPRESENTATIONS[k][3]}", "type": REPRESENTATIONS[k][0],
             "label": REPRESENTATIONS[k][2]} for k in offers if k != "html"]


def jsonld_document(triples: list[ox.Triple], inline_context: bool = False):
    """Compact JSON-LD with the published context; `inline_context` embeds it (for HTML pages)."""
    doc = json.loads(to_rdflib(triples).serialize(format="json-ld", context=context()["@context"]))
    doc["@context"] = context()["@context"] if inline_context else url_for("lod.context_jsonld", _external=True)
    return doc


def serialise(triples: list[ox.Triple], key: str) -> bytes:
    if key == "jsonld":
        return json.dumps(jsonld_document(triples), ensure_ascii=False, indent=1).encode()
    fmt = REPRESENTATIONS[key][1]
    pfx = NS if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    return ox.serialize(triples, format=fmt, prefixes=pfx)


def rdf_response(triples: list[ox.Triple], key: str, offers: list[str]) -> Response:
    media = REPRESENTATIONS[key][0]
    resp = Response(serialise(triples, key), mimetype=media)
    if key != "jsonld":
        resp.headers["Content-Type"] = f"{media}; charset=utf-8"
    return _vary(resp, offers)


def _vary(resp: Response, offers: list[str]) -> Response:
    resp.headers["Vary"] = "Accept"
    resp.headers["Link"] = _link_header(offers)
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp


# ------------------------------------------------------------------ links and labels for pages

def local_href(iri: str | None) -> str | None:
    """Where an IRI dereferences on this server, or None for outside IRIs."""
    if not iri:
        return None
    base = default_base()
    if iri.startswith(base + "id/"):
        return "/" + iri[len(base):]
    if iri == DEF or iri.startswith(DEF + "#"):
        return "/def" + iri[len(DEF):]
    if iri.startswith(DEF + "/"):
        return "/def" + iri[len(DEF):]
    return None


def render_entity(d, offers: list[str], *, downloads=None, heading: str | None = None, status: int = 200):
    resp = Response(render_template(
        "entity.html", d=d, heading=heading or d.label, href=lambda i: local_href(i) or i, local=local_href,
        alternates=alternates(offers), jsonld=json.dumps(jsonld_document(d.triples, inline_context=True),
                                                         ensure_ascii=False).replace("</", "<\\/"),
        downloads=downloads), status=status, mimetype="text/html")
    return _vary(resp, offers)


# ------------------------------------------------------------------ generated metadata (cached)

def _publisher():
    """The publisher the settings name; URLs under `public_url`, else under the configured base
    (a server behind a proxy at its base sees only loopback requests), else under the address
    the request came to."""
    s = settings()
    return publisher_from(s).at(s.base if s.base != SPEC["base"].default else request.url_root)


def _stats(store, pub):
    cache = current_app.extensions.setdefault("sdkg_lod", {})
    key = (store.generation(), pub.base)
    hit = cache.get("stats")
    fresh = hit and hit[0] == key and (store.exact_generation or time.monotonic() - hit[1] < CACHE_TTL)
    if not fresh:
        cache["stats"] = (key, time.monotonic(), collect_stats(store, pub.base))
    return cache["stats"][2]


def _metadata(store) -> tuple[list[ox.Triple], object]:
    """The catalogue (DCAT-AP-NL) and VoID triples; refused (503, saying what is missing) while the
    publisher is unknown or the URLs would point at this machine only."""
    pub = _publisher()
    try:
        pub.require_publishable(settings().allow_loopback)
    except PublicationError as e:
        raise ApiError(503, str(e)) from None
    stats = _stats(store, pub)
    return list(catalog_triples(stats, pub)) + list(void_triples(stats, pub)), pub


_descriptions: OrderedDict = OrderedDict()
_descriptions_lock = threading.Lock()
DESCRIPTION_CACHE = 2048


def _described(store, iri: str):
    """Descriptions cost several queries; keep recent ones per store generation (a generation
    that never moves, as with remote stores, expires after CACHE_TTL)."""
    generation = store.generation()
    if not store.exact_generation:
        generation = (generation, int(time.monotonic() // CACHE_TTL))
    lang = current_language()
    key = (generation, iri, lang)
    with _descriptions_lock:
        hit = _descriptions.get(key)
        if hit is not None:
            _descriptions.move_to_end(key)
            return hit
    d = describe(store, iri, lang=lang)
    with _descriptions_lock:
        _descriptions[key] = d
        while len(_descriptions) > DESCRIPTION_CACHE:
            _descriptions.popitem(last=False)
    return d


# ------------------------------------------------------------------ routes

@bp.route("/id/<path:rest>", methods=["GET", "HEAD"], merge_slashes=False)
def entity(rest: str):
    if not safe_path(rest) or request.path != "/id/" + rest:
        abort(404)
    iri = default_base() + "id/" + rest
    store = get_store()
    if rest.split("/", 1)[0] in ("dataset", "catalogus", "dienst", "uitgever"):
        d = describe(store, iri, extra=_metadata(store)[0], lang=current_language())
    else:
        d = _described(store, iri)
    return _answer(d)


def _answer(d):
    """An entity in the representation asked for, or 404 when nothing is known about it."""
    if not d.found:
        abort(404)
    key = negotiate(PAGE)
    if key == "html":
        page = _own_page(d)
        if page is not None:
            return _vary(Response(page, mimetype="text/html"), PAGE)
        return render_entity(d, PAGE)
    return rdf_response(d.triples, key, PAGE)


def _own_page(d) -> str | None:
    """Municipalities, organisations and reports have pages of their own (web/entity_pages.py)."""
    from sdkg.web import entity_pages

    types = set(d.types)
    kind = next((k for t, k in (("#Gemeente", "municipality"), ("#Organisation", "organisation"), ("#Report", "report"))
                 if DEF + t in types), None)
    if kind is None:
        return None
    links = {"alternates": alternates(PAGE), "jsonld": json.dumps(jsonld_document(d.triples, inline_context=True),
                                                                  ensure_ascii=False).replace("</", "<\\/")}
    if kind == "municipality":
        return entity_pages.municipality_page(d.iri, d.label, links)
    if kind == "organisation":
        return entity_pages.organisation_page(d.iri, d.label, d, links)
    return entity_pages.report_page(d.iri, links)


@bp.route("/def", methods=["GET", "HEAD"])
@bp.route("/def/", methods=["GET", "HEAD"])
def ontology():
    key = negotiate(PAGE)
    triples = list(ox.parse(path=str(ONTOLOGY), format=ox.RdfFormat.TURTLE))
    if key == "turtle" and "format" not in request.args:
        resp = Response(ONTOLOGY.read_bytes(), mimetype="text/turtle")
        resp.headers["Content-Type"] = "text/turtle; charset=utf-8"
        return _vary(resp, PAGE)
    if key != "html":
        return rdf_response(triples, key, PAGE)
    d = describe(None, DEF, extra=triples, model=True, lang=current_language())
    terms = sorted({t.subject.value for t in triples if t.subject.value.startswith(DEF + "#")})
    d.labels.update({k: v for k, v in _term_labels(terms).items() if k not in d.labels})
    return render_entity(d, PAGE, downloads={"terms": [(t, d.labels.get(t, t.split("#")[-1]), _comment(triples, t))
                                                       for t in terms]})


def _term_labels(terms: list[str]) -> dict[str, str]:
    from sdkg.graph.publish.describe import fetch_labels

    return fetch_labels(set(terms), [model_store()], current_language())


def _comment(triples, iri: str) -> str:
    for t in triples:
        if t.subject.value == iri and t.predicate.value.endswith("#comment"):
            return t.object.value
    return ""


@bp.route("/def/<path:rest>", methods=["GET", "HEAD"], merge_slashes=False)
def concept(rest: str):
    trailing = rest.endswith("/")
    if not safe_path(rest.rstrip("/")):
        abort(404)
    iri = f"{DEF}/{rest.rstrip('/')}" + ("/" if trailing else "")
    return _answer(describe(get_store(), iri, model=True, lang=current_language()))


@bp.route("/.well-known/void", methods=["GET", "HEAD"])
def void():
    store = get_store()
    offers = ["turtle", "ntriples", "jsonld", "rdfxml", "html"]
    key = negotiate(offers)
    pub = _publisher()
    triples = list(void_triples(_stats(store, pub), pub))
    if key == "html":
        return render_entity(describe(None, pub.dataset_iri, extra=triples, relations=False, lang=current_language()), offers,
                             heading="VoID: " + pub.title)
    return rdf_response(triples, key, offers)


@bp.route("/catalog", methods=["GET", "HEAD"])
def catalog():
    store = get_store()
    key = negotiate(PAGE)
    if key != "html":
        triples, _pub = _metadata(store)
        return rdf_response(triples, key, PAGE)
    return _open_data_page(store)


def _open_data_page(store):
    """What a person finds under 'Open data': the downloads, the services, and whether the
    DCAT-AP-NL catalogue can be harvested (and if not, what the publisher still has to set)."""
    pub = _publisher()
    missing = pub.missing(settings().allow_loopback)
    stats = _stats(store, pub)
    resp = Response(render_template(
        "catalog.html", pub=pub, missing=missing, stats=stats, downloads=_download_list(),
        missing_texts=labels.PUBLICATION_MISSING,
        alternates=alternates(PAGE) if not missing else []), mimetype="text/html")
    return _vary(resp, PAGE)


@bp.route("/context.jsonld", methods=["GET", "HEAD"])
def context_jsonld():
    resp = Response(json.dumps(context(), ensure_ascii=False, indent=1), mimetype="application/ld+json")
    resp.headers["Access-Control-Allow-Origin"] = "*"
    resp.headers["Cache-Control"] = "public, max-age=3600"
    return resp


def _download_list() -> dict:
    files = []
    for f in FORMATS.values():
        for gz in (False, True):
            name = f.file_name(gz)
            files.append({"name": name, "href": url_for("lod.dump_file", name=name),
                          "label": str(labels.DUMP_FORMATS.get(f.name, f.label)),
                          "type": "application/gzip" if gz else f.media_type})
    return {"files": files}


@bp.route("/dumps/", methods=["GET", "HEAD"])
def dumps_index():
    if request.accept_mimetypes.best_match(["text/html", "application/json"]) == "application/json":
        return {"dumps": _download_list()["files"]}
    return _open_data_page(get_store())


def _dump_dir(store) -> Path:
    configured = settings().dump_dir
    if configured:
        return Path(configured)
    where = str(getattr(store, "path", None) or settings().endpoint or id(store))
    return Path(tempfile.gettempdir()) / f"sdkg-dumps-{hashlib.sha256(where.encode()).hexdigest()[:12]}"


@bp.route("/dumps/<name>", methods=["GET", "HEAD"])
def dump_file(name: str):
    by_name = {f.file_name(gz): (f, gz) for f in FORMATS.values() for gz in (False, True)}
    if name not in by_name:
        abort(404)
    fmt, gz = by_name[name]
    store = get_store()
    gen = store.generation()
    if not store.exact_generation:  # remote: regenerate at most every CACHE_TTL seconds
        gen += f":{int(time.time() // CACHE_TTL)}"
    root = _dump_dir(store)
    folder = root / hashlib.sha256(f"{gen}|{default_base()}".encode()).hexdigest()[:16]
    path = folder / name
    if not path.exists():
        with _dump_lock:  # one writer per process; tmp+rename keeps other processes safe
            if not path.exists():
                # Through the query service: the time and memory limits of every read.
                store.write_dump(fmt.name, path, gzip=gz)
                for old in root.iterdir():
                    if old.is_dir() and old != folder:
                        shutil.rmtree(old, ignore_errors=True)
    resp = send_file(path, mimetype="application/gzip" if gz else fmt.media_type, as_attachment=False,
                     download_name=name, conditional=True, etag=True)
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp
