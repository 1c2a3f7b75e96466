"""Each analysis on small graphs whose answers are known by hand, with both engines."""

import networkx as nx
import pytest
from sdkg.graph.network.analyses import BETWEENNESS_EXACT_MAX, analyse, ego, path, rank

ENGINES = ["networkx", "igraph"]


def weighted(g: nx.Graph, w: float = 1) -> nx.Graph:
    nx.set_edge_attributes(g, w, "weight")
    for v in g:
        g.nodes[v]["label"] = str(v)
    return g


def two_triangles() -> nx.Graph:
    """a-b-c and d-e-f, joined by the bridge c-d."""
    return weighted(nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("d", "e"), ("e", "f"), ("d", "f"), ("c", "d")]))


@pytest.mark.parametrize("engine", ENGINES)
def test_star_centre_is_most_central(engine):
    g = weighted(nx.star_graph(4))  # 0 in the middle of 1..4
    m = analyse(g, engine)["nodes"]
    assert m[0]["degree"] == 4 and m[1]["degree"] == 1
    assert m[0]["betweenness"] == pytest.approx(1.0)  # every leaf-to-leaf path crosses the centre
    assert m[1]["betweenness"] == 0
    assert m[0]["pagerank"] > m[1]["pagerank"]
    assert m[0]["eigenvector"] == pytest.approx(2 ** -0.5, abs=1e-4)  # sqrt(4) : 1 : 1 : 1 : 1, unit length
    assert {m[v]["core"] for v in g} == {1}


@pytest.mark.parametrize("engine", ENGINES)
def test_two_triangles_split_into_two_communities(engine):
    g = two_triangles()
    result = analyse(g, engine)
    assert sorted(map(sorted, result["communities"])) == [["a", "b", "c"], ["d", "e", "f"]]
    # Q = 2 * (3/7 - (7/14)^2) for two triangles of 3 internal edges each, 7 edges in all
    assert result["summary"]["modularity"] == pytest.approx(2 * (3 / 7 - 0.25), abs=1e-4)
    m = result["nodes"]
    assert {m[v]["core"] for v in g} == {2}
    # c lies on the paths of {a,b} x {d,e,f}: 6 of the 10 pairs that do not include c
    assert m["c"]["betweenness"] == pytest.approx(6 / 10)
    assert m["a"]["betweenness"] == 0


@pytest.mark.parametrize("engine", ENGINES)
def test_components_and_weighted_degree(engine):
    g = weighted(nx.Graph([("a", "b"), ("c", "d"), ("d", "e")]), w=2.5)
    s = analyse(g, engine)
    assert s["summary"]["components"] == 2 and s["summary"]["largest_component"] == 3
    assert s["nodes"]["d"]["weighted_degree"] == 5.0
    assert s["nodes"]["a"]["component"] != s["nodes"]["c"]["component"]


def test_engines_agree_on_a_real_shaped_graph():
    g = weighted(nx.karate_club_graph())
    a, b = analyse(g, "networkx")["nodes"], analyse(g, "igraph")["nodes"]
    for measure in ("betweenness", "pagerank", "eigenvector", "core"):
        assert max(abs(a[v][measure] - b[v][measure]) for v in g) < 1e-4, measure


def test_large_graphs_sample_betweenness_with_a_fixed_seed():
    g = weighted(nx.barabasi_albert_graph(BETWEENNESS_EXACT_MAX + 100, 2, seed=1))
    one, two = analyse(g, only=("betweenness",)), analyse(g, only=("betweenness",))
    assert "sampled" in one["summary"]["betweenness"]
    assert one["nodes"] == two["nodes"]
    hub = max(g, key=g.degree)
    assert rank(g, one, "betweenness", top=5)[0]["id"] == hub


def test_rank_orders_by_measure_then_label():
    g = weighted(nx.star_graph(3))
    rows = rank(g, analyse(g), "degree")
    assert [r["id"] for r in rows] == [0, 1, 2, 3] and rows[0]["rank"] == 1
    with pytest.raises(ValueError):
        rank(g, analyse(g), "fame")


def test_ego_radius_one_and_two():
    g = weighted(nx.path_graph(5))  # 0-1-2-3-4
    assert sorted(ego(g, 2, 1)) == [1, 2, 3]
    assert sorted(ego(g, 2, 2)) == [0, 1, 2, 3, 4]
    assert sorted(ego(g, 0, 2)) == [0, 1, 2]
    with pytest.raises(ValueError):
        ego(g, 0, 3)


def test_path_prefers_the_better_evidenced_of_equal_routes():
    g = weighted(nx.Graph([("a", "b"), ("b", "d"), ("a", "c"), ("c", "d"), ("d", "e")]))
    g.edges["a", "c"]["weight"] = g.edges["c", "d"]["weight"] = 5
    steps = path(g, "a", "e")
    assert [(s["source"], s["target"]) for s in steps] == [("a", "c"), ("c", "d"), ("d", "e")]
    g.add_node("z")
    with pytest.raises(nx.NetworkXNoPath):
        path(g, "a", "z")


def test_engines_agree_on_the_modularity_of_the_same_partition():
    g = weighted(nx.karate_club_graph())
    parts = nx.community.louvain_communities(g, weight="weight", seed=1)
    from sdkg.graph.network.analyses import _IGraph, _NetworkX

    assert _IGraph(g).modularity(parts) == pytest.approx(_NetworkX(g).modularity(parts), abs=1e-9)
