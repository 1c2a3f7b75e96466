"""A remote SPARQL 1.1 store (Oxigraph server, Fuseki, Virtuoso, GraphDB, ...) behind the Store interface.

Reads go through SPARQLWrapper (SPARQL 1.1 Protocol, JSON results); writes use SPARQL 1.1 Update,
or the Graph Store Protocol when a graph-store URL is given. sdkg's queries match report data
without GRAPH clauses, in the default graph. Where the store lets the default graph be written
(Oxigraph: plain `oxigraph serve`, without `--union-default-graph`), the writes keep it the merge of
all report graphs, a set (see graph/store.py). Where it does not (Virtuoso), the same writes keep the
merge in the named graph `{base}graph/default`, and every read, sdkg's own and the protocol reads
passed through, names it as its default graph and the report graphs as its named graphs (the
protocol's `default-graph-uri` and `named-graph-uri`), so `GRAPH ?g` still ranges over the report
graphs alone (docs/identity.md).

Writing a report graph stays all-or-nothing as far as the protocol allows:
- Graph Store Protocol: one `PUT ?graph=G` with the whole graph as N-Triples.
- SPARQL Update: one request `DROP SILENT GRAPH <G> ; INSERT DATA {...} ; INSERT DATA {...}`
  (the data split into operations of `chunk_triples` triples, which stores execute as one
  request; Oxigraph runs it as one transaction, the default graph's merge kept in the same request; Virtuoso compiles big INSERT DATA operations
  slowly, hence small chunks, and loads ~40x faster through its Graph Store endpoint). A graph whose request would exceed
  `max_request_bytes` is written in several requests into a staging graph `<G>#staging-…`
  and then moved over G in one `MOVE` operation: readers see the old or the new report,
  plus (only while loading) the staging graph.

Credentials: put them in the URL (`http://dba:dba@127.0.0.1:8890/sparql-auth`); Basic and Digest
authentication are both answered.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable

import pyoxigraph as ox
from sdkg.graph import rq
from sdkg.graph.iris import Minter
from sdkg.graph.store import REBUILDING, Merge, QueryError, Store, StoreError, Table, Term, model_quads
from sdkg.graph.update_scope import Scope, update_scope
from sdkg.ontology import SPARQL_PREFIXES
from sdkg.sparql.evaluate import Answer, Job
from sdkg.sparql.protocol import has_dataset_clause
from SPARQLWrapper import DIGEST, JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
# Graphs a Virtuoso instance holds for itself; they are not sdkg data.
SYSTEM_GRAPH_PREFIXES = ("http://www.openlinksw.com/", "http://localhost:8890/", "http://www.w3.org/",
                         "urn:activitystreams-owl:map", "urn:core:services:sparql")
_VAR = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _split_credentials(url: str) -> tuple[str, str | None, str | None]:
    """'http://user:pw@host/path' -> ('http://host/path', 'user', 'pw')."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None:
        return url, None, None
    netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
    clean = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    return clean, urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or "")


def term_from_json(b: dict) -> Term:
    """A SPARQL 1.1 JSON results term -> the pyoxigraph term."""
    kind, value = b["type"], b["value"]
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value) if _VAR.fullmatch(value) else ox.BlankNode()
    if kind in ("literal", "typed-literal"):
        lang = b.get("xml:lang")
        if lang:
            return ox.Literal(value, language=lang)
        dt = b.get("datatype")
        if dt and dt not in (XSD_STRING, RDF_LANG_STRING):
            return ox.Literal(value, datatype=ox.NamedNode(dt))
        return ox.Literal(value)
    raise QueryError(f"unknown term type in results: {kind!r}")


def values_block(bindings: dict[str, Term]) -> str:
    """`VALUES (?a ?b) { (<iri> "lit") }` from terms serialised as N-Triples: never raw text."""
    names, cells = [], []
    for name, term in bindings.items():
        if not _VAR.fullmatch(name):
            raise QueryError(f"not a variable name: {name!r}")
        if not isinstance(term, ox.NamedNode | ox.Literal):
            raise QueryError(f"?{name}: only IRIs and literals can be bound, not {type(term).__name__}")
        names.append("?" + name)
        cells.append(str(term))  # N-Triples syntax, escaped by pyoxigraph
    return f"VALUES ({' '.join(names)}) {{ ({' '.join(cells)}) }}"


# Tokens that can hold braces or the word WHERE without meaning them: comments, strings, IRIs.
_SKIP = re.compile(r'#[^\n]*|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                   r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|[?$]\w+')
_WORD = re.compile(r"(?i)\bWHERE\b|\{")


def inject_values(sparql: str, bindings: dict[str, Term] | None) -> str:
    """Put a VALUES block at the start of the query's WHERE group, so that the bound variables
    are in scope for every pattern and FILTER of that group (as pyoxigraph's substitutions are)."""
    if not bindings:
        return sparql
    block = values_block(bindings)
    where_at = brace_at = None
    pos = 0
    while pos < len(sparql):
        skip = _SKIP.match(sparql, pos)
        if skip and skip.end() > pos:
            pos = skip.end()
            continue
        m = _WORD.match(sparql, pos)
        if m:
            if m.group(0) == "{":
                if where_at is not None or brace_at is None:
                    brace_at = pos
                if where_at is not None:
                    break
            else:
                where_at = pos
                brace_at = None
            pos = m.end()
            continue
        pos += 1
    if brace_at is None:  # e.g. DESCRIBE <iri>: a trailing VALUES clause is all SPARQL offers
        return sparql + "\n" + block
    return sparql[:brace_at + 1] + " " + block + " " + sparql[brace_at + 1:]


class _Http:
    """Plain HTTP for updates and the Graph Store Protocol, with Basic/Digest auth when asked."""

    def __init__(self, user: str | None, password: str | None, timeout: float):
        self.timeout = timeout
        handlers = []
        if user is not None:
            mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            self._mgr = mgr
            handlers = [urllib.request.HTTPBasicAuthHandler(mgr), urllib.request.HTTPDigestAuthHandler(mgr)]
        self.user, self.password = user, password
        self.opener = urllib.request.build_opener(*handlers)

    def send(self, method: str, url: str, body: bytes | None, content_type: str | None,
             accept: str | None = None) -> bytes:
        if self.user is not None:
            self._mgr.add_password(None, url, self.user, self.password)
        headers = {}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        req = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with self.opener.open(req, timeout=self.timeout) as resp:
                return resp.read()
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace").strip()[:500]
            if e.code == 400:
                raise QueryError(detail or "bad request") from e
            raise StoreError(f"{method} {url}: HTTP {e.code}: {detail}") from e
        except (urllib.error.URLError, OSError) as e:
            raise StoreError(f"{method} {url}: {e}") from e


class RemoteStore(Store):
    """A SPARQL 1.1 query endpoint, optionally with Update and Graph Store endpoints."""

    caps_answers = False  # the endpoint serialises; the query service applies the row cap and CSV rule

    def __init__(self, endpoint: str, update_endpoint: str | None = None, graph_store: str | None = None,
                 read_only: bool = False, timeout: float = 60.0, default_graph: str | None = None,
                 chunk_triples: int = 250, max_request_bytes: int = 8_000_000, base: str | None = None):
        self.endpoint, user, password = _split_credentials(endpoint)
        self.update_endpoint, uuser, upassword = _split_credentials(update_endpoint or endpoint)
        self.graph_store, guser, gpassword = _split_credentials(graph_store) if graph_store else (None, None, None)
        self.read_only = read_only
        self.timeout = timeout
        self.chunk_triples = chunk_triples
        self.max_request_bytes = max_request_bytes
        self._credentials = (user, password)
        self._update_http = _Http(uuser or user, upassword if uuser else password, timeout)
        self._gsp_http = _Http(guser or uuser or user, gpassword if guser else (upassword if uuser else password),
                               timeout)
        # Where the merge lives when the store's default graph cannot be written (Virtuoso): a named
        # graph, which reads name as their default graph.
        self.default_graph = ox.NamedNode(default_graph or Minter(base).base + "graph/default")
        self._old_model_graph = Minter(base).base + "graph/model"  # where an older sdkg kept the model
        self._merge: Merge | None = None  # decided by the first write (_merge_at)
        self._merged: bool | None = None  # whether reads name the merge graph (_reads_dataset)
        self._merged_asked = 0.0
        self._named: list[str] | None = None
        self._named_asked = 0.0

    # ------------------------------------------------------------------ reading

    def _wrapper(self, sparql: str, fmt, dataset: tuple[list[str], list[str]] = ([], [])) -> SPARQLWrapper:
        w = SPARQLWrapper(self.endpoint)
        for g in dataset[0]:
            w.addDefaultGraph(g)
        for g in dataset[1]:
            w.addNamedGraph(g)
        w.setMethod(POST)  # report queries and VALUES blocks outgrow URLs
        w.setTimeout(int(self.timeout))
        w.setReturnFormat(fmt)
        user, password = self._credentials
        if user is not None:
            w.setHTTPAuth(DIGEST)
            w.setCredentials(user, password)
        w.setQuery(sparql)
        return w

    def _reads_dataset(self) -> tuple[list[str], list[str]]:
        """The protocol dataset (default graphs, named graphs) of sdkg's reads and of the protocol reads
        passed through: none where the store's own default graph is the merge; where the merge is the
        named graph `default_graph` (Virtuoso), that graph as the default graph and the report graphs as
        the named graphs, so `GRAPH ?g` ranges over the report graphs alone. Whether the merge graph is
        there is asked once (again every 10 s while it is not); the report graphs again after 2 s, or
        after a write through this handle."""
        now = time.monotonic()
        if self._merged is None or (not self._merged and now - self._merged_asked > 10):
            self._merged_asked = now
            self._merged = bool(self._bindings(f"SELECT ?s WHERE {{ GRAPH {self.default_graph} {{ ?s ?p ?o }} }} LIMIT 1"))
        if not self._merged:
            return [], []
        if self._named is None or now - self._named_asked > 2:
            graphs = {b["g"]["value"] for b in self._bindings(SPARQL_PREFIXES + rq.text("store-report-graphs"))}
            # None at all: a graph that is not there, else the store would range over all of its graphs
            self._named = sorted(g for g in graphs if self._is_data_graph(g)) or [self.default_graph.value + "#none"]
            self._named_asked = now
        return [self.default_graph.value], self._named

    def _bindings(self, sparql: str) -> list[dict]:
        return self._json_raw(sparql).get("results", {}).get("bindings", [])

    def _json_raw(self, sparql: str) -> dict:
        try:
            return self._wrapper(sparql, JSON).query().convert()
        except QueryBadFormed as e:
            raise QueryError(str(e)[:1000]) from e
        except (SPARQLWrapperException, urllib.error.URLError, OSError) as e:
            raise StoreError(f"{self.endpoint}: {e}") from e

    def _run(self, sparql: str, bindings: dict[str, Term] | None, fmt):
        text = inject_values(SPARQL_PREFIXES + sparql, bindings)
        dataset = ([], []) if has_dataset_clause(sparql) else self._reads_dataset()
        try:
            return self._wrapper(text, fmt, dataset).query()
        except QueryBadFormed as e:
            raise QueryError(str(e).split("Response:", 1)[-1].strip()[:1000]) from e
        except SPARQLWrapperException as e:
            raise StoreError(f"{self.endpoint}: {e}") from e
        except (urllib.error.URLError, OSError) as e:
            raise StoreError(f"{self.endpoint}: {e}") from e

    def forward(self, sparql: str, accept: str | None, default_graphs=(), named_graphs=(),
                timeout: float | None = None) -> tuple[int, str, bytes]:
        """Pass one SPARQL Protocol query through to the endpoint: (status, content type, body)."""
        from urllib.parse import urlencode

        if not (default_graphs or named_graphs or has_dataset_clause(sparql)):
            try:
                default_graphs, named_graphs = self._reads_dataset()
            except StoreError:  # the store does not answer: the query itself says so below
                pass
        params = [("query", SPARQL_PREFIXES + sparql)] + [("default-graph-uri", g) for g in default_graphs] + \
            [("named-graph-uri", g) for g in named_graphs]
        req = urllib.request.Request(self.endpoint, data=urlencode(params).encode(), method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": accept or "*/*"})
        http = _Http(*self._credentials, timeout or self.timeout)
        if http.user is not None:
            http._mgr.add_password(None, self.endpoint, http.user, http.password)
        try:
            with http.opener.open(req, timeout=timeout or self.timeout) as resp:
                return resp.status, resp.headers.get("Content-Type", "application/octet-stream"), resp.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers.get("Content-Type", "text/plain"), e.read()

    def answer(self, job: Job) -> Answer:
        """The endpoint answers the protocol read itself (the query service holds it to the row cap)."""
        if job.kind != "query" or job.bindings or job.terms:
            return Answer.text(501, "this request is not supported on this server's store")
        try:
            status, ctype, body = self.forward(job.text, job.media_type or job.accept, job.default_graphs,
                                               job.named_graphs)
        except OSError as e:
            return Answer.text(502, f"the remote store did not answer: {e}")
        if status == 400 and ctype.startswith("text/"):
            # the predeclared prefixes went before the user's query: count lines in their text again
            from sdkg.sparql.syntax_errors import from_remote

            text = body.decode("utf-8", "replace")
            return Answer.text(400, from_remote(job.text, text, SPARQL_PREFIXES.count("\n")))
        return Answer(status, ctype, body)

    def _json(self, sparql: str, bindings: dict[str, Term] | None) -> dict:
        res = self._run(sparql, bindings, JSON)
        try:
            return res.convert()
        except Exception as e:  # noqa: BLE001 - a non-JSON answer (e.g. a CONSTRUCT sent to select)
            raise QueryError(f"the endpoint did not answer with SPARQL JSON results: {e}") from e

    def select(self, sparql: str, bindings: dict[str, Term] | None = None) -> Table:
        data = self._json(sparql, bindings)
        if "results" not in data:
            raise QueryError("not a SELECT query")
        variables = list(data.get("head", {}).get("vars", []))
        rows = []
        for b in data["results"]["bindings"]:
            rows.append([term_from_json(b[v]) if v in b else None for v in variables])
        return Table(variables, rows)

    def ask(self, sparql: str, bindings: dict[str, Term] | None = None) -> bool:
        data = self._json(sparql, bindings)
        if "boolean" not in data:
            raise QueryError("not an ASK query")
        return bool(data["boolean"])

    def construct(self, sparql: str, bindings: dict[str, Term] | None = None) -> list[ox.Triple]:
        res = self._run(sparql, bindings, TURTLE)
        body = res.response.read()
        ctype = (res.response.headers.get("Content-Type") or "").split(";")[0].strip()
        fmt = ox.RdfFormat.from_media_type(ctype) if ctype else ox.RdfFormat.TURTLE
        if fmt is None:
            raise QueryError("not a CONSTRUCT or DESCRIBE query")
        try:
            return [q.triple for q in ox.parse(body, format=fmt)]
        except SyntaxError as e:
            raise StoreError(f"{self.endpoint}: unreadable {ctype} answer: {e}") from e

    def has_graph(self, graph: ox.NamedNode) -> bool:
        # Not ASK: Virtuoso answers `ASK { GRAPH <g> {...} }` true for a graph outside a given dataset.
        return bool(self.select(f"SELECT ?s WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }} LIMIT 1").rows)

    def _is_data_graph(self, iri: str) -> bool:
        return (iri not in (self.default_graph.value, self._old_model_graph) and "#staging-" not in iri
                and not iri.startswith(SYSTEM_GRAPH_PREFIXES))

    def graphs(self) -> list[str]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return sorted(g.value for (g,) in rows if isinstance(g, ox.NamedNode) and self._is_data_graph(g.value))

    def count(self) -> int:
        graphs = self.graphs()
        if not graphs:
            return 0
        values = " ".join(f"<{g}>" for g in graphs)
        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}").rows
        return int(rows[0][0].value) if rows and rows[0][0] is not None else 0

    def generation(self) -> str:
        """A hash of the graph list and the triple count: cheap to compare, changes with the data."""
        graphs = self.graphs()
        return hashlib.sha256(("\n".join(graphs) + f"\n{self.count()}").encode()).hexdigest()[:16]

    def _graph_triples(self, graph: ox.NamedNode) -> list[ox.Triple]:
        return self.construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")

    def dump(self, fmt: ox.RdfFormat, graph: ox.NamedNode | None = None) -> bytes:
        if graph is not None:
            return ox.serialize(self._graph_triples(graph), format=fmt)
        if not fmt.supports_datasets:
            raise StoreError(f"{fmt.name} holds no named graphs: name one graph, or use TriG / N-Quads")
        quads = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in self._default_triples()]
        for g in self.graphs():
            node = ox.NamedNode(g)
            quads.extend(ox.Quad(t.subject, t.predicate, t.object, node) for t in self._graph_triples(node))
        return ox.serialize(quads, format=fmt)

    def _default_triples(self) -> list[ox.Triple]:
        # The default graph's own triples (the model) are what no report graph holds.
        return self.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }")

    # ------------------------------------------------------------------ writing

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.endpoint}: store is opened read-only")

    def _post_update(self, sparql: str) -> None:
        self._named = None  # the report graphs may change: reads ask again
        self._update_http.send("POST", self.update_endpoint, sparql.encode("utf-8"),
                               "application/sparql-update")

    def update(self, sparql: str) -> None:
        self._check_writable()
        text = SPARQL_PREFIXES + sparql
        scope, merge = update_scope(text), self._merge_at
        if merge.graph is None or (scope.graphs is not None and not scope.deletes_default):
            self._post_update(merge.around(text, scope))
            return
        # The merge is a named graph and the update may write any graph: `GRAPH ?g` in an update
        # reaches the merge graph itself (and the store's own graphs), so the report graphs are named
        # before and after, and the model is put back into the merge after.
        before = set(self.graphs())
        self._post_update(merge.around(text, Scope(before | (scope.graphs or set()))) + "\n;\n"
                          + merge.insert(self._ntriples(model_quads())))
        if added := [ox.NamedNode(g) for g in self.graphs() if g not in before]:
            self._post_update(" ;\n".join(merge.add(added)))

    @staticmethod
    def _ntriples(quads: Iterable[ox.Quad | ox.Triple]) -> str:
        triples = [q.triple if isinstance(q, ox.Quad) else q for q in quads]
        return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")

    def _insert_ops(self, graph: ox.NamedNode | None, quads: list[ox.Quad]) -> list[str]:
        ops = []
        for i in range(0, len(quads), self.chunk_triples):
            data = self._ntriples(quads[i:i + self.chunk_triples])
            ops.append(f"INSERT DATA {{ GRAPH {graph} {{\n{data}}} }}" if graph is not None
                       else self._merge_at.insert(data))
        return ops

    @property
    def _merge_at(self) -> Merge:
        """Where the writes keep the merge: asked once, by deleting a triple that is not there from the
        default graph. A store whose default graph cannot be written (Virtuoso) refuses; there the merge
        is the named graph `default_graph`, which reads name as their default graph."""
        if self._merge is None:
            try:
                self._post_update('DELETE DATA { <urn:sdkg:probe> <urn:sdkg:probe> "default graph" }')
                self._merge = Merge()
                self._merged, self._merged_asked = False, float("inf")  # reads need name no dataset
            except QueryError:
                self._merge = Merge(self.default_graph)
                self._merged = True  # reads name the merge graph from now on
        return self._merge

    def put_graph(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> None:
        self._check_writable()
        merge = self._merge_at
        if self.graph_store:
            # Three requests: readers may briefly miss the old version's triples in the default graph.
            self._post_update(" ;\n".join(merge.remove([graph])))
            url = self.graph_store + "?" + urllib.parse.urlencode({"graph": graph.value})
            self._gsp_http.send("PUT", url, self._ntriples(quads).encode("utf-8"), "application/n-triples")
            self._post_update(" ;\n".join(merge.add([graph])))
            return
        ops = self._insert_ops(graph, quads)
        request = " ;\n".join([*merge.remove([graph]), f"DROP SILENT GRAPH {graph}", *ops, *merge.add([graph])])
        if len(request.encode("utf-8")) <= self.max_request_bytes:
            self._post_update(request)
            return
        # Too big for one request: fill a staging graph, then replace the report graph in one operation.
        staging = ox.NamedNode(f"{graph.value}#staging-{os.urandom(4).hex()}")
        try:
            batch: list[str] = []
            size = 0
            for op in self._insert_ops(staging, quads):
                if batch and size + len(op) > self.max_request_bytes:
                    self._post_update(" ;\n".join(batch))
                    batch, size = [], 0
                batch.append(op)
                size += len(op)
            if batch:
                self._post_update(" ;\n".join(batch))
            self._post_update(" ;\n".join([*merge.remove([graph]), f"MOVE SILENT GRAPH {staging} TO GRAPH {graph}",
                                           *merge.add([graph])]))
        except Exception:
            self._post_update(f"DROP SILENT GRAPH {staging}")
            raise

    def drop_graph(self, graph: ox.NamedNode) -> None:
        self._check_writable()
        self._post_update(" ;\n".join([*self._merge_at.remove([graph]), f"DROP SILENT GRAPH {graph}"]))

    def has_default(self, quads: list[ox.Quad]) -> bool:
        if self.read_only:
            return False
        self._merge_at  # noqa: B018 - reads name the merge once the store is known
        return super().has_default(quads)

    def put_default(self, quads: list[ox.Quad]) -> None:
        self._check_writable()
        merge = self._merge_at
        # An older sdkg kept the model in a graph of its own on Virtuoso: it goes.
        old = [f"DROP SILENT GRAPH <{self._old_model_graph}>"] if merge.graph is not None else []
        self._post_update(" ;\n".join([*old, merge.clear_own(), *self._insert_ops(None, quads)]))

    def ensure_merged(self) -> None:
        if self.read_only:
            return
        merge = self._merge_at
        if not self.select(rq.text("store-unmerged")).rows:
            return
        graphs = [ox.NamedNode(g) for g in self.graphs()]
        self._post_update(merge.insert(REBUILDING))  # until the end: a rebuild cut off is run again
        for i in range(0, len(graphs), 50):  # a graph per operation: no one request holds the store
            self._post_update(" ;\n".join(merge.add(graphs[i:i + 50])))
        self._post_update(merge.delete(REBUILDING))
