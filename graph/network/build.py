"""Networks built from the graph through SPARQL, so they work on every Store backend.

`Corpus.load(store)` runs a handful of SELECT queries and keeps the facts networks need (reports,
who-works-with-whom per report, mention offsets, qualified relations, initiative involvement,
labels). `build(corpus, kind, filters)` turns them into a networkx graph; nothing there touches
the store again, so one corpus serves many filtered networks (the web view caches it per store
generation). Quotes are fetched only for the edges someone looks at (`quotes()`).

Node ids are entity IRIs. Every edge carries `weight`, `years`, `reports` and `evidence`
(evidence-node IRIs, relation quotes first), so a path or a click can cite its sentences.
"""

from __future__ import annotations

import bisect
import gc
import re
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

import networkx as nx
import pyoxigraph as ox
from sdkg.graph import rq
from sdkg.graph.iris import normalise_name
from sdkg.graph.network_kinds import DEFAULT_WINDOW, KINDS, LEVELS
from sdkg.graph.store import Store, Table
from sdkg.ontology import KIND, SDKG, WET

QUERY_THREADS = 4  # corpus queries in flight at once

TYPES = {SDKG + "Gemeente": "municipality", SDKG + "Organisation": "organisation",
         SDKG + "Law": "law", SDKG + "Initiative": "initiative"}

# Moving rows from the engine into Python costs far more than the engine's own work, so the
# bulky facts come back as one packed string per report graph: records joined by RS (\x1e),
# fields by US (\x1f); GROUP_CONCAT and CONCAT are plain SPARQL 1.1, so every backend answers.
RS, US = "\x1e", "\x1f"

# Evidence IRIs are minted as {base}id/rapport/{sha16}/bewijs/{start}-{end} (graph/iris.py).
_OFFSETS_IN_IRI = re.compile(r"/bewijs/(\d+)-(\d+)$")

NODE_PROPERTIES = {"label": "skos:prefLabel", "kind": "sdkg:kind", "code": "sdkg:cbsCode",
                   "aliases": "skos:altLabel"}


@contextmanager
def gc_paused():
    """Pause the cyclic garbage collector (usable as a decorator). Building a corpus, a network or
    its measures allocates hundreds of thousands of small dicts, lists and records that are not
    garbage; with a large heap every automatic collection re-scans all of them, which cost more
    than the building itself. Cycles left behind are collected once the collector runs again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass(frozen=True)
class Filters:
    """Which part of the graph a network covers. Empty fields mean no restriction."""

    year_from: int | None = None
    year_to: int | None = None
    municipalities: tuple[str, ...] = ()  # CBS codes (GM0268), names or IRIs
    law: str | None = None  # IRI, abbreviation (Wmo 2015) or name: only organisations named with it
    kinds: tuple[str, ...] = ()  # organisation kinds (welfare, care, ...)
    min_weight: float = 0
    levels: tuple[str, ...] = LEVELS  # co-occurrence contexts that count
    window: int = DEFAULT_WINDOW

    @classmethod
    def year(cls, year: int, **kw) -> Filters:
        return cls(year_from=year, year_to=year, **kw)

    def but(self, **kw) -> Filters:
        return replace(self, **kw)


@dataclass
class Report:
    iri: str
    gm: str | None
    year: int | None
    title: str = ""
    file: str = ""


@dataclass
class Mention:
    entity: str
    ev: str
    start: int
    end: int


@dataclass
class Rel:
    subject: str | None
    predicate: str  # local name: partnerOf, provides, underLaw, ...
    object: str | None
    ev: str
    start: int
    end: int


@dataclass
class Corpus:
    """The facts networks are made of, read from a store with a few SELECT queries."""

    reports: dict[str, Report] = field(default_factory=dict)
    works: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # report -> [(gm, org)]
    mentions: dict[str, list[Mention]] = field(default_factory=dict)  # report -> sorted by start
    relations: dict[str, list[Rel]] = field(default_factory=dict)  # report -> relations
    involves: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # report -> [(initiative, org)]
    nodes: dict[str, dict] = field(default_factory=dict)  # IRI -> {type, label, kind, code}

    @classmethod
    @gc_paused()
    def load(cls, store: Store) -> Corpus:
        c = cls()
        # The queries are independent and the engine (or the endpoint) works outside the GIL, so
        # they run side by side, the slowest first, while the answers already in are unpacked.
        queries = {key: rq.text(f"network-{key}") for key in ("relations", "mentions", "works", "reports",
                                                                  "involves", "types")} \
            | {key: rq.render("network-property", property=p) for key, p in NODE_PROPERTIES.items()}
        with ThreadPoolExecutor(max_workers=QUERY_THREADS) as pool:
            asked = {name: pool.submit(store.select, q) for name, q in queries.items()}
            c._unpack({name: future.result for name, future in asked.items()}, store)
        return c

    def _unpack(self, answer, store: Store) -> None:
        """Fill the corpus from the answers (`answer[name]()` waits for one query's table)."""
        c = self
        report_of = {}  # graph -> report
        for g, report, gm, year, title, file in answer["reports"]().rows:
            report_of[g.value] = report.value
            c.reports[report.value] = Report(report.value, gm.value if gm else None, _int(year),
                                             title.value if title else "", file.value if file else "")
        for rid, rows in _packed(answer["works"](), report_of):
            c.works[rid] = [(gm, org) for gm, org in rows]
        mentions = list(_packed(answer["mentions"](), report_of))
        relations = list(_packed(answer["relations"](), report_of))
        offsets = _offsets(store, [r[-1] for _, rows in mentions + relations for r in rows])
        for rid, rows in mentions:
            ms = [Mention(e, ev, *offsets[ev]) for e, ev in rows if ev in offsets]
            c.mentions[rid] = sorted(ms, key=lambda m: (m.start, m.end, m.entity))
        for rid, rows in relations:
            c.relations[rid] = sorted((Rel(s or None, p.rsplit("#", 1)[-1], o or None, ev, *offsets[ev])
                                       for p, s, o, ev in rows if ev in offsets), key=lambda r: (r.start, r.ev))
        for rid, rows in _packed(answer["involves"](), report_of):
            c.involves[rid] = sorted((i, org) for i, org in rows)
        for t, packed in answer["types"]().rows:
            for e in _records(packed):
                node = c.nodes.setdefault(e[0], {"type": TYPES[t.value], "label": None, "kind": None, "code": None})
                if t.value == SDKG + "Gemeente":  # a municipality wins over other types of the same IRI
                    node["type"] = "municipality"
        for key in NODE_PROPERTIES:
            values = defaultdict(list)
            for (packed,) in answer[key]().rows:
                for e, v in _records(packed):
                    if e in c.nodes:
                        values[e].append(v)
            for e, vs in values.items():
                if key == "aliases":
                    c.nodes[e]["aliases"] = set(vs)
                else:  # an entity described by several reports: the same choice every time
                    c.nodes[e][key] = min(vs).removeprefix(KIND) if key == "kind" else min(vs)
        for iri, node in c.nodes.items():
            node["label"] = node["label"] or _local(iri)

    # ------------------------------------------------------------------ look-ups

    def label(self, iri: str) -> str:
        node = self.nodes.get(iri)
        return node["label"] if node else _local(iri)

    def type_of(self, iri: str) -> str:
        node = self.nodes.get(iri)
        return node["type"] if node else "other"

    def years(self) -> list[int]:
        return sorted({r.year for r in self.reports.values() if r.year is not None})

    def municipalities(self) -> list[str]:
        return sorted({r.gm for r in self.reports.values() if r.gm}, key=self.label)

    def laws(self) -> list[str]:
        found = {m.entity for ms in self.mentions.values() for m in ms if self.type_of(m.entity) == "law"}
        return sorted(found, key=self.label)

    def resolve(self, ref: str, types: tuple[str, ...] | None = None) -> str | None:
        """An entity IRI for an IRI, CBS code, label, or law abbreviation (case and accents ignored)."""
        if ref in self.nodes:
            return ref
        key = normalise_name(ref)
        code = ref.strip().upper()
        best = None
        for iri, node in self.nodes.items():
            if types and node["type"] not in types:
                continue
            if node["code"] and node["code"].upper() == code:
                return iri
            names = {normalise_name(n) for n in (node["label"] or "", *node.get("aliases", ()))}
            if key in names or iri.removeprefix(WET) == key.replace(" ", "-"):
                best = best or iri
        return best

    def report_ids(self, f: Filters) -> list[str]:
        """Reports within the filters' years and municipalities."""
        gms = {self.resolve(m, ("municipality",)) or m for m in f.municipalities}
        out = []
        for iri, r in self.reports.items():
            if f.year_from is not None and (r.year is None or r.year < f.year_from):
                continue
            if f.year_to is not None and (r.year is None or r.year > f.year_to):
                continue
            if gms and r.gm not in gms:
                continue
            out.append(iri)
        return sorted(out)


def _records(packed) -> list[list[str]]:
    if packed is None or not packed.value:
        return []
    return [r.split(US) for r in packed.value.split(RS)]


def _packed(table: Table, report_of: dict[str, str]):
    """(report, records) for each graph of a packed query; graphs that are not reports are skipped."""
    for g, packed in table.rows:
        rid = report_of.get(g.value)
        if rid is not None:
            yield rid, _records(packed)


def _offsets(store: Store, evidence: list[str]) -> dict[str, tuple[int, int]]:
    """(start, end) of each evidence node: from its IRI where minted here, else asked of the store."""
    out, ask = {}, []
    for ev in evidence:
        m = _OFFSETS_IN_IRI.search(ev)
        if m:
            out[ev] = (int(m.group(1)), int(m.group(2)))
        else:
            ask.append(ev)
    for i in range(0, len(ask), 500):
        values = " ".join(str(ox.NamedNode(ev)) for ev in ask[i:i + 500])
        for ev, start, end in store.select(rq.render("network-offsets", values=values)).rows:
            out[ev.value] = (_int(start), _int(end))
    return out


def _int(t) -> int | None:
    try:
        return int(t.value) if t is not None else None
    except ValueError:
        return None


def _local(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


# ---------------------------------------------------------------------- co-occurrence contexts

class _Edge:
    """An edge being collected: weight, the reports and evidence behind it, how it was found."""

    __slots__ = ("evidence", "laws", "levels", "reports", "roles", "weight")

    def __init__(self):
        self.weight = 0
        self.reports: set = set()
        self.evidence: dict = {}  # ev IRI -> priority (0 relation quote, 1 mention)
        self.levels: dict = {}
        self.roles: set = set()
        self.laws: set = set()


def _pairs_in_report(c: Corpus, rid: str, f: Filters, accept) -> list[tuple[str, str, str, list[str]]]:
    """(a, b, level, evidence) for entities named together in one report; `accept(iri)` picks entities."""
    out = []
    ms = [m for m in c.mentions.get(rid, ()) if accept(m.entity)]
    in_sentence = set()  # mention pairs already counted as one sentence, not again as a paragraph
    if "sentence" in f.levels:
        starts = [m.start for m in ms]
        sentences = set()  # one sentence states several relations ("A, B en C werken samen"): count it once
        for rel in c.relations.get(rid, ()):
            if rel.ev in sentences:
                continue
            sentences.add(rel.ev)
            hits = [m for m in ms[bisect.bisect_left(starts, rel.start):bisect.bisect_left(starts, rel.end)]
                    if m.end <= rel.end]
            in_sentence |= {(x.ev, y.ev) for x in hits for y in hits}
            inside = {m.entity for m in hits} | {e for e in (rel.subject, rel.object) if e and accept(e)}
            inside = sorted(inside)
            for i, a in enumerate(inside):
                for b in inside[i + 1:]:
                    out.append((a, b, "sentence", [rel.ev]))
    if "paragraph" in f.levels:
        j0 = 0
        for j, m in enumerate(ms):
            first = m.start - f.window
            while ms[j0].start < first:
                j0 += 1
            for o in ms[j0:j]:
                if o.entity != m.entity and (o.ev, m.ev) not in in_sentence:
                    out.append((o.entity, m.entity, "paragraph", [o.ev, m.ev]))
    if "initiative" in f.levels:
        by_init = defaultdict(set)
        for ini, org in c.involves.get(rid, ()):
            if accept(org):
                by_init[ini].add(org)
        init_ev = defaultdict(list)
        for m in c.mentions.get(rid, ()):
            if m.entity in by_init:
                init_ev[m.entity].append(m.ev)
        for ini, orgs in by_init.items():
            orgs = sorted(orgs)
            for i, a in enumerate(orgs):
                for b in orgs[i + 1:]:
                    out.append((a, b, "initiative", init_ev[ini][:1]))
    return out


# ---------------------------------------------------------------------- the networks

def _org_ok(c: Corpus, f: Filters, law_orgs: set | None):
    kinds = set(f.kinds)

    def ok(iri: str) -> bool:
        node = c.nodes.get(iri)
        if node is None or node["type"] != "organisation":
            return False
        if kinds and (node["kind"] or "other") not in kinds:
            return False
        return law_orgs is None or iri in law_orgs

    return ok


def _law_edges(c: Corpus, f: Filters, reports: list[str], org_ok) -> dict:
    """organisation–law edges: named in one sentence or paragraph, or a qualified `underLaw` relation."""
    edges: dict[tuple[str, str], _Edge] = defaultdict(_Edge)
    for rid in reports:
        year = c.reports[rid].year
        ms = c.mentions.get(rid, ())
        laws = [m for m in ms if c.type_of(m.entity) == "law"]
        if laws:
            starts = [m.start for m in ms]
            sentences = c.relations.get(rid, []) if "sentence" in f.levels else []
            for law in laws:
                around = [r for r in sentences if r.start <= law.start and law.end <= r.end]
                lo, hi = bisect.bisect_left(starts, law.start - f.window), bisect.bisect_right(starts, law.start + f.window)
                for m in ms[lo:hi]:
                    if not org_ok(m.entity):
                        continue
                    rel = next((r for r in around if r.start <= m.start and m.end <= r.end), None)
                    if rel is not None:
                        _add(edges[(m.entity, law.entity)], rid, year, [rel.ev], "sentence")
                    elif "paragraph" in f.levels:
                        _add(edges[(m.entity, law.entity)], rid, year, [m.ev, law.ev], "paragraph")
        for rel in c.relations.get(rid, ()):
            if rel.predicate == "underLaw" and rel.subject and rel.object and org_ok(rel.subject) \
                    and c.type_of(rel.object) == "law":
                _add(edges[(rel.subject, rel.object)], rid, year, [rel.ev], "relation", priority=0)
    return edges


def _add(e: _Edge, rid: str, year, evs, level: str, priority: int = 1) -> None:
    e.weight += 1
    e.reports.add(rid)
    e.levels[level] = e.levels.get(level, 0) + 1
    if level == "sentence":
        priority = 0
    evidence = e.evidence
    for ev in evs:
        if evidence.get(ev, 9) > priority:  # keep the best (lowest) priority seen
            evidence[ev] = priority


def _law_orgs(c: Corpus, f: Filters, reports: list[str]) -> set | None:
    if not f.law:
        return None
    law = c.resolve(f.law, ("law",))
    if law is None:
        return set()
    edges = _law_edges(c, f, reports, _org_ok(c, f.but(kinds=()), None))
    return {org for (org, lw) in edges if lw == law}


@gc_paused()
def build(c: Corpus, kind: str, f: Filters | None = None) -> nx.Graph:
    """The network `kind` (see KINDS) of the reports the filters select."""
    f = f or Filters()
    if kind not in KINDS:
        raise ValueError(f"unknown network {kind!r}; choose from {', '.join(KINDS)}")
    reports = c.report_ids(f)
    law_orgs = _law_orgs(c, f, reports)
    org_ok = _org_ok(c, f, law_orgs)
    if kind == "municipalities":
        g = _municipalities(c, f, law_orgs)
    else:
        edges = {"partners": _partner_edges, "cooccurrence": _cooc_edges, "laws": _law_edges,
                 "initiatives": _initiative_edges}[kind](c, f, reports, org_ok)
        g = _to_graph(c, edges)
    if f.min_weight:
        g.remove_edges_from([(a, b) for a, b, w in g.edges(data="weight") if w < f.min_weight])
        g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0])
    g.graph.update(kind=kind, description=KINDS[kind], filters=_describe(f), reports=len(reports))
    return g


def _partner_edges(c: Corpus, f: Filters, reports: list[str], org_ok) -> dict:
    edges: dict[tuple[str, str], _Edge] = defaultdict(_Edge)
    law_of = defaultdict(set)  # (report, org) -> laws named with it
    for (org, law), e in _law_edges(c, f.but(kinds=()), reports, _org_ok(c, f.but(kinds=()), None)).items():
        for rid in e.reports:
            law_of[(rid, org)].add(law)
    for rid in reports:
        ev_of = defaultdict(list)
        for m in c.mentions.get(rid, ()):
            ev_of[m.entity].append(m.ev)
        roles = defaultdict(list)  # org -> [(predicate, ev, about-the-municipality)]
        for rel in c.relations.get(rid, ()):
            for who, other in ((rel.subject, rel.object), (rel.object, rel.subject)):
                if who:
                    roles[who].append((rel.predicate, rel.ev, other == c.reports[rid].gm))
        for gm, org in c.works.get(rid, ()):
            if not org_ok(org):
                continue
            e = edges[(gm, org)]
            e.reports.add(rid)
            for ev in ev_of.get(org, ()):
                e.evidence.setdefault(ev, 1)
            for pred, ev, with_gm in roles.get(org, ()):
                e.roles.add(pred)
                if with_gm:
                    e.evidence[ev] = 0
            e.laws |= law_of.get((rid, org), set())
            e.levels["report"] = e.levels.get("report", 0) + 1
    for e in edges.values():
        e.weight = max(len(e.evidence), len(e.reports))
    return edges


def _cooc_edges(c: Corpus, f: Filters, reports: list[str], org_ok) -> dict:
    edges: dict[tuple[str, str], _Edge] = defaultdict(_Edge)
    for rid in reports:
        year = c.reports[rid].year
        for a, b, level, evs in _pairs_in_report(c, rid, f, org_ok):
            _add(edges[(a, b) if a < b else (b, a)], rid, year, evs, level)
    return edges


def _initiative_edges(c: Corpus, f: Filters, reports: list[str], org_ok) -> dict:
    edges: dict[tuple[str, str], _Edge] = defaultdict(_Edge)
    for rid in reports:
        year = c.reports[rid].year
        quoted = {}
        for rel in c.relations.get(rid, ()):
            if rel.subject and rel.object:
                quoted[(rel.subject, rel.object)] = quoted[(rel.object, rel.subject)] = (rel.ev, rel.predicate)
        init_ev = defaultdict(list)
        for m in c.mentions.get(rid, ()):
            init_ev[m.entity].append(m.ev)
        for ini, org in c.involves.get(rid, ()):
            if not org_ok(org):
                continue
            e = edges[(ini, org)]
            if (ini, org) in quoted:
                ev, pred = quoted[(ini, org)]
                _add(e, rid, year, [ev], "relation", priority=0)
                e.roles.add(pred)
            else:
                _add(e, rid, year, init_ev[ini][:1], "involves")
    return edges


SHARED_NAMES_MAX_EDGES = 5000  # above this, shared partners are listed on request (shared_partners)


def _municipalities(c: Corpus, f: Filters, law_orgs: set | None) -> nx.Graph:
    """Municipalities linked by the partners they share; the municipality filter keeps its neighbours."""
    import numpy as np
    from scipy import sparse

    partners = _partner_sets(c, f, law_orgs)
    gms = sorted(partners)
    orgs = sorted({o for ps in partners.values() for o in ps})
    col = {o: j for j, o in enumerate(orgs)}
    rows = [i for i, gm in enumerate(gms) for _ in partners[gm]]
    cols = [col[o] for gm in gms for o in partners[gm]]
    incidence = sparse.csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(len(gms), len(orgs)))
    shared = sparse.triu(incidence @ incidence.T, k=1).tocoo()
    sizes = [len(partners[gm]) for gm in gms]
    g = nx.Graph()
    for gm, n in zip(gms, sizes, strict=True):
        g.add_node(gm, **_node_attrs(c, gm), partners=n)
    names = shared.nnz <= SHARED_NAMES_MAX_EDGES
    for i, j, n in zip(shared.row.tolist(), shared.col.tolist(), shared.data.tolist(), strict=True):
        attrs = {"weight": n, "jaccard": round(n / (sizes[i] + sizes[j] - n), 4), "years": [], "evidence": []}
        if names:
            attrs["shared"] = sorted(c.label(o) for o in partners[gms[i]] & partners[gms[j]])[:50]
        g.add_edge(gms[i], gms[j], **attrs)
    if f.municipalities:
        keep = {c.resolve(m, ("municipality",)) or m for m in f.municipalities}
        g = g.edge_subgraph([(a, b) for a, b in g.edges if a in keep or b in keep]).copy()
        g.add_nodes_from((gm, {**_node_attrs(c, gm), "partners": len(partners.get(gm, ()))})
                         for gm in keep if gm in c.nodes)
        for a, b, d in g.edges(data=True):
            d.setdefault("shared", sorted(c.label(o) for o in partners[a] & partners[b])[:50])
    return g


def _partner_sets(c: Corpus, f: Filters, law_orgs: set | None) -> dict[str, set]:
    """Municipality -> the organisations its reports (within the years and kinds) work with."""
    org_ok = _org_ok(c, f.but(law=None), law_orgs)
    out = defaultdict(set)
    for rid in c.report_ids(f.but(municipalities=())):
        for gm, org in c.works.get(rid, ()):
            if org_ok(org):
                out[gm].add(org)
    return out


def shared_partners(c: Corpus, f: Filters, a: str, b: str) -> list[str]:
    """Labels of the partners two municipalities share (for links whose names were not kept)."""
    sets = _partner_sets(c, f, _law_orgs(c, f, c.report_ids(f.but(municipalities=()))))
    return sorted(c.label(o) for o in sets.get(a, set()) & sets.get(b, set()))


def _node_attrs(c: Corpus, iri: str) -> dict:
    node = c.nodes.get(iri, {})
    return {"label": node.get("label") or _local(iri), "type": node.get("type") or "other",
            "kind": node.get("kind") or "", "code": node.get("code") or ""}


def _to_graph(c: Corpus, edges: dict) -> nx.Graph:
    g = nx.Graph()
    attrs = {}
    for a, b in edges:
        for n in (a, b):
            if n not in attrs:
                attrs[n] = _node_attrs(c, n)
    g.add_nodes_from(attrs.items())
    year_of = {rid: r.year for rid, r in c.reports.items()}

    def attrs_of(e: _Edge) -> dict:
        ev = e.evidence
        # relation quotes first, each group in the (deterministic) order found
        evidence = [x for x, p in ev.items() if p == 0] + [x for x, p in ev.items() if p != 0] if len(ev) > 1 else list(ev)
        if len(e.reports) == 1:
            year = year_of[next(iter(e.reports))]
            years = [] if year is None else [year]
        else:
            years = sorted({year_of[r] for r in e.reports} - {None})
        # the edges are not used after this, so their level counts need no copy
        return {"weight": e.weight, "years": years, "evidence": evidence, "roles": sorted(e.roles) if e.roles else [],
                "laws": sorted(c.label(x) for x in e.laws) if e.laws else [], "levels": e.levels}

    # edges arrive in report and offset order, so insertion order is already deterministic
    g.add_edges_from((a, b, attrs_of(e)) for (a, b), e in edges.items())
    return g


def _describe(f: Filters) -> dict:
    return {k: v for k, v in f.__dict__.items() if v not in (None, (), 0) and k not in ("levels", "window")} | (
        {"levels": list(f.levels)} if tuple(f.levels) != LEVELS else {})


# ---------------------------------------------------------------------- quotes on demand

def quotes(store: Store, evidence: list[str], limit: int = 20) -> list[dict]:
    """The quote, offsets and report of each evidence IRI (in the order given)."""
    evidence = list(dict.fromkeys(evidence))[:limit]
    if not evidence:
        return []
    values = " ".join(str(ox.NamedNode(ev)) for ev in evidence)
    found = {}
    for ev, quote, start, end, report, year, title, file in store.select(rq.render("network-quotes", values=values)).rows:
        found[ev.value] = {"evidence": ev.value, "quote": quote.value, "start": _int(start), "end": _int(end),
                           "report": report.value, "year": _int(year), "title": title.value if title else "",
                           "file": file.value if file else ""}
    return [found[ev] for ev in evidence if ev in found]
