"""Networks of the toy corpus (tests/network/toy.py), whose answers are known by heart."""

import pytest
from sdkg.graph.network import Filters, build, diff
from sdkg.graph.network.build import quotes
from sdkg.graph.network.timeline import diff_all, newly_central
from toy import iri

ZWOLLE, DEVENTER, KAMPEN = iri("gm", "GM0193"), iri("gm", "GM0150"), iri("gm", "GM0166")
WO, GGD, HUM, TAC = (iri("org", n) for n in ("Welzijn Oost", "GGD", "Humanitas", "Tactus"))


def edges(g) -> dict:
    return {frozenset((a, b)): d for a, b, d in g.edges(data=True)}


def test_partners_network_is_the_bipartite_municipality_organisation_graph(corpus):
    g = build(corpus, "partners")
    e = edges(g)
    assert set(e) == {frozenset(p) for p in [(ZWOLLE, WO), (ZWOLLE, GGD), (ZWOLLE, HUM), (ZWOLLE, TAC),
                                             (DEVENTER, GGD), (DEVENTER, HUM), (KAMPEN, GGD)]}
    wo = e[frozenset((ZWOLLE, WO))]
    # a mention and the relation quote in 2019, the same again in 2020
    assert wo["weight"] == 4 and wo["years"] == [2019, 2020]
    assert wo["roles"] == ["partnerOf"] and wo["laws"] == ["Wet maatschappelijke ondersteuning 2015"]
    assert wo["evidence"][0].endswith("/bewijs/0-32")  # the relation quote comes first
    assert g.nodes[ZWOLLE]["type"] == "municipality" and g.nodes[GGD]["kind"] == "health"


def test_filters_by_year_municipality_law_kind_and_weight(corpus):
    assert set(build(corpus, "partners", Filters.year(2020))[ZWOLLE]) == {WO, HUM, TAC}
    assert set(build(corpus, "partners", Filters(municipalities=("Deventer",)))) == {DEVENTER, GGD, HUM}
    assert set(build(corpus, "partners", Filters(municipalities=("GM0166",)))) == {KAMPEN, GGD}
    assert set(build(corpus, "partners", Filters(law="Wmo 2015"))) == {ZWOLLE, WO}
    assert set(build(corpus, "partners", Filters(kinds=("welfare",)))) == {ZWOLLE, DEVENTER, WO, HUM}
    assert set(build(corpus, "partners", Filters(min_weight=2)).edges) >= {(ZWOLLE, WO)}
    # all but Zwolle–GGD (one mention; its relation names the initiative Buurtkracht, not Zwolle)
    assert build(corpus, "partners", Filters(min_weight=2)).number_of_edges() == 6


def test_municipalities_share_partners_with_count_and_jaccard(corpus):
    e = edges(build(corpus, "municipalities"))
    # Zwolle {WO, GGD, HUM, TAC}, Deventer {GGD, HUM}, Kampen {GGD}
    assert e[frozenset((ZWOLLE, DEVENTER))]["weight"] == 2
    assert e[frozenset((ZWOLLE, DEVENTER))]["jaccard"] == pytest.approx(2 / 4)
    assert e[frozenset((ZWOLLE, KAMPEN))]["jaccard"] == pytest.approx(1 / 4)
    assert e[frozenset((DEVENTER, KAMPEN))]["jaccard"] == pytest.approx(1 / 2)
    only = build(corpus, "municipalities", Filters(municipalities=("Kampen",)))
    assert set(edges(only)) == {frozenset((KAMPEN, ZWOLLE)), frozenset((KAMPEN, DEVENTER))}


def test_cooccurrence_counts_sentence_paragraph_and_initiative(corpus):
    g = build(corpus, "cooccurrence")
    assert set(edges(g)) == {frozenset((GGD, HUM))}  # Welzijn Oost and Tactus stand alone (> window apart)
    e = g.edges[GGD, HUM]
    # Deventer and Zwolle 2019: one relation sentence each (counted once, though it states two relations);
    # Zwolle 2019 also through the initiative Buurtkracht
    assert e["levels"] == {"initiative": 1, "sentence": 2} and e["weight"] == 3
    assert build(corpus, "cooccurrence", Filters(levels=("initiative",))).edges[GGD, HUM]["weight"] == 1
    assert build(corpus, "cooccurrence", Filters(window=5000)).has_edge(WO, GGD)


def test_laws_and_initiatives_networks(corpus):
    laws = build(corpus, "laws")
    assert laws.number_of_edges() == 1
    (a, b), = laws.edges
    assert {laws.nodes[a]["type"], laws.nodes[b]["type"]} == {"organisation", "law"}
    assert WO in (a, b) and laws.edges[a, b]["years"] == [2019, 2020]
    inits = build(corpus, "initiatives")
    assert {v for v in inits if inits.nodes[v]["type"] == "organisation"} == {GGD, HUM}
    assert {inits.nodes[v]["label"] for v in inits if inits.nodes[v]["type"] == "initiative"} == {"Buurtkracht"}


def test_diff_between_two_years(corpus):
    d = diff(corpus, "GM0193", 2019, 2020)
    assert [r["id"] for r in d["gained"]] == [TAC]
    assert [r["id"] for r in d["lost"]] == [GGD]
    assert {r["id"] for r in d["kept"]} == {WO, HUM}
    assert d["churn"] == pytest.approx(2 / 4)
    rows = diff_all(corpus, 2019, 2020)
    assert [r["label"] for r in rows] == ["Zwolle"]  # the only municipality with reports in both years
    assert [r["id"] for r in newly_central(corpus, 2019, 2020, top=3)] == [TAC]
    with pytest.raises(KeyError):
        diff(corpus, "GM9999", 2019, 2020)


def test_quotes_come_back_for_evidence_in_order(toy, corpus):
    e = build(corpus, "partners").edges[DEVENTER, GGD]
    qs = quotes(toy, e["evidence"])
    assert [q["quote"] for q in qs] == ["De GGD en Humanitas ondersteunen inwoners van Deventer", "GGD"]
    assert qs[0]["year"] == 2019 and qs[0]["file"] == "GM0150-2019.txt" and qs[1]["start"] == 3


def test_unknown_kind_is_refused(corpus):
    with pytest.raises(ValueError):
        build(corpus, "friends")


def test_building_pauses_the_garbage_collector_only_while_it_runs(corpus):
    import gc

    from sdkg.graph.network.build import gc_paused

    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError):
        build(corpus, "nonsense")
    assert gc.isenabled()
    build(corpus, "cooccurrence")
    assert gc.isenabled()
