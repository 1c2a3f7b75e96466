"""Write computed measures back into the store, one named graph per network, so SPARQL can use them:

    PREFIX net: <https://w3id.org/sdkg/def/network#>
    SELECT ?org ?pr WHERE { GRAPH <https://w3id.org/sdkg/network/partners> { ?org net:pageRank ?pr } }
    ORDER BY DESC(?pr)

The graph lives under `{base}network/`, outside `{base}graph/`, so it is never taken for a report.
Writing it again replaces it whole (Store.put_graph).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import networkx as nx
import pyoxigraph as ox
from sdkg.graph.iris import Minter
from sdkg.graph.store import Store
from sdkg.ontology import PREFIXES

NET = "https://w3id.org/sdkg/def/network#"
XSD = PREFIXES["xsd"]
PROPERTIES = {  # measure -> (property, datatype)
    "degree": ("degree", "integer"),
    "weighted_degree": ("weightedDegree", "decimal"),
    "betweenness": ("betweenness", "decimal"),
    "pagerank": ("pageRank", "decimal"),
    "eigenvector": ("eigenvector", "decimal"),
    "core": ("coreNumber", "integer"),
    "community": ("community", "integer"),
    "component": ("component", "integer"),
    "bipartite_degree": ("bipartiteDegree", "decimal"),
}


def graph_iri(name: str, minter: Minter | None = None) -> ox.NamedNode:
    return ox.NamedNode((minter or Minter()).base + "network/" + name)


def _lit(value, dtype: str) -> ox.Literal:
    text = str(int(value)) if dtype == "integer" else format(float(value), ".6f").rstrip("0").rstrip(".") or "0"
    if dtype == "decimal" and "." not in text:
        text += ".0"
    return ox.Literal(text, datatype=ox.NamedNode(XSD + dtype))


def measure_quads(g: nx.Graph, measures: dict, graph: ox.NamedNode) -> list[ox.Quad]:
    quads = []
    net = graph
    quads.append(ox.Quad(net, ox.NamedNode(PREFIXES["rdf"] + "type"), ox.NamedNode(NET + "Network"), graph))
    quads.append(ox.Quad(net, ox.NamedNode(NET + "kind"), ox.Literal(g.graph.get("kind", "")), graph))
    quads.append(ox.Quad(net, ox.NamedNode(PREFIXES["dcterms"] + "created"),
                         ox.Literal(datetime.now(UTC).replace(microsecond=0).isoformat(),
                                    datatype=ox.NamedNode(XSD + "dateTime")), graph))
    quads.append(ox.Quad(net, ox.NamedNode(NET + "filters"),
                         ox.Literal(json.dumps(g.graph.get("filters", {}), ensure_ascii=False)), graph))
    summary = measures.get("summary", {})
    if summary.get("modularity") is not None:
        quads.append(ox.Quad(net, ox.NamedNode(NET + "modularity"), _lit(summary["modularity"], "decimal"), graph))
    for node, values in measures["nodes"].items():
        s = ox.NamedNode(node)
        for key, (prop, dtype) in PROPERTIES.items():
            if values.get(key) is not None:
                quads.append(ox.Quad(s, ox.NamedNode(NET + prop), _lit(values[key], dtype), graph))
    return quads


def write_measures(store: Store, g: nx.Graph, measures: dict, name: str | None = None) -> ox.NamedNode:
    """Replace the graph `{base}network/{name or kind}` with the measures; returns its IRI."""
    graph = graph_iri(name or g.graph.get("kind", "network"))
    store.put_graph(graph, measure_quads(g, measures, graph))
    return graph
