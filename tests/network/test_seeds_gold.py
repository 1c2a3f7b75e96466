"""The municipality–organisation projection of the ingested seeds: exactly the store's worksWith
triples, and (the extractor being imperfect) a high overlap with the partners the gold relations state."""

import pytest
from sdkg.graph.iris import normalise_name
from sdkg.graph.network import Corpus, build
from sdkg.graph.store import OxigraphStore

RECALL_FLOOR = 0.8
PRECISION_FLOOR = 0.8


@pytest.fixture(scope="module")
def seeds(tmp_path_factory, seed_paths):
    from sdkg.graph.ingest import ingest

    store = OxigraphStore(tmp_path_factory.mktemp("seeds") / "db")
    summary = ingest(store, seed_paths, workers=1)
    assert summary.ok, [r.reason for r in summary.results]
    return store


def test_projection_equals_works_with_triples(seeds):
    g = build(Corpus.load(seeds), "partners")
    direct = {(gm.value, org.value) for gm, org in
              seeds.select("SELECT DISTINCT ?gm ?org WHERE { ?gm sdkg:worksWith ?org }").rows}
    projected = {(a, b) if g.nodes[a]["type"] == "municipality" else (b, a) for a, b in g.edges}
    assert projected == direct and direct


def _gold_partners(doc: dict) -> list[set[str]]:
    """The organisations a gold file states as working with its municipality: partner of, provides, funds or
    contracted by, with the municipality or one of its initiatives (the rule of sdkg:worksWith)."""
    own = normalise_name(doc["municipality"]["name"])
    inits = {normalise_name(i["name"]) for i in doc["initiatives"]}
    orgs = {normalise_name(o["name"]): {normalise_name(n) for n in [o["name"], *o.get("aliases", [])]}
            for o in doc["organisations"] if o.get("kind") != "municipality"}
    out = {}
    for r in doc["relations"]:
        if r["predicate"] not in ("partner_of", "provides", "funds", "contracted_by"):
            continue
        s, o = normalise_name(r["subject"]), normalise_name(r["object"])
        for org, other in ((s, o), (o, s)):
            if org in orgs and (other == own or other in inits):
                out[org] = orgs[org]
    return list(out.values())


def test_projection_overlaps_gold_partners(seeds, gold):
    corpus = Corpus.load(seeds)
    g = build(corpus, "partners")
    found = matched = gold_total = 0
    for doc in gold.values():
        gm = corpus.resolve(doc["municipality"]["cbs_code"], ("municipality",))
        names = {}
        for org in (g[gm] if gm in g else ()):
            node = corpus.nodes[org]
            names[org] = {normalise_name(n) for n in [node["label"], *node.get("aliases", ())]}
        gold_orgs = _gold_partners(doc)
        gold_total += len(gold_orgs)
        found += len(names)
        used = set()
        for keys in gold_orgs:
            hit = next((o for o, ns in names.items() if o not in used and ns & keys), None)
            if hit:
                used.add(hit)
                matched += 1
    recall, precision = matched / gold_total, matched / found
    print(f"gold partners {gold_total}, projected {found}, matched {matched}: "
          f"recall {recall:.2f}, precision {precision:.2f}")
    assert recall >= RECALL_FLOOR and precision >= PRECISION_FLOOR
