"""Every output format reads back with what was written; measures written back answer SPARQL."""

import csv
import io
import json

import networkx as nx
from sdkg.graph.network import analyse, build
from sdkg.graph.network.export import csv_tables, picture, render
from sdkg.graph.network.writeback import NET, graph_iri, write_measures
from toy import iri, toy_store

ZWOLLE, WO = iri("gm", "GM0193"), iri("org", "Welzijn Oost")


def test_graphml_and_gexf_read_back_in_networkx(corpus, tmp_path):
    g = build(corpus, "partners")
    m = analyse(g)
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = tmp_path / f"p.{fmt}"
        path.write_bytes(render(g, fmt, m))
        back = reader(path)
        assert back.number_of_nodes() == g.number_of_nodes() and back.number_of_edges() == g.number_of_edges()
        node = back.nodes[ZWOLLE]
        assert node["label"] == "Zwolle" and float(node["pagerank"]) == m["nodes"][ZWOLLE]["pagerank"]
        e = back.edges[ZWOLLE, WO]
        assert float(e["weight"]) == 4 and e["years"] == "2019; 2020" and int(e["evidence_count"]) == 4


def test_json_is_node_link_with_measures(corpus):
    g = build(corpus, "partners")
    data = json.loads(render(g, "json", analyse(g)))
    back = nx.node_link_graph(data, edges="links")
    assert set(back.edges) == set(g.edges)
    assert data["summary"]["nodes"] == 7
    assert all("pagerank" in n for n in data["nodes"])


def test_csv_tables_one_row_per_node_and_edge(corpus):
    g = build(corpus, "partners")
    nodes, edges = csv_tables(g, analyse(g))
    n_rows, e_rows = list(csv.DictReader(io.StringIO(nodes))), list(csv.DictReader(io.StringIO(edges)))
    assert len(n_rows) == 7 and len(e_rows) == 7
    top = e_rows[0]  # heaviest first
    assert (top["source_label"], top["target_label"], top["weight"]) == ("Zwolle", "Welzijn Oost", "4")
    assert {r["label"] for r in n_rows if r["type"] == "municipality"} == {"Zwolle", "Deventer", "Kampen"}


def test_pictures_are_real_png_and_svg_with_labels(corpus):
    g = build(corpus, "partners")
    png = picture(g, "png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000
    svg = picture(g, "svg").decode()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert "Welzijn Oost" in svg or "Welzijn" in svg


def test_write_back_makes_measures_queryable(tmp_path):
    store = toy_store(tmp_path / "db")
    from sdkg.graph.network import Corpus

    g = build(Corpus.load(store), "partners")
    m = analyse(g)
    graph = write_measures(store, g, m)
    assert graph == graph_iri("partners")
    rows = store.select(f"""PREFIX net: <{NET}>
        SELECT ?e ?pr ?deg WHERE {{ GRAPH <{graph.value}> {{ ?e net:pageRank ?pr ; net:degree ?deg }} }}
        ORDER BY DESC(?pr)""").values()
    assert len(rows) == 7 and rows[0]["e"] == ZWOLLE and rows[0]["deg"] == "4"
    write_measures(store, g, m)  # replaced, not doubled
    n = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph.value}> {{ ?s <{NET}pageRank> ?o }} }}")
    assert int(n.rows[0][0].value) == 7
    # the network graph is not mistaken for a report: the corpus is unchanged
    assert len(Corpus.load(store).reports) == 4
