"""Small helpers to write publication metadata as pyoxigraph triples."""

from __future__ import annotations

import pyoxigraph as ox
from sdkg.ontology import PREFIXES

NS = {
    **PREFIXES,
    "dcat": "http://www.w3.org/ns/dcat#",
    "dcatap": "http://data.europa.eu/r5r/",
    "void": "http://rdfs.org/ns/void#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "adms": "http://www.w3.org/ns/adms#",
    "sd": "http://www.w3.org/ns/sparql-service-description#",
}

Term = ox.NamedNode | ox.BlankNode | ox.Literal


def u(curie_or_iri: str) -> ox.NamedNode:
    """`dcat:Dataset` or a full IRI -> NamedNode."""
    prefix, _, local = curie_or_iri.partition(":")
    if prefix in NS and not local.startswith("//"):
        return ox.NamedNode(NS[prefix] + local)
    return ox.NamedNode(curie_or_iri)


def lit(value, lang: str | None = None, datatype: str | None = None) -> ox.Literal:
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=u("xsd:boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=u("xsd:integer"))
    if lang:
        return ox.Literal(str(value), language=lang)
    return ox.Literal(str(value), datatype=u(datatype) if datatype else None)


class Triples(list):
    """A list of triples with a terse `add(s, p, o)`; strings for s/p are CURIEs or IRIs."""

    def add(self, s, p, o) -> None:
        s = u(s) if isinstance(s, str) else s
        o = u(o) if isinstance(o, str) else o
        self.append(ox.Triple(s, u(p), o))

    def typed(self, s, *classes: str) -> None:
        for c in classes:
            self.add(s, "rdf:type", c)
