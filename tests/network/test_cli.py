"""`sdkg network` end to end on the toy store, as a policy officer would run it."""

import csv
import io
import json
import subprocess
import sys

import networkx as nx

SDKG = [sys.executable, "-m", "sdkg.cli", "network"]


def run(*args, ok=True):
    p = subprocess.run([*SDKG, *map(str, args)], capture_output=True, text=True, timeout=120)
    assert (p.returncode == 0) == ok, p.stdout + p.stderr
    return p


def test_export_formats(toy_path, tmp_path):
    s = ["--store", toy_path]
    run("partners", *s, "--municipality", "GM0193", "-o", tmp_path / "z.graphml")
    g = nx.read_graphml(tmp_path / "z.graphml")
    assert sorted(d["label"] for _, d in g.nodes(data=True)) == ["GGD IJsselland", "Humanitas", "Tactus", "Welzijn Oost", "Zwolle"]
    run("partners", *s, "--format", "csv", "-o", tmp_path / "all.csv")
    edges = list(csv.DictReader((tmp_path / "all-edges.csv").open()))
    assert len(edges) == 7 and (tmp_path / "all-nodes.csv").exists()
    data = json.loads(run("partners", *s, "--year", "2020", "--format", "json").stdout)
    assert len(data["links"]) == 4
    run("cooccurrence", *s, "-o", tmp_path / "c.png")
    assert (tmp_path / "c.png").read_bytes()[:4] == b"\x89PNG"
    run("partners", *s, "--law", "Wmo 2015", "-o", tmp_path / "wmo.gexf")
    assert len(nx.read_gexf(tmp_path / "wmo.gexf")) == 2


def test_ego_path_diff_rank(toy_path):
    s = ["--store", toy_path]
    out = run("ego", "Kampen", "--radius", "2", *s).stdout
    assert "GGD" in out and "Zwolle" in out and "Deventer" in out and "Tactus" not in out
    path = json.loads(run("path", "Welzijn Oost", "Kampen", *s, "--format", "json").stdout)
    assert [(p["source_label"], p["target_label"]) for p in path] == [
        ("Welzijn Oost", "Zwolle"), ("Zwolle", "GGD IJsselland"), ("GGD IJsselland", "Kampen")]
    assert path[0]["quotes"][0]["quote"] == "In samenwerking met Welzijn Oost"
    assert all(p["quotes"] for p in path)
    d = json.loads(run("diff", "--municipality", "Zwolle", "--from", 2019, "--to", 2020, *s, "--format", "json").stdout)
    assert [r["label"] for r in d["gained"]] == ["Tactus"] and d["churn"] == 0.5
    rows = list(csv.DictReader(io.StringIO(run("rank", "--type", "organisation", *s, "--format", "csv").stdout)))
    assert rows[0]["label"] == "GGD IJsselland" and len(rows) == 4
    assert "not in the partners network" in run("ego", "Nowhere", *s, ok=False).stderr
    assert "did you mean" not in run("ego", "Nowhere", *s, ok=False).stderr


def test_a_name_the_network_lacks_gets_the_names_meant(toy_path):
    s = ["--store", toy_path]
    err = run("ego", "welzijn", *s, ok=False).stderr  # a word of a name: the names that hold it
    assert "not in the partners network" in err and "did you mean: Welzijn Oost?" in err, err
    err = run("path", "Humanitass", "Kampen", *s, ok=False).stderr  # a slip of the pen: the name spelled alike
    assert "did you mean: Humanitas?" in err, err


def test_write_back(tmp_path):
    from toy import toy_store

    db = tmp_path / "db"
    toy_store(db).close()
    run("partners", "--store", db, "--write-back")
    q = subprocess.run([sys.executable, "-m", "sdkg.cli", "query", "--store", str(db), "--format", "csv",
                        "PREFIX net: <https://w3id.org/sdkg/def/network#> SELECT ?e ?pr WHERE { GRAPH "
                        "<https://w3id.org/sdkg/network/partners> { ?e net:pageRank ?pr } } ORDER BY DESC(?pr)"],
                       capture_output=True, text=True, timeout=60, check=True).stdout
    assert q.splitlines()[1].startswith("https://w3id.org/sdkg/id/gemeente/GM0193,")
