"""The /network page and the JSON behind it: partner networks, rankings, quotes, year-on-year change.

Networks are built from a Corpus read once per store generation (graph/network/build.py), so
changing a filter on the page costs no SPARQL; quotes are fetched for the node or edge clicked.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import networkx as nx
from flask import Blueprint, Response, abort, jsonify, render_template, request
from sdkg.graph.network import export
from sdkg.graph.network.analyses import MEASURES, analyse, ego, path, rank
from sdkg.graph.network.build import KINDS, Corpus, Filters, build, quotes, shared_partners
from sdkg.graph.network.timeline import diff, newly_central
from sdkg.web import labels
from sdkg.web.context import get_store

bp = Blueprint("network", __name__)

_lock = threading.Lock()
_corpus: dict = {}  # id(store) -> (generation, Corpus)
_networks: OrderedDict = OrderedDict()  # (generation, key) -> (graph, measures)
CACHE_SIZE = 32
MAX_NODES = 400  # drawn on the page; downloads hold the whole network
MEDIA = {"json": "application/json", "graphml": "application/graphml+xml", "gexf": "application/gexf+xml",
         "csv": "text/csv; charset=utf-8", "png": "image/png", "svg": "image/svg+xml"}


def _corpus_now() -> tuple[str, Corpus]:
    store = get_store()
    gen = store.generation()
    with _lock:
        held = _corpus.get(id(store))
        if held and held[0] == gen:
            return held
    corpus = Corpus.load(store)
    with _lock:
        _corpus[id(store)] = (gen, corpus)
    return gen, corpus


def _int_arg(name: str) -> int | None:
    raw = request.args.get(name, "").strip()
    if not raw:
        return None
    if not raw.lstrip("-").isdigit():
        abort(400, f"{name} must be a whole number")
    return int(raw)


def _filters() -> Filters:
    year = _int_arg("year")
    municipalities = tuple(m.strip() for raw in request.args.getlist("municipality") for m in raw.split(",")
                           if m.strip())
    try:
        min_weight = float(request.args.get("min_weight") or 0)
    except ValueError:
        abort(400, "min_weight must be a number")
    return Filters(year_from=year if year is not None else _int_arg("from"),
                   year_to=year if year is not None else _int_arg("to"),
                   municipalities=municipalities, law=request.args.get("law") or None,
                   kinds=tuple(k for k in request.args.getlist("orgkind") if k), min_weight=min_weight)


def _kind(kind: str | None = None) -> str:
    kind = kind or request.args.get("kind") or "partners"
    if kind not in KINDS:
        abort(404, f"unknown network {kind!r}; choose from {', '.join(KINDS)}")
    return kind


def _network(kind: str, f: Filters, radius: int | None = None) -> tuple[nx.Graph, dict, Corpus]:
    """The network (with measures) the page asks for; one municipality's partners view is its ego network."""
    gen, corpus = _corpus_now()
    key = (gen, kind, f, radius)
    with _lock:
        if key in _networks:
            _networks.move_to_end(key)
            g, m = _networks[key]
            return g, m, corpus
    center = None
    if radius and f.municipalities and kind == "partners":
        # cut from the (cached) network of all municipalities, so the next municipality is quick
        center = corpus.resolve(f.municipalities[0], ("municipality",))
        whole, _, _ = _network(kind, f.but(municipalities=()))
        g = ego(whole, center, radius) if center in whole else nx.Graph(**whole.graph)
    else:
        g = build(corpus, kind, f)
    m = analyse(g)
    if center:
        m["summary"]["center"] = center
    with _lock:
        _networks[key] = (g, m)
        while len(_networks) > CACHE_SIZE:
            _networks.popitem(last=False)
    return g, m, corpus


def _radius() -> int | None:
    r = _int_arg("radius")
    if r not in (None, 1, 2):
        abort(400, "radius is 1 or 2")
    return r or (1 if request.args.get("municipality") else None)


def _strongest(g: nx.Graph, n: int, keep: str | None) -> nx.Graph:
    if g.number_of_nodes() <= n:
        return g
    strength = dict(g.degree(weight="weight"))
    order = sorted(g, key=lambda v: (v != keep, -strength[v], str(g.nodes[v].get("label", ""))))
    return g.subgraph(order[:n])


@bp.get("/network")
def page():
    words = {"measures": {k: [str(n), str(e)] for k, (n, e) in labels.MEASURES.items()},
             "networks": {k: [str(n), str(e)] for k, (n, e) in labels.NETWORKS.items()},
             "types": {k: str(n) for k, (n, _c) in labels.NODE_TYPES.items()},
             "kinds": {k: str(v) for k, v in labels.KINDS.items()},
             "predicates": {k: str(v) for k, v in labels.PREDICATES.items()}}
    return render_template("network.html", kinds=KINDS, measures=labels.MEASURES, networks=labels.NETWORKS,
                           node_types=labels.NODE_TYPES, words=words)


@bp.get("/api/network/meta")
def meta():
    _, corpus = _corpus_now()
    orgs = {n["kind"] for n in corpus.nodes.values() if n["type"] == "organisation" and n.get("kind")}
    return jsonify({
        "kinds": KINDS, "years": corpus.years(), "organisation_kinds": sorted(orgs),
        "municipalities": [{"id": gm, "code": corpus.nodes.get(gm, {}).get("code") or "", "label": corpus.label(gm),
                            "years": sorted({r.year for r in corpus.reports.values() if r.gm == gm and r.year})}
                           for gm in corpus.municipalities()],
        "laws": [{"id": law, "label": corpus.label(law)} for law in corpus.laws()],
    })


@bp.get("/api/network/<kind>")
def network(kind: str):
    kind = _kind(kind)
    f = _filters()
    g, m, corpus = _network(kind, f, _radius() if kind == "partners" else None)
    center = m["summary"].get("center")
    shown = _strongest(g, min(_int_arg("max_nodes") or MAX_NODES, 2000), center)
    nodes = [{"data": {"id": v, "label": d.get("label", v), "type": d.get("type", ""), "kind": d.get("kind", ""),
                       **{k: x for k, x in m["nodes"][v].items() if k not in ("label", "type")},
                       "center": v == center}} for v, d in shown.nodes(data=True)]
    edges = [{"data": {"id": f"e{i}", "source": a, "target": b, "weight": d.get("weight", 1),
                       "years": d.get("years", []), "jaccard": d.get("jaccard")}}
             for i, (a, b, d) in enumerate(shown.edges(data=True))]
    by = request.args.get("by") or "pagerank"
    if by not in MEASURES:
        abort(400, f"by is one of {', '.join(MEASURES)}")
    ranking = rank(g, m, by=by, node_type=None if kind == "municipalities" else
                   ("organisation" if kind != "initiatives" else None), top=50)
    if center:  # a municipality's partners, strongest evidence first
        for r in ranking:
            r["weight"] = g.edges[center, r["id"]]["weight"] if g.has_edge(center, r["id"]) else None
    out = {"kind": kind, "description": KINDS[kind], "summary": m["summary"], "filters": g.graph.get("filters", {}),
           "elements": {"nodes": nodes, "edges": edges}, "shown": shown.number_of_nodes(), "ranking": ranking,
           "center": center}
    if center and kind == "partners":
        sim, _, _ = _network("municipalities", f.but(min_weight=0, law=None, kinds=()))
        sf = f.but(min_weight=0, law=None, kinds=())
        out["similar"] = sorted(({"id": o, "label": corpus.label(o), "shared": sim.edges[center, o]["weight"],
                                  "jaccard": sim.edges[center, o]["jaccard"],
                                  "names": shared_partners(corpus, sf, center, o)} for o in sim[center]),
                                key=lambda r: (-r["jaccard"], r["label"]))[:15] if center in sim else []
    return jsonify(out)


@bp.get("/api/network/<kind>/download.<fmt>")
def download(kind: str, fmt: str):
    kind = _kind(kind)
    if fmt not in MEDIA:
        abort(404, f"formats: {', '.join(MEDIA)}")
    g, m, _ = _network(kind, _filters(), _radius() if kind == "partners" else None)
    if fmt == "csv":
        nodes, edges = export.csv_tables(g, m)
        table = request.args.get("table", "edges")
        body = (nodes if table == "nodes" else edges).encode()
        name = f"sdkg-{kind}-{'nodes' if table == 'nodes' else 'edges'}.csv"
    else:
        body, name = export.render(g, fmt, m), f"sdkg-{kind}.{fmt}"
    return Response(body, mimetype=MEDIA[fmt], headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _quotes_of(edge: dict, limit: int) -> list[dict]:
    return quotes(get_store(), edge.get("evidence") or [], limit=limit)


@bp.get("/api/network/node")
def node():
    """One entity: its links in the current network, strongest first, each with its quotes."""
    kind, f = _kind(), _filters()
    g, m, corpus = _network(kind, f, _radius() if kind == "partners" else None)
    iri = request.args.get("id", "")
    if iri not in g:
        iri = corpus.resolve(iri) or iri
        if iri not in g:
            abort(404, "not in this network")
    limit = min(_int_arg("quotes") or 3, 20)
    links = []
    for other in sorted(g[iri], key=lambda o: (-g.edges[iri, o].get("weight", 1), g.nodes[o].get("label", ""))):
        e = g.edges[iri, other]
        if kind == "municipalities" and "shared" not in e and len(links) < 40:
            e = {**e, "shared": shared_partners(corpus, f, iri, other)}
        links.append({"id": other, "label": g.nodes[other].get("label", other), "type": g.nodes[other].get("type"),
                      "weight": e.get("weight"), "years": e.get("years", []), "roles": e.get("roles", []),
                      "laws": e.get("laws", []), "jaccard": e.get("jaccard"), "shared": e.get("shared", []),
                      "quotes": _quotes_of(e, limit) if len(links) < 40 else []})
    return jsonify({"id": iri, **g.nodes[iri], "measures": m["nodes"][iri], "links": links})


@bp.get("/api/network/edge")
def edge():
    kind, f = _kind(), _filters()
    g, _, corpus = _network(kind, f, _radius() if kind == "partners" else None)
    a, b = request.args.get("source", ""), request.args.get("target", "")
    if not g.has_edge(a, b):
        abort(404, "no such link in this network")
    e = g.edges[a, b]
    if kind == "municipalities" and "shared" not in e:
        e = {**e, "shared": shared_partners(corpus, f, a, b)}
    return jsonify({"source": a, "target": b, "source_label": g.nodes[a].get("label"),
                    "target_label": g.nodes[b].get("label"),
                    **{k: v for k, v in e.items() if k not in ("evidence", "reports")},
                    "quotes": _quotes_of(e, min(_int_arg("quotes") or 20, 100))})


@bp.get("/api/network/path")
def shortest_path():
    kind = _kind()
    g, _, corpus = _network(kind, _filters())
    ends = [corpus.resolve(request.args.get(k, "")) for k in ("source", "target")]
    if any(x is None or x not in g for x in ends):
        abort(404, "source and target must both be in this network")
    try:
        steps = path(g, *ends)
    except nx.NetworkXNoPath:
        return jsonify({"steps": [], "connected": False})
    for s in steps:
        s["quotes"] = _quotes_of(s, 2)
        s.pop("reports", None)
        s.pop("evidence", None)
    return jsonify({"steps": steps, "connected": True})


@bp.get("/api/network/diff")
def year_diff():
    _, corpus = _corpus_now()
    gm, a, b = request.args.get("municipality", ""), _int_arg("from"), _int_arg("to")
    if not gm or a is None or b is None:
        abort(400, "municipality, from and to are required")
    try:
        out = diff(corpus, gm, a, b)
    except KeyError:
        abort(404, f"unknown municipality {gm!r}")
    missing = [str(y) for y, ok in out["has_reports"].items() if not ok]
    if missing:  # a year without reports would read as 'every partner lost'
        have = ", ".join(str(y) for y in sorted({r.year for r in corpus.reports.values()
                                                 if r.gm == out["municipality"] and r.year}))
        abort(400, f"{out['label']} has no reports for {', '.join(missing)}; years with reports: {have or 'none'}")
    out["newly_central"] = newly_central(corpus, a, b, top=20)
    return jsonify(out)
