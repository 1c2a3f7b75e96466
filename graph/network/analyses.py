"""Measures over one network: centralities, communities, cores, components, ego networks, paths.

Everything is deterministic: Louvain and sampled betweenness use a fixed seed, and ties are
broken by label, so the same graph gives the same answer on every run.
"""

from __future__ import annotations

import warnings
from itertools import islice

import networkx as nx
from sdkg.graph.network.build import gc_paused

SEED = 42
# Exact betweenness is O(nodes x edges): above this many nodes it is estimated from a fixed
# sample of source nodes (the summary says so).
BETWEENNESS_EXACT_MAX = 1500
BETWEENNESS_SAMPLE = 200
MEASURES = ("degree", "weighted_degree", "betweenness", "pagerank", "eigenvector", "core", "community",
            "component", "bipartite_degree")
BIPARTITE_TOP = {"partners": "municipality", "laws": "law", "initiatives": "initiative"}


def default_engine() -> str:
    """igraph (C) computes the same measures an order of magnitude faster; networkx is the reference."""
    try:
        import igraph  # noqa: F401
    except ImportError:
        return "networkx"
    return "igraph"


@gc_paused()
def analyse(g: nx.Graph, engine: str | None = None, only: tuple[str, ...] | None = None) -> dict:
    """{"nodes": {id: {measure: value}}, "summary": {...}, "communities": [[ids]]}.

    `only` limits the work to some measures (degrees are always there)."""
    engine = engine or default_engine()
    want = set(only or MEASURES)
    n = g.number_of_nodes()
    summary = {"nodes": n, "edges": g.number_of_edges(), "density": round(nx.density(g), 6) if n > 1 else 0.0,
               "engine": engine}
    nodes = {v: {"label": g.nodes[v].get("label", v), "type": g.nodes[v].get("type", "")} for v in g}
    if n == 0:
        return {"nodes": nodes, "summary": summary | {"components": 0, "communities": 0, "modularity": None},
                "communities": []}
    for v, d in g.degree():
        nodes[v]["degree"] = d
    for v, d in g.degree(weight="weight"):
        nodes[v]["weighted_degree"] = d
    calc = _IGraph(g) if engine == "igraph" else _NetworkX(g)
    if "betweenness" in want:
        _put(nodes, "betweenness", calc.betweenness(summary))
    if "pagerank" in want:
        _put(nodes, "pagerank", calc.pagerank())
    if "eigenvector" in want:
        _put(nodes, "eigenvector", calc.eigenvector())
    if "core" in want:
        cores = calc.core()
        _put(nodes, "core", cores)
        summary["max_core"] = int(max(cores.values()))
    if "component" in want:
        components = sorted(nx.connected_components(g), key=lambda s: (-len(s), min(s)))
        for i, comp in enumerate(components):
            for v in comp:
                nodes[v]["component"] = i
        summary.update(components=len(components), largest_component=len(components[0]))
    communities = []
    if "community" in want:
        communities = sorted(calc.communities(), key=lambda s: (-len(s), min(s)))
        for i, comm in enumerate(communities):
            for v in comm:
                nodes[v]["community"] = i
        summary.update(communities=len(communities),
                       modularity=round(calc.modularity(communities), 4) if g.number_of_edges() else 0.0)
    top = BIPARTITE_TOP.get(g.graph.get("kind", ""))
    if top and "bipartite_degree" in want:
        top_nodes = {v for v, t in g.nodes(data="type") if t == top}
        if top_nodes and len(top_nodes) < n:
            _put(nodes, "bipartite_degree", nx.bipartite.degree_centrality(g, top_nodes))
    return {"nodes": nodes, "summary": summary, "communities": [sorted(c) for c in communities]}


def _put(nodes: dict, name: str, values: dict) -> None:
    for v, x in values.items():
        nodes[v][name] = round(float(x), 6)


def _sampled(g: nx.Graph, summary: dict) -> bool:
    if g.number_of_nodes() <= BETWEENNESS_EXACT_MAX:
        summary["betweenness"] = "exact"
        return False
    summary["betweenness"] = f"estimated from {BETWEENNESS_SAMPLE} sampled sources (seed {SEED})"
    return True


class _NetworkX:
    def __init__(self, g: nx.Graph):
        self.g = g

    def betweenness(self, summary: dict) -> dict:
        if _sampled(self.g, summary):
            return nx.betweenness_centrality(self.g, k=BETWEENNESS_SAMPLE, seed=SEED)
        return nx.betweenness_centrality(self.g)

    def pagerank(self) -> dict:
        g = self.g
        return nx.pagerank(g, weight="weight") if g.number_of_edges() else {v: 1 / len(g) for v in g}

    def eigenvector(self) -> dict:
        g = self.g
        if g.number_of_edges() == 0:
            return dict.fromkeys(g, 0.0)
        try:
            if g.number_of_nodes() < 3:  # too small for the sparse solver
                values = nx.eigenvector_centrality(g, weight="weight", max_iter=1000)
            else:
                values = nx.eigenvector_centrality_numpy(g, weight="weight")
        except (nx.NetworkXException, ArithmeticError, ValueError, TypeError):
            return dict.fromkeys(g, 0.0)
        return {v: abs(x) for v, x in values.items()}

    def core(self) -> dict:
        return nx.core_number(self.g)

    def communities(self) -> list[set]:
        return nx.community.louvain_communities(self.g, weight="weight", seed=SEED)

    def modularity(self, communities: list[set]) -> float:
        return nx.community.modularity(self.g, communities, weight="weight")


class _IGraph:
    """The same measures on an igraph copy (same normalisation as networkx)."""

    def __init__(self, g: nx.Graph):
        import igraph as ig

        self.nodes = list(g)
        self.index = index = {v: i for i, v in enumerate(self.nodes)}
        edges, self.w = [], []
        for a, b, w in g.edges(data="weight", default=1):
            edges.append((index[a], index[b]))
            self.w.append(float(w))
        self.h = ig.Graph(n=len(self.nodes), edges=edges)

    def _by_node(self, values) -> dict:
        return dict(zip(self.nodes, values, strict=True))

    def betweenness(self, summary: dict) -> dict:
        n = len(self.nodes)
        if n < 3:
            return dict.fromkeys(self.nodes, 0.0)
        scale = 2 / ((n - 1) * (n - 2))
        if _sampled(nx.empty_graph(n), summary):
            import random

            sources = sorted(random.Random(SEED).sample(range(n), BETWEENNESS_SAMPLE))
            raw = self.h.betweenness(sources=sources, targets=None)
            scale *= n / BETWEENNESS_SAMPLE
        else:
            raw = self.h.betweenness()
        return self._by_node(x * scale for x in raw)

    def pagerank(self) -> dict:
        if not self.w:
            return dict.fromkeys(self.nodes, 1 / len(self.nodes))
        return self._by_node(self.h.pagerank(weights=self.w))

    def eigenvector(self) -> dict:
        if not self.w:
            return dict.fromkeys(self.nodes, 0.0)
        with warnings.catch_warnings():  # disconnected graphs: near-zero values are the answer
            warnings.simplefilter("ignore", RuntimeWarning)
            values = self.h.eigenvector_centrality(weights=self.w, scale=False)
        norm = sum(x * x for x in values) ** 0.5 or 1.0  # unit length, as networkx returns
        return self._by_node(abs(x) / norm for x in values)

    def core(self) -> dict:
        return self._by_node(self.h.coreness())

    def communities(self) -> list[set]:
        import random

        import igraph as ig

        state = random.getstate()
        random.seed(SEED)  # igraph draws from Python's random module
        ig.set_random_number_generator(random)
        try:
            parts = self.h.community_multilevel(weights=self.w or None)
        finally:
            random.setstate(state)
        return [{self.nodes[i] for i in part} for part in parts]

    def modularity(self, communities: list[set]) -> float:
        membership = [0] * len(self.nodes)
        for i, comm in enumerate(communities):
            for v in comm:
                membership[self.index[v]] = i
        return self.h.modularity(membership, weights=self.w or None)


def rank(g: nx.Graph, measures: dict, by: str = "pagerank", node_type: str | None = None,
         top: int | None = 20) -> list[dict]:
    """Nodes sorted by one measure (highest first; ties by label), optionally of one type."""
    if by not in MEASURES:
        raise ValueError(f"unknown measure {by!r}; choose from {', '.join(MEASURES)}")
    rows = [{"id": v, **m} for v, m in measures["nodes"].items() if node_type in (None, m.get("type"))]
    rows.sort(key=lambda r: (-(r.get(by) or 0), str(r.get("label", "")).lower(), r["id"]))
    for i, r in enumerate(rows, 1):
        r["rank"] = i
    return rows[:top] if top else rows


@gc_paused()
def ego(g: nx.Graph, node: str, radius: int = 1) -> nx.Graph:
    """The entity, everything within `radius` steps, and the edges among them."""
    if radius not in (1, 2):
        raise ValueError("radius is 1 or 2")
    if node not in g:
        raise KeyError(node)
    sub = nx.ego_graph(g, node, radius=radius).copy()
    sub.graph.update(g.graph, center=node, radius=radius)
    return sub


def path(g: nx.Graph, a: str, b: str) -> list[dict]:
    """The shortest chain of links from a to b (fewest steps; among equals, the best evidenced),
    one dict per edge with its attributes. Raises nx.NetworkXNoPath when they are not connected."""
    for n in (a, b):
        if n not in g:
            raise KeyError(n)
    hops = nx.shortest_path_length(g, a, b)
    # among the shortest chains, prefer the one whose edges carry the most evidence
    best = max(islice(nx.all_shortest_paths(g, a, b), 1000),
               key=lambda p: (sum(g.edges[x, y].get("weight", 1) for x, y in zip(p, p[1:], strict=False)),
                              [g.nodes[v].get("label", v) for v in p]),
               default=None) if hops <= 4 else nx.shortest_path(g, a, b)
    steps = []
    for x, y in zip(best, best[1:], strict=False):
        steps.append({"source": x, "target": y, "source_label": g.nodes[x].get("label", x),
                      "target_label": g.nodes[y].get("label", y), **g.edges[x, y]})
    return steps
