"""Which graphs a SPARQL Update writes (graph/update_scope.py): what the store keeps merged around it."""

from __future__ import annotations

import pytest
from sdkg.graph.update_scope import update_scope

G, H = "https://w3id.org/sdkg/graph/a", "https://w3id.org/sdkg/graph/b"


@pytest.mark.parametrize("update, graphs, deletes_default", [
    (f"INSERT DATA {{ GRAPH <{G}> {{ <s> <p> 'x {{ GRAPH <{H}> }}' }} }}", {G}, False),
    (f"DELETE DATA {{ GRAPH <{G}> {{ <s> <p> 1.5 }} <s> <p> <o> }}", {G}, True),
    ("INSERT DATA { <s> <p> <o> }", set(), False),
    ("PREFIX g: <https://w3id.org/sdkg/graph/> DELETE WHERE { GRAPH g:a { ?s ?p ?o } }", {G}, False),
    (f"DELETE {{ GRAPH <{G}> {{ ?s ?p ?o }} }} INSERT {{ GRAPH <{H}> {{ ?s ?p 1 }} }} "
     f"WHERE {{ GRAPH <https://elsewhere/c> {{ ?s ?p ?o }} }}", {G, H}, False),
    (f"WITH <{G}> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}", {G}, False),
    (f"WITH <{G}> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }} ; DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}",
     {G}, True),
    ("DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }", None, False),
    ("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", set(), False),
    ("DELETE { GRAPH unknown:g { ?s ?p ?o } } WHERE { ?s ?p ?o }", None, False),
    (f"DROP SILENT GRAPH <{G}> ; CLEAR GRAPH <{H}>", {G, H}, False),
    ("DROP ALL", None, True),
    ("CLEAR NAMED", None, False),
    ("CLEAR DEFAULT", set(), True),
    (f"CREATE GRAPH <{G}>", set(), False),
    (f"LOAD <http://example.org/x.ttl> INTO GRAPH <{G}>", {G}, False),
    (f"ADD <{G}> TO <{H}>", {H}, False),
    (f"MOVE GRAPH <{G}> TO GRAPH <{H}>", {G, H}, False),
    (f"COPY <{G}> TO DEFAULT", set(), True),
    (f"ADD DEFAULT TO <{G}>", {G}, False),
    ("BASE <https://w3id.org/sdkg/graph/> DROP GRAPH <a>", {G}, False),
    (f"# DROP GRAPH <{H}>\nDROP GRAPH <{G}>", {G}, False),
])
def test_written_graphs(update, graphs, deletes_default):
    scope = update_scope(update)
    assert (scope.graphs, scope.deletes_default) == (graphs, deletes_default)
