"""All five seeds ingest, and `sdkg query` answers "which organisations does each municipality
work with, with the quote" in agreement with the relations extraction states and with ../shared/gold.

A partner is an organisation a sentence states as working with the municipality or one of its own
initiatives (partner of, provides, funds, contracted by); a mere mention is not."""

import json
import subprocess
import sys

import pytest
from sdkg.graph.identity import resolve
from sdkg.graph.iris import normalise_name
from sdkg.loaders import load

SDKG = [sys.executable, "-m", "sdkg.cli"]


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory, seed_paths):
    store = tmp_path_factory.mktemp("seeds") / "db"
    run = subprocess.run([*SDKG, "ingest", "--quiet", "--store", str(store), *map(str, seed_paths)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "5 added" in run.stdout
    return store


def partner_rows(store) -> list[dict]:
    out = subprocess.run([*SDKG, "query", "--store", str(store), "--name", "partners", "--format", "json"],
                         capture_output=True, text=True, timeout=120, check=True).stdout
    data = json.loads(out)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


WORK = ("partner_of", "provides", "funds", "contracted_by")


def stated_partners(own: str, code: str, orgs: list[dict], initiatives: list[str], relations: list[dict]) -> set[str]:
    """The identity keys (graph/identity.py) of the organisations the relations state as working with the
    municipality or one of its initiatives."""
    own_key, inits = normalise_name(own), {normalise_name(i) for i in initiatives}
    by_key = {normalise_name(o["name"]): resolve(o["name"], o.get("aliases", []), code).key for o in orgs}
    out = {}
    for r in relations:
        if r["predicate"] not in WORK:
            continue
        s, o = normalise_name(r["subject"]), normalise_name(r["object"])
        for org, other in ((s, o), (o, s)):
            if org in by_key and (other == own_key or other in inits):
                out[org] = by_key[org]
    return set(out.values())


def test_partners_query_agrees_with_extraction_and_gold(seed_store, seed_paths, gold):
    rows = partner_rows(seed_store)
    texts = {p.name: p.read_text(encoding="utf-8") for p in seed_paths}
    matched = predicted = gold_total = 0
    for path in seed_paths:
        ex = load(path)
        g = gold[path.name]
        code = g["municipality"]["cbs_code"]
        mine = [r for r in rows if r["municipality"].endswith("/" + code)]
        # the store answers exactly the partners the extracted relations state for this report
        data = ex.to_json()
        expected = stated_partners(ex.meta.municipality.name, code, data["organisations"],
                                   [i["name"] for i in data["initiatives"]], data["relations"])
        found = {r["organisation"].split("/id/organisatie/", 1)[1] for r in mine}
        assert found == expected
        for r in mine:  # every answer cites a whole sentence of the report
            assert r["quote"] in texts[path.name]
        # the same organisations as the gold's: the same identity, whichever name each side uses
        gold_orgs = stated_partners(g["municipality"]["name"], code, g["organisations"],
                                    [i["name"] for i in g["initiatives"]], g["relations"])
        predicted += len(found)
        gold_total += len(gold_orgs)
        matched += len(found & gold_orgs)
    precision, recall = matched / predicted, matched / gold_total
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.85, f"partners vs gold: P={precision:.2f} R={recall:.2f} F1={f1:.2f}"
