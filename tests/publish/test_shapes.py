"""The data shapes accept what the builder writes and report what breaks them."""

import pyoxigraph as ox
from sdkg.graph.publish.validate import format_reports, validate_store

OA_START = "http://www.w3.org/ns/oa#start"


def test_small_report_conforms(small_store):
    report = validate_store(small_store)
    assert report.checked_graphs == 1 and report.checked_triples > 100
    assert report.conforms, format_reports([report])


def test_seeds_conform(seed_store):
    report = validate_store(seed_store)
    assert report.checked_graphs == 5
    assert report.conforms, format_reports([report])


def _graph(store) -> str:
    (g,) = store.graphs()
    return g


def test_missing_offset_is_a_violation(small_store):
    g = _graph(small_store)
    small_store.update(f"""DELETE {{ GRAPH <{g}> {{ ?e oa:start ?x }} }}
        WHERE {{ GRAPH <{g}> {{ ?e oa:exact "GGD" ; oa:start ?x }} }}""")
    report = validate_store(small_store)
    assert not report.conforms
    (v,) = report.violations
    assert v.focus.endswith("/bewijs/49-52") and v.path == OA_START and v.graph == g
    assert "oa:start" in format_reports([report])


def test_wrong_datatypes_and_missing_labels_are_violations(small_store):
    g = _graph(small_store)
    small_store.update(f"""
        DELETE {{ GRAPH <{g}> {{ ?f schema:value ?v }} }} INSERT {{ GRAPH <{g}> {{ ?f schema:value "veel" }} }}
          WHERE {{ GRAPH <{g}> {{ ?f a sdkg:Figure ; schema:value ?v }} }} ;
        DELETE {{ GRAPH <{g}> {{ ?o skos:prefLabel ?l }} }}
          WHERE {{ GRAPH <{g}> {{ ?o a sdkg:Organisation ; skos:prefLabel "GGD IJsselland"@nl , ?l }} }} ;
        DELETE {{ GRAPH <{g}> {{ ?r rdf:predicate ?p }} }}
          WHERE {{ GRAPH <{g}> {{ ?r a sdkg:Relation ; rdf:predicate ?p }} }} ;
        DELETE {{ GRAPH <{g}> {{ ?r sdkg:sha256 ?h }} }} INSERT {{ GRAPH <{g}> {{ ?r sdkg:sha256 "abc" }} }}
          WHERE {{ GRAPH <{g}> {{ ?r a sdkg:Report ; sdkg:sha256 ?h }} }}""")
    report = validate_store(small_store)
    paths = {(v.focus.rsplit("/", 2)[-2], v.path.rsplit("/", 1)[-1]) for v in report.violations}
    assert ("cijfer", "value") in paths
    assert ("organisatie", "core#prefLabel") in paths
    assert ("relatie", "22-rdf-syntax-ns#predicate") in paths
    assert ("rapport", "def#sha256") in paths


def test_relation_without_subject_is_a_violation(small_store):
    g = _graph(small_store)
    small_store.update(f"""DELETE {{ GRAPH <{g}> {{ ?r rdf:subject ?s }} }}
        WHERE {{ GRAPH <{g}> {{ ?r a sdkg:Relation ; rdf:subject ?s }} }}""")
    report = validate_store(small_store)
    assert len(report.violations) == 2  # both relations lost their subject
    assert all("subject" in v.message for v in report.violations)


def test_unknown_unit_is_only_a_warning(small_store):
    g = ox.NamedNode(_graph(small_store))
    small_store.update(f"""DELETE {{ GRAPH {g} {{ ?f schema:unitText ?u }} }} INSERT {{ GRAPH {g} {{ ?f schema:unitText "kg" }} }}
        WHERE {{ GRAPH {g} {{ ?f schema:unitText ?u }} }}""")
    report = validate_store(small_store)
    assert report.conforms and len(report.warnings) == 1
