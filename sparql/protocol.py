"""SPARQL 1.1 Protocol: what a request asks for, which format answers it, and the errors.

Framework-free: the web layer hands in method, content type, query-string and form pairs and the
body; this module says which operation it is (query or update, with its protocol dataset) or
raises ProtocolError with the HTTP status and a message for the client.
"""

from __future__ import annotations

import codecs
import re
import urllib.parse
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox

RESULTS = ox.QueryResultsFormat
RDF = ox.RdfFormat

# Server preference order: the first is the default when the client has no preference.
RESULT_FORMATS = [RESULTS.JSON, RESULTS.XML, RESULTS.CSV, RESULTS.TSV]
BOOLEAN_FORMATS = [RESULTS.JSON, RESULTS.XML]
GRAPH_FORMATS = [RDF.TURTLE, RDF.N_TRIPLES, RDF.RDF_XML, RDF.JSON_LD, RDF.TRIG, RDF.N_QUADS]

# Media types clients commonly send for the same formats (SPARQLWrapper, browsers, rdflib).
ALIASES = {
    "application/json": RESULTS.JSON,
    "application/xml": RESULTS.XML,
    "text/xml": RESULTS.XML,
    "text/plain": RDF.N_TRIPLES,
    "application/x-turtle": RDF.TURTLE,
    "application/turtle": RDF.TURTLE,
    "text/n3": RDF.TURTLE,  # Turtle is valid N3
    "text/rdf+n3": RDF.TURTLE,
    "application/json+ld": RDF.JSON_LD,
    "application/x-trig": RDF.TRIG,
}

# `format=` shortcuts (a full media type works too).
FORMAT_NAMES = {
    "json": RESULTS.JSON, "srj": RESULTS.JSON, "xml": RESULTS.XML, "srx": RESULTS.XML,
    "csv": RESULTS.CSV, "tsv": RESULTS.TSV,
    "turtle": RDF.TURTLE, "ttl": RDF.TURTLE, "nt": RDF.N_TRIPLES, "ntriples": RDF.N_TRIPLES,
    "n-triples": RDF.N_TRIPLES, "rdfxml": RDF.RDF_XML, "rdf": RDF.RDF_XML, "rdf+xml": RDF.RDF_XML,
    "jsonld": RDF.JSON_LD, "json-ld": RDF.JSON_LD, "trig": RDF.TRIG, "nq": RDF.N_QUADS,
    "nquads": RDF.N_QUADS, "n-quads": RDF.N_QUADS, "n3": RDF.TURTLE,
}

# What clients (SPARQLWrapper) mean by a results-format name when the answer is a graph.
GRAPH_NAMES = {"xml": RDF.RDF_XML, "srx": RDF.RDF_XML, "json": RDF.JSON_LD, "n3": RDF.TURTLE}

QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"
FORM_TYPE = "application/x-www-form-urlencoded"


class ProtocolError(Exception):
    """A request the protocol refuses; `status` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


@dataclass
class Operation:
    kind: str  # "query" | "update" | "describe-service"
    text: str = ""
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)

    @property
    def has_dataset(self) -> bool:
        return bool(self.default_graphs or self.named_graphs)


def _one(pairs: list[tuple[str, str]], name: str) -> str | None:
    values = [v for k, v in pairs if k == name]
    if len(values) > 1:
        raise ProtocolError(400, f"more than one '{name}' parameter: send exactly one")
    return values[0] if values else None


def _all(pairs: list[tuple[str, str]], name: str) -> list[str]:
    return [v for k, v in pairs if k == name]


def _decode_body(body: bytes, charset: str | None, what: str) -> str:
    if charset and charset.lower().replace("-", "") != "utf8":
        raise ProtocolError(415, f"{what} must be UTF-8 encoded, got charset={charset}")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ProtocolError(400, f"{what} is not valid UTF-8: {e}") from e


def query_pairs(raw: bytes, errors: str = "replace") -> list[tuple[str, str]]:
    """The name/value pairs of a URL query string or a form-encoded body (`a=1&b=%20`), as
    `urllib.parse.parse_qsl(raw.decode(), keep_blank_values=True)` gives them, in C speed.

    parse_qsl decodes each %XX escape in a Python loop: 0.2-0.3 ms for a 2 kB query, a fifth of
    what the web tier spends on a cheap query. Here every `%` becomes a `\\x` escape (after
    doubling the backslashes already there) that `codecs.escape_decode` turns into its byte;
    anything that is not a valid escape (`%zz`, a lone `%`) falls back to parse_qsl. `errors`:
    what happens to bytes that are not UTF-8 (werkzeug keeps them percent-encoded).
    """
    out = []
    for part in raw.split(b"&"):
        if not part:
            continue
        name, _, value = part.partition(b"=")
        try:
            out.append((_unquote_plus(name, errors), _unquote_plus(value, errors)))
        except ValueError:  # not a valid escape: parse_qsl's lenient reading, pair by pair
            out.extend(urllib.parse.parse_qsl(part.decode("utf-8", "replace"), keep_blank_values=True,
                                              encoding="utf-8", errors=errors))
    return out


def _unquote_plus(b: bytes, errors: str) -> str:
    b = b.replace(b"+", b" ")
    if b"%" in b:
        b = codecs.escape_decode(b.replace(b"\\", b"\\\\").replace(b"%", b"\\x"))[0]
    return b.decode("utf-8", errors)


def parse_request(method: str, mimetype: str, charset: str | None, args: list[tuple[str, str]],
                  form: list[tuple[str, str]], body: bytes) -> Operation:
    """The operation a /sparql request asks for (SPARQL 1.1 Protocol sections 2.1 and 2.2)."""
    mimetype = (mimetype or "").lower()
    if method in ("GET", "HEAD"):
        if _all(args, "update"):
            raise ProtocolError(400, "updates must be sent with POST, not GET")
        text = _one(args, "query")
        if text is None:
            return Operation("describe-service")
        return Operation("query", text, _all(args, "default-graph-uri"), _all(args, "named-graph-uri"))
    if method != "POST":
        raise ProtocolError(405, f"{method} is not a SPARQL protocol method: use GET or POST",
                            {"Allow": "GET, POST, OPTIONS"})
    if mimetype == FORM_TYPE:
        pairs = args + form
        query, update = _one(form, "query"), _one(form, "update")
        if query is not None and update is not None:
            raise ProtocolError(400, "send either 'query' or 'update', not both")
        if query is not None:
            return Operation("query", query, _all(pairs, "default-graph-uri"), _all(pairs, "named-graph-uri"))
        if update is not None:
            return Operation("update", update, _all(pairs, "using-graph-uri"), _all(pairs, "using-named-graph-uri"))
        raise ProtocolError(400, "form-encoded POST without a 'query' or 'update' field")
    if mimetype == QUERY_TYPE:
        return Operation("query", _decode_body(body, charset, "the query"),
                         _all(args, "default-graph-uri"), _all(args, "named-graph-uri"))
    if mimetype == UPDATE_TYPE:
        return Operation("update", _decode_body(body, charset, "the update"),
                         _all(args, "using-graph-uri"), _all(args, "using-named-graph-uri"))
    if not mimetype:
        raise ProtocolError(400, f"POST needs a Content-Type: {FORM_TYPE}, {QUERY_TYPE} or {UPDATE_TYPE}")
    raise ProtocolError(415, f"unsupported Content-Type {mimetype}: use {FORM_TYPE}, {QUERY_TYPE} or {UPDATE_TYPE}")


# --- content negotiation -------------------------------------------------------------------------

def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges with their q-values, as given (order kept for ties)."""
    out = []
    for part in (header or "").split(","):
        items = [x.strip() for x in part.split(";")]
        if not items[0]:
            continue
        q = 1.0
        for param in items[1:]:
            k, _, v = param.partition("=")
            if k.strip().lower() == "q":
                try:
                    q = float(v)
                except ValueError:
                    q = 0.0
        out.append((items[0].lower(), q))
    return out


def _quality(media_type: str, ranges: list[tuple[str, float]]) -> float:
    """q of the most specific range that matches (exact > type/* > */*), 0 when none does."""
    main = media_type.split("/")[0]
    best, specificity = 0.0, -1
    for rng, q in ranges:
        if rng == media_type:
            s = 2
        elif rng == f"{main}/*":
            s = 1
        elif rng == "*/*":
            s = 0
        else:
            continue
        if s > specificity:
            best, specificity = q, s
    return best


def candidates(form: str) -> list:
    return {"select": RESULT_FORMATS, "ask": BOOLEAN_FORMATS + [RESULTS.CSV, RESULTS.TSV]}.get(form, GRAPH_FORMATS)


@lru_cache(maxsize=512)
def negotiate(form: str, accept: str | None, format_param: str | None = None):
    """The pyoxigraph format to answer a `form` (select|ask|construct|describe) query with.

    `format_param` (format=json, format=text/turtle, ...) overrides the Accept header. Clients
    send a handful of Accept headers, so answers are remembered (a refusal is not)."""
    options = candidates(form)
    if format_param:
        fmt = FORMAT_NAMES.get(format_param.lower()) or _by_media_type(format_param)
        if fmt is not None and fmt not in options and form in ("construct", "describe"):
            fmt = GRAPH_NAMES.get(format_param.lower(), fmt)  # format=xml / json asked of a graph
        if fmt is not None and fmt not in options:
            raise ProtocolError(406, f"format={format_param} cannot express a {form.upper()} result; "
                                     f"use one of {', '.join(mime(f) for f in options)}")
        return fmt
    ranges = parse_accept(accept)
    if not ranges:
        return options[0]
    scored = []
    for i, fmt in enumerate(options):
        q = _quality(mime(fmt), ranges)
        q = max([q] + [_quality(alias, ranges) for alias, f in ALIASES.items() if f == fmt and
                       any(r == alias for r, _ in ranges)])
        if q > 0:
            scored.append((-q, i, fmt))
    if not scored:
        raise ProtocolError(406, f"none of the accepted types ({accept}) can express a {form.upper()} "
                                 f"result; acceptable: {', '.join(mime(f) for f in options)}")
    return min(scored, key=lambda t: (t[0], t[1]))[2]


def _by_media_type(media_type: str):
    mt = media_type.split(";")[0].strip().lower()
    if mt in ALIASES:
        return ALIASES[mt]
    for fmt in RESULT_FORMATS + GRAPH_FORMATS:
        if mime(fmt) == mt:
            return fmt
    return None


def mime(fmt) -> str:
    """The bare media type (pyoxigraph adds '; charset=utf-8' to some)."""
    return fmt.media_type.split(";")[0]


def content_type(fmt) -> str:
    return f"{mime(fmt)}; charset=utf-8"


# --- reading the query text without parsing it fully -----------------------------------------------

# One lexical token of SPARQL, enough to find keywords outside IRIs, strings and comments.
_TOKEN = re.compile(r"""
    (?P<iri><[^<>"{}|^`\\\s]*>)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<comment>\#[^\n]*)
  | (?P<word>[A-Za-z_][A-Za-z0-9_-]*)
  | (?P<open>\{)
  | (?P<close>\})
  | (?P<semi>;)
  | (?P<other>\S)
""", re.VERBOSE | re.DOTALL)


def tokens(text: str) -> list[tuple[str, str, int, int]]:
    """(kind, value, start, brace depth) for each token; comments dropped."""
    out, depth = [], 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "comment":
            continue
        if kind == "close":
            depth = max(0, depth - 1)
        out.append((kind, m.group(), m.start(), depth))
        if kind == "open":
            depth += 1
    return out


_FORMS = {"SELECT": "select", "ASK": "ask", "CONSTRUCT": "construct", "DESCRIBE": "describe"}

# The first form keyword outside IRIs, strings and comments: one regular-expression scan that
# stops there (after the prologue), instead of the token list of the whole text. `form` is a
# keyword only as a word of its own, not a prefix name (`PREFIX ask: <...>`), a variable or a
# prefixed name's local part.
_FORM_KEYWORD = re.compile(r"""
    <[^<>"{}|^`\\\s]*>
  | '''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"
  | \#[^\n]*
  | (?<![\w?$:-])(?P<form>SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:-])
""", re.VERBOSE | re.DOTALL | re.IGNORECASE)


def query_form(text: str) -> str | None:
    """select | ask | construct | describe, from the first form keyword (None if there is none).
    Runs on every /sparql request, so it reads the text only up to that keyword."""
    for m in _FORM_KEYWORD.finditer(text):
        if m.group("form"):
            return _FORMS[m.group("form").upper()]
    return None


def has_dataset_clause(text: str) -> bool:
    """True when the query names its own dataset (FROM / FROM NAMED outside the WHERE)."""
    return any(kind == "word" and value.upper() == "FROM" and depth == 0 for kind, value, _, depth in tokens(text))


def apply_using(update: str, using: list[str], using_named: list[str]) -> str:
    """Give every DELETE/INSERT ... WHERE operation the protocol's using-graph-uri and
    using-named-graph-uri, as USING / USING NAMED clauses (SPARQL 1.1 Protocol 2.2.3)."""
    if not using and not using_named:
        return update
    toks = tokens(update)
    if any(k == "word" and v.upper() in ("USING", "WITH") and d == 0 for k, v, _, d in toks):
        raise ProtocolError(400, "the update names its dataset with USING/WITH and the request gives "
                                 "using-graph-uri/using-named-graph-uri: use one or the other")
    clause = "".join(f" USING <{_check_iri(g)}>" for g in using)
    clause += "".join(f" USING NAMED <{_check_iri(g)}>" for g in using_named)
    inserts, pending, previous = [], False, ""
    for kind, value, start, depth in toks:
        if depth != 0:
            continue
        word = value.upper() if kind == "word" else ""
        if kind == "semi":
            pending = False
        elif word in ("DELETE", "INSERT"):
            pending = True
        elif word == "DATA" and previous in ("DELETE", "INSERT"):
            pending = False
        elif word == "WHERE" and pending:
            if previous != "DELETE":  # DELETE WHERE {...} takes no USING
                inserts.append(start)
            pending = False
        previous = word
    for pos in reversed(inserts):
        update = update[:pos] + clause.strip() + " " + update[pos:]
    return update


def _check_iri(iri: str) -> str:
    if not re.fullmatch(r"[^<>\"{}|^`\\\s]+", iri):
        raise ProtocolError(400, f"not an IRI: {iri!r}")
    return iri


_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def service_targets(text: str, prefixes: dict[str, str] | None = None) -> list[str]:
    """The endpoints a query's SERVICE clauses call: full IRIs (prefixed names expanded with the
    query's PREFIX declarations and `prefixes`); a variable or an unresolvable name stays as
    written, so that no allow-list matches it."""
    text = _CODEPOINT.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
    toks = [(k, v) for k, v, _, _ in tokens(text)]
    declared = dict(prefixes or {})
    for i, (kind, value) in enumerate(toks):
        if kind == "word" and value.upper() == "PREFIX" and i + 3 < len(toks):
            # PREFIX name: <iri>   or   PREFIX : <iri>
            name, j = (toks[i + 1][1], i + 2) if toks[i + 1][0] == "word" else ("", i + 1)
            if toks[j] == ("other", ":") and toks[j + 1][0] == "iri":
                declared[name] = toks[j + 1][1][1:-1]
    targets = []
    for i, (kind, value) in enumerate(toks):
        if kind != "word" or value.upper() != "SERVICE":
            continue
        before = toks[i - 1][1] if i else ""
        after = toks[i + 1][1] if i + 1 < len(toks) else ""
        if before in ("?", "$", ":") or after == ":":
            continue  # a variable or a prefixed name that happens to read "service"
        j = i + 1
        if j < len(toks) and toks[j][0] == "word" and toks[j][1].upper() == "SILENT":
            j += 1
        rest = toks[j:j + 3]
        if rest and rest[0][0] == "iri":
            targets.append(rest[0][1][1:-1])
        elif len(rest) >= 3 and rest[0][0] == "word" and rest[1] == ("other", ":") and rest[2][0] == "word":
            targets.append(declared.get(rest[0][1], rest[0][1] + ":") + rest[2][1]
                           if rest[0][1] in declared else f"{rest[0][1]}:{rest[2][1]}")
        elif len(rest) >= 2 and rest[0] == ("other", ":") and rest[1][0] == "word":
            targets.append(declared.get("", ":") + rest[1][1] if "" in declared else ":" + rest[1][1])
        else:
            targets.append("".join(v for _, v in rest[:2]) or "?")
    return targets
