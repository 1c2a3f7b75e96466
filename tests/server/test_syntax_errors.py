"""SPARQL syntax errors point into the user's own text and name undeclared prefixes."""

import pyoxigraph as ox
import pytest
from sdkg.ontology import PREFIXES
from sdkg.sparql.syntax_errors import explain, unknown_prefixes


def message(query: str) -> str:
    with pytest.raises(SyntaxError) as e:
        ox.Store().query(query, prefixes=PREFIXES)
    return explain(query, str(e.value))


def test_position_is_in_the_query_as_written():
    m = message("PREFIX ex: <http://example.org/>\nSELECT * WHERE {\n  ?s ?p }")
    assert m.startswith("SPARQL syntax error at line 3, column")
    assert "\\u{" not in m and "0300" not in m  # no character classes


def test_unknown_prefix_is_named_but_predeclared_and_declared_ones_are_not():
    m = message("SELECT * WHERE { ?s foo:bar ?o ; sdkg:x ?y }")
    assert "unknown prefix 'foo:'" in m and "sdkg" not in m.split("unknown prefix")[1]
    assert unknown_prefixes('PREFIX ex: <http://e/> SELECT * { ?s ex:a "x:y" ; <http://a/b:c> ?o }') == []


def test_a_remote_stores_line_numbers_are_moved_back_into_the_users_text():
    from sdkg.sparql.syntax_errors import from_remote

    q = "SELECT * WHERE {\n ?s ex:p ?o }"
    virtuoso = "Virtuoso 37000 Error SP030: SPARQL compiler, line 13: Undefined namespace prefix at 'ex:p'"
    assert "line 2:" in from_remote(q, virtuoso, 11) and "unknown prefix 'ex:'" in from_remote(q, virtuoso, 11)
    oxigraph = "error at 13:5: expected one of Prefix not found, ['\\u{00B7}']"
    m = from_remote(q, oxigraph, 11)
    assert m.startswith("SPARQL syntax error at line 2, column 5") and "\\u{" not in m
