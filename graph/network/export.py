"""Networks out: node-link JSON, GraphML and GEXF (Gephi), CSV node and edge tables, PNG/SVG pictures.

File formats hold scalars only, so lists (years, roles, laws, evidence) become "; "-joined text
and the computed measures become node attributes.
"""

from __future__ import annotations

import io
import json
import math

import networkx as nx
from sdkg.sparql.results import SafeWriter

FORMATS = ("json", "graphml", "gexf", "csv", "png", "svg")
COLOURS = {"municipality": "#1f77b4", "organisation": "#ff7f0e", "law": "#2ca02c", "initiative": "#9467bd",
           "other": "#7f7f7f"}
NODE_COLUMNS = ("id", "label", "type", "kind", "code")
EDGE_COLUMNS = ("source", "target", "source_label", "target_label", "weight", "jaccard", "years", "roles", "laws",
                "levels", "shared", "evidence_count", "evidence")


def _scalar(v):
    if v is None:
        return ""
    if isinstance(v, dict):
        return "; ".join(f"{k}:{x}" for k, x in v.items())
    if isinstance(v, list | tuple | set):
        return "; ".join(str(x) for x in v)
    if isinstance(v, bool | int | float | str):
        return v
    return str(v)


def flat(g: nx.Graph, measures: dict | None = None) -> nx.Graph:
    """A copy with scalar attributes only, measures merged into the nodes, graph metadata as JSON."""
    out = nx.Graph()
    out.graph.update({k: v if isinstance(v, str | int | float) else json.dumps(v, ensure_ascii=False)
                      for k, v in g.graph.items()})
    m = (measures or {}).get("nodes", {})
    for v, d in g.nodes(data=True):
        attrs = {k: _scalar(x) for k, x in d.items()}
        attrs.update({k: _scalar(x) for k, x in m.get(v, {}).items() if k not in ("label", "type")})
        out.add_node(v, **attrs)
    for a, b, d in g.edges(data=True):
        attrs = {k: _scalar(x) for k, x in d.items() if k != "reports"}
        attrs["evidence_count"] = len(d.get("evidence") or ())
        out.add_edge(a, b, **attrs)
    return out


def node_link(g: nx.Graph, measures: dict | None = None) -> dict:
    """JSON-ready node-link data (networkx layout), with measures and the analysis summary."""
    data = nx.node_link_data(g, edges="links")
    m = (measures or {}).get("nodes", {})
    for node in data["nodes"]:
        node.update({k: v for k, v in m.get(node["id"], {}).items() if k not in node})
    if measures:
        data["summary"] = measures.get("summary", {})
    return data


def to_json(g: nx.Graph, measures: dict | None = None) -> str:
    return json.dumps(node_link(g, measures), ensure_ascii=False, indent=1)


def to_graphml(g: nx.Graph, measures: dict | None = None) -> bytes:
    buf = io.BytesIO()
    nx.write_graphml(flat(g, measures), buf, encoding="utf-8", named_key_ids=True)
    return buf.getvalue()


def to_gexf(g: nx.Graph, measures: dict | None = None) -> bytes:
    buf = io.BytesIO()
    nx.write_gexf(flat(g, measures), buf, encoding="utf-8")
    return buf.getvalue()


def csv_tables(g: nx.Graph, measures: dict | None = None) -> tuple[str, str]:
    """(nodes.csv, edges.csv) as text: one row per node with its measures, one row per edge."""
    f = flat(g, measures)
    extra = sorted({k for _, d in f.nodes(data=True) for k in d} - set(NODE_COLUMNS))
    nodes, edges = io.StringIO(), io.StringIO()
    w = SafeWriter(nodes, lineterminator="\n")  # report text: no spreadsheet formulas
    w.writerow([*NODE_COLUMNS, *extra])
    for v, d in sorted(f.nodes(data=True), key=lambda x: (str(x[1].get("type")), str(x[1].get("label")).lower())):
        w.writerow([v, *(d.get(k, "") for k in NODE_COLUMNS[1:]), *(d.get(k, "") for k in extra)])
    w = SafeWriter(edges, lineterminator="\n")
    w.writerow(EDGE_COLUMNS)
    for a, b, d in sorted(f.edges(data=True), key=lambda x: (-float(x[2].get("weight", 0)), x[0], x[1])):
        row = {"source": a, "target": b, "source_label": f.nodes[a].get("label", a),
               "target_label": f.nodes[b].get("label", b), **d}
        w.writerow([row.get(k, "") for k in EDGE_COLUMNS])
    return nodes.getvalue(), edges.getvalue()


def picture(g: nx.Graph, fmt: str = "png", measures: dict | None = None, max_nodes: int = 250,
            max_labels: int = 40, title: str | None = None) -> bytes:
    """A drawing with readable labels: the `max_nodes` strongest nodes, the `max_labels` strongest named."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    strength = dict(g.degree(weight="weight"))
    order = sorted(g, key=lambda v: (-strength.get(v, 0), str(g.nodes[v].get("label", v)).lower()))
    shown = g.subgraph(order[:max_nodes])
    fig, ax = plt.subplots(figsize=(14, 10), dpi=110)
    ax.set_axis_off()
    heading = title or f"{g.graph.get('kind', 'network')}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges"
    if shown.number_of_nodes() < g.number_of_nodes():
        heading += f" (the {shown.number_of_nodes()} strongest shown)"
    ax.set_title(heading, fontsize=13)
    if shown.number_of_nodes():
        # weight=None: heavy links would otherwise pull labels on top of each other
        pos = nx.spring_layout(shown, weight=None, seed=42, iterations=150,
                               k=2.5 / math.sqrt(max(shown.number_of_nodes(), 1)))
        top = max(strength.get(v, 0) for v in shown) or 1
        sizes = [80 + 900 * math.sqrt(strength.get(v, 0) / top) for v in shown]
        colours = [COLOURS.get(shown.nodes[v].get("type", "other"), COLOURS["other"]) for v in shown]
        widths = [0.4 + 2.5 * math.sqrt(w / max(1, max(x for _, _, x in shown.edges(data="weight", default=1))))
                  for _, _, w in shown.edges(data="weight", default=1)]
        nx.draw_networkx_edges(shown, pos, ax=ax, width=widths, edge_color="#999999", alpha=0.5)
        nx.draw_networkx_nodes(shown, pos, ax=ax, node_size=sizes, node_color=colours, linewidths=0.5,
                               edgecolors="white")
        labelled = [v for v in order[:max_labels] if v in shown]
        ys = [y for _, y in pos.values()]
        lift = 0.025 * ((max(ys) - min(ys)) or 1)  # labels just above their dot
        for bold in (False, True):  # municipalities last and bold, so they stay readable
            group = [v for v in labelled if (shown.nodes[v].get("type") == "municipality") == bold]
            nx.draw_networkx_labels(shown, {v: (pos[v][0], pos[v][1] + lift) for v in group}, ax=ax,
                                    font_size=10 if bold else 8.5, font_weight="bold" if bold else "normal",
                                    labels={v: _short(shown.nodes[v].get("label", v)) for v in group},
                                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8})
        types = sorted({shown.nodes[v].get("type", "other") for v in shown})
        for t in types:
            ax.scatter([], [], c=COLOURS.get(t, COLOURS["other"]), label=t, s=60)
        ax.legend(loc="lower left", frameon=False)
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt, bbox_inches="tight")
    plt.close(fig)
    return buf.getvalue()


def _short(label: str, n: int = 28) -> str:
    return label if len(label) <= n else label[: n - 1] + "…"


def render(g: nx.Graph, fmt: str, measures: dict | None = None) -> bytes:
    """One file's bytes in `fmt` (csv: the nodes table, then a blank line, then the edges table)."""
    if fmt == "json":
        return to_json(g, measures).encode()
    if fmt == "graphml":
        return to_graphml(g, measures)
    if fmt == "gexf":
        return to_gexf(g, measures)
    if fmt == "csv":
        nodes, edges = csv_tables(g, measures)
        return (nodes + "\n" + edges).encode()
    if fmt in ("png", "svg"):
        return picture(g, fmt, measures)
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
