"""Reading the W3C SPARQL 1.1 protocol test manifests into plain HTTP exchanges, and running them."""

from __future__ import annotations

import http.client
import json
import urllib.parse
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import rdflib
from rdflib.collection import Collection
from rdflib.compare import isomorphic

MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = rdflib.Namespace("http://www.w3.org/2011/http#")
HTS = rdflib.Namespace("http://www.w3.org/2011/http-statusCodes#")
CNT = rdflib.Namespace("http://www.w3.org/2011/content#")
UT = rdflib.Namespace("http://www.w3.org/2009/sparql/tests/test-update#")

STATUS = {"OK": {200}, "Created": {201}, "NoContent": {204}, "NotFound": {404},
          "StatusCode2xx": set(range(200, 300)), "StatusCode3xx": set(range(300, 400)),
          "StatusCode4xx": set(range(400, 500))}
RESULT_TYPES = {"boolean": {"application/sparql-results+json", "application/sparql-results+xml"},
                "tabular": {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                            "text/tab-separated-values"},
                "RDF": {"application/rdf+xml", "text/turtle", "application/n-triples"}}


@dataclass
class Exchange:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: set[int]
    boolean: bool | None = None
    result_format: str | None = None
    location_var: str | None = None
    response_type: str | None = None
    response_body: str | None = None


@dataclass
class W3CTest:
    name: str
    title: str
    exchanges: list[Exchange]
    graph_data: list[tuple[Path, str]] = field(default_factory=list)  # (file, graph IRI)


def _header_list(g: rdflib.Graph, node) -> dict[str, str]:
    lst = g.value(node, HT.headers)
    if lst is None:
        return {}
    return {str(g.value(h, HT.fieldName)).lower(): str(g.value(h, HT.fieldValue)) for h in Collection(g, lst)}


def load(manifest: Path) -> list[W3CTest]:
    g = rdflib.Graph().parse(manifest, format="turtle")
    tests = []
    for m in g.subjects(rdflib.RDF.type, MF.Manifest):
        for inc in (g.value(m, MF.include) and Collection(g, g.value(m, MF.include))) or []:
            tests += load(Path(str(inc).removeprefix("file://")))
        entries = g.value(m, MF.entries)
        if entries is None:
            continue
        for t in Collection(g, entries):
            name = str(t).rsplit("#", 1)[-1]
            action = g.value(t, MF.action)
            data = [(Path(str(g.value(d, UT.graph)).removeprefix("file://")), str(g.value(d, rdflib.RDFS.label)))
                    for d in g.objects(t, UT.graphData)]
            exchanges = []
            for req in (Collection(g, g.value(action, HT.requests)) if action is not None else []):
                body_node = g.value(req, HT.body)
                body = None
                if body_node is not None:
                    enc = str(g.value(body_node, CNT.characterEncoding) or "UTF-8")
                    body = str(g.value(body_node, CNT.chars)).encode(enc.lower())
                resp = g.value(req, HT.resp)
                statuses = set().union(*(STATUS[str(s).rsplit("#", 1)[-1]] for s in g.objects(resp, MF.expectedStatus)))
                rbody = g.value(resp, HT.body)
                exchanges.append(Exchange(
                    method=str(g.value(req, HT.methodName)), path=str(g.value(req, HT.absolutePath)),
                    headers=_header_list(g, req), body=body, statuses=statuses,
                    boolean=(g.value(resp, MF.expectedBoolean).toPython()
                             if g.value(resp, MF.expectedBoolean) is not None else None),
                    result_format=str(g.value(resp, MF.expectedFormat)) if g.value(resp, MF.expectedFormat) else None,
                    location_var=str(g.value(resp, MF.expectedLocation)) if g.value(resp, MF.expectedLocation) else None,
                    response_type=_header_list(g, resp).get("content-type"),
                    response_body=str(g.value(rbody, CNT.chars)) if rbody is not None else None))
            tests.append(W3CTest(name, str(g.value(t, MF.name)), exchanges, data))
    return tests


def request(base: str, method: str, path: str, headers: dict[str, str], body: bytes | None):
    u = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
    try:
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def boolean_of(content_type: str, body: bytes) -> bool:
    mt = content_type.split(";")[0].strip()
    if mt == "application/sparql-results+json":
        return json.loads(body)["boolean"]
    if mt == "application/sparql-results+xml":
        el = ET.fromstring(body).find("{http://www.w3.org/2005/sparql-results#}boolean")
        return el.text.strip() == "true"
    raise AssertionError(f"no boolean in {mt}")


def same_graph(turtle_a: str, turtle_b: bytes, base: str) -> bool:
    a = rdflib.Graph().parse(data=turtle_a, format="turtle", publicID=base)
    b = rdflib.Graph().parse(data=turtle_b, format="turtle", publicID=base)
    return isomorphic(a, b)
