"""Evaluating one read on a pyoxigraph store and serialising the answer in the engine.

Framework-free and store-class-free: the Job says what to run and in which format, the Answer
is what goes back. Runs inside an evaluator process (sparql/execute.py), or in-process for
stores that cannot be opened by another process.
"""

from __future__ import annotations

import csv
import io
import re
import time
from dataclasses import dataclass, field

import pyoxigraph as ox
from sdkg.ontology import PREFIXES
from sdkg.sparql.csvsafe import Number, SafeWriter, term_cell
from sdkg.sparql.protocol import (
    GRAPH_FORMATS,
    RESULTS,
    ProtocolError,
    content_type,
    mime,
    negotiate,
)
from sdkg.sparql.syntax_errors import explain


class QueryTimeout(Exception):
    pass


# Formats in which answers travel back to code that wants terms (views): every term exact.
TERMS_FORMATS = {"select": RESULTS.TSV, "ask": RESULTS.JSON, "construct": ox.RdfFormat.N_TRIPLES}


@dataclass
class Answer:
    """What goes back to the client: status, media type, body and whether rows were cut."""

    status: int
    content_type: str
    body: bytes
    truncated: bool = False
    headers: dict = field(default_factory=dict)

    @classmethod
    def text(cls, status: int, message: str, headers: dict | None = None) -> Answer:
        return cls(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode(), headers=headers or {})


@dataclass
class Job:
    """One read: a query with its protocol dataset and format, or a whole-graph fetch."""

    kind: str  # "query" | "graph"
    text: str = ""
    media_type: str | None = None  # chosen format; None: negotiate after evaluation
    accept: str | None = None
    format_param: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    base_iri: str | None = None
    max_rows: int = 0
    graph: str | None = None  # kind == "graph": an IRI, or None for the default graph
    bindings: dict | None = None  # variable name -> pyoxigraph term, substituted before evaluation
    terms: bool = False  # answer in TERMS_FORMATS (for views), whatever the media type

    def key(self) -> tuple:
        bound = tuple(sorted((k, str(v)) for k, v in (self.bindings or {}).items()))
        return (self.kind, self.text, self.media_type, self.default_graphs, self.named_graphs, self.base_iri,
                self.max_rows, self.graph, bound, self.terms)


# --- evaluation (runs in an evaluator process, or in-process for in-memory stores) ------------------

class _Full(Exception):
    """Raised by the counting sink to stop the engine once the row cap is passed."""


class _LineSink:
    """A binary sink that keeps at most `limit` lines and stops the writer after that."""

    def __init__(self, limit: int):
        self.limit, self.lines, self.chunks = limit, 0, []

    def write(self, b) -> int:
        b = bytes(b)
        self.chunks.append(b)
        self.lines += b.count(b"\n")
        if self.lines > self.limit:
            raise _Full
        return len(b)

    def flush(self) -> None:
        pass

    def head(self) -> tuple[bytes, bool]:
        data = b"".join(self.chunks)
        if self.lines <= self.limit:
            return data, False
        cut = -1
        for _ in range(self.limit):
            cut = data.index(b"\n", cut + 1)
        return data[:cut + 1], True


def _format(media_type: str):
    for fmt in [RESULTS.JSON, RESULTS.XML, RESULTS.CSV, RESULTS.TSV] + GRAPH_FORMATS:
        if mime(fmt) == media_type:
            return fmt
    raise ValueError(media_type)


def _form_of(result) -> str:
    if isinstance(result, ox.QueryBoolean):
        return "ask"
    if isinstance(result, ox.QuerySolutions):
        return "select"
    return "construct"


def _truncation_note(body: bytes, fmt, max_rows: int) -> bytes:
    if fmt == RESULTS.JSON and body.endswith(b"}"):
        return body[:-1] + b',"truncated":true,"maxRows":%d}' % max_rows
    return body


def _safe_csv(tsv: bytes) -> bytes:
    """SPARQL CSV results from TSV ones, with every text cell neutralised (sparql/csvsafe.py)."""
    solutions = ox.parse_query_results(tsv, format=RESULTS.TSV)
    variables = list(solutions.variables)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([v.value for v in variables])
    for sol in solutions:
        w.writerow(["_:" + t.value if isinstance(t, ox.BlankNode) else term_cell(t) for t in (sol[v] for v in variables)])
    return buf.getvalue().encode("utf-8")


def _serialise_solutions(result: ox.QuerySolutions, fmt, max_rows: int) -> tuple[bytes, bool]:
    if not max_rows and fmt != RESULTS.CSV:
        return result.serialize(format=fmt), False
    # TSV writes one solution per line (newlines in literals are escaped), so lines count rows.
    sink = _LineSink(max_rows + 1 if max_rows else 1 << 62)
    try:
        result.serialize(sink, format=RESULTS.TSV)
    except _Full:
        pass
    tsv, truncated = sink.head()
    if fmt == RESULTS.TSV:
        return tsv, truncated
    if fmt == RESULTS.CSV:
        return _safe_csv(tsv), truncated
    body = ox.parse_query_results(tsv, format=RESULTS.TSV).serialize(format=fmt)
    return (_truncation_note(body, fmt, max_rows) if truncated else body), truncated


def _serialise_triples(triples, fmt, max_rows: int) -> tuple[bytes, bool]:
    if not max_rows:
        return ox.serialize(triples, format=fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TURTLE else None), False
    sink = _LineSink(max_rows)
    try:
        ox.serialize(triples, sink, format=ox.RdfFormat.N_TRIPLES)
    except _Full:
        pass
    nt, truncated = sink.head()
    if fmt == ox.RdfFormat.N_TRIPLES:
        return nt, truncated
    parsed = ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(parsed, format=fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TURTLE else None), truncated


def held_to_limits(answer: Answer, max_rows: int, out=None) -> Answer:
    """An answer another engine serialised (a remote store's), held to what this server promises
    of its own: at most `max_rows` rows or triples, flagged when cut, and CSV cells no spreadsheet
    evaluates. `out`: the format to answer in, if not the answer's own (CSV from TSV results). An
    answer that cannot be read back (an unknown format) goes out as it came."""
    if answer.status != 200:
        return answer
    try:
        fmt = _format(answer.content_type.split(";")[0].strip())
    except ValueError:
        return answer
    out = out or fmt
    if not max_rows and out == fmt != RESULTS.CSV:
        return answer
    try:
        if fmt == RESULTS.CSV:
            body, truncated = _held_csv(answer.body, max_rows)
        elif fmt in (RESULTS.JSON, RESULTS.XML, RESULTS.TSV):
            parsed = ox.parse_query_results(answer.body, format=fmt)
            if isinstance(parsed, ox.QueryBoolean):
                return answer
            body, truncated = _serialise_solutions(parsed, out, max_rows)
        else:
            body, truncated = _serialise_triples(ox.parse(answer.body, format=fmt), fmt, max_rows)
    except (SyntaxError, ValueError, UnicodeDecodeError):
        return answer
    ctype = answer.content_type if out == fmt else content_type(out)
    return Answer(answer.status, ctype, body, truncated, headers=answer.headers)


def _held_csv(body: bytes, max_rows: int) -> tuple[bytes, bool]:
    """SPARQL CSV (which has no term types) capped and neutralised cell by cell: a cell that reads
    as a number stays as it is, any other text starting like a formula gets its apostrophe."""
    rows = csv.reader(io.StringIO(body.decode("utf-8"), newline=""))
    out = io.StringIO()
    w = SafeWriter(out)
    truncated = False
    for i, row in enumerate(rows):
        if max_rows and i > max_rows:
            truncated = True
            break
        w.writerow([Number(c) if i and _NUMBER.fullmatch(c) else c for c in row])
    return out.getvalue().encode("utf-8"), truncated


_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def evaluate(store: ox.Store, job: Job) -> Answer:
    """Run one read job against a pyoxigraph store and serialise the answer."""
    if job.kind == "graph":
        return _get_graph(store, job)
    kwargs = {}
    if job.default_graphs or job.named_graphs:
        # The protocol dataset replaces the query's own (FROM / FROM NAMED).
        kwargs["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
        if job.named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    if job.bindings:
        kwargs["substitutions"] = {ox.Variable(k): v for k, v in job.bindings.items()}
    started = time.perf_counter()
    try:
        result = store.query(job.text, base_iri=job.base_iri, prefixes=PREFIXES, **kwargs)
        form = _form_of(result)
        if job.terms:
            fmt = TERMS_FORMATS[form]
        elif job.media_type:
            fmt = _format(job.media_type)
        else:
            fmt = negotiate(form, job.accept, job.format_param)
        if form == "ask":
            return Answer(200, content_type(fmt), result.serialize(format=fmt))
        if form == "select":
            body, truncated = _serialise_solutions(result, fmt, job.max_rows)
        else:
            body, truncated = _serialise_triples(result, fmt, job.max_rows)
        # How long the engine took (evaluation and serialisation), for the Server-Timing header.
        timing = {"Server-Timing": f"engine;dur={(time.perf_counter() - started) * 1000:.1f}"}
        return Answer(200, content_type(fmt), body, truncated, headers=timing)
    except SyntaxError as e:
        return Answer.text(400, explain(job.text, str(e)))
    except ProtocolError as e:
        return Answer.text(e.status, e.message)
    except (TypeError, ValueError) as e:
        return Answer.text(400, f"cannot answer this query: {e}")
    except RuntimeError as e:
        if job.bindings and "projection" in str(e):
            # A bound variable the query does not project: the query's fault, not the store's.
            return Answer.text(400, f"cannot bind a parameter: {unprojected(e)}")
        return Answer.text(500, f"store error: {e}")
    except OSError as e:
        return Answer.text(500, f"store error: {e}")


def unprojected(e: Exception) -> str:
    """pyoxigraph's refusal to substitute a variable the SELECT does not project, in words."""
    m = re.search(r"variable (\?\w+)", str(e))
    name = m.group(1) if m else "a variable"
    return (f"the query does not select {name}; a parameter is bound only to a variable the query "
            f"lists after SELECT ({e})")


def _get_graph(store: ox.Store, job: Job) -> Answer:
    fmt = _format(job.media_type)
    if job.graph is None:
        quads = store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    else:
        g = ox.NamedNode(job.graph)
        if not store.contains_named_graph(g):
            return Answer.text(404, f"no graph <{job.graph}> in this store")
        quads = store.quads_for_pattern(None, None, None, g)
    triples = (q.triple for q in quads)
    body = ox.serialize(triples, format=fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TURTLE else None)
    return Answer(200, content_type(fmt), body)
