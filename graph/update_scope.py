"""Which graphs a SPARQL Update writes, read from its text without running it.

The store keeps its default graph the merge of the model and every named graph (graph/store.py). A
SPARQL Update sent by a user through `/sparql` (`Store.update`) keeps it so by running, in the same
request, the merge's removal of the graphs it writes before it and their addition after it. This
module says which graphs those are: the graphs its templates (`INSERT DATA`, `DELETE DATA`,
`DELETE WHERE`, the `DELETE {...} INSERT {...}` of a modify operation, under `WITH`) and its graph
management operations (`LOAD ... INTO`, `CLEAR`, `DROP`, `ADD`, `MOVE`, `COPY`) name. Where it cannot
say (a template's `GRAPH ?g`, `DROP NAMED`, a prefixed name it cannot expand) the answer is every
named graph. Graphs a `WHERE` pattern only reads are not written. It also says whether the update
deletes from the default graph itself, after which the triples named graphs still state are put back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urljoin

from sdkg.sparql.protocol import tokens

ALL = None  # Scope.graphs: every named graph


@dataclass
class Scope:
    graphs: set[str] | None = field(default_factory=set)  # the named graphs written; None: all of them
    deletes_default: bool = False  # removes triples from the default graph itself

    def add(self, graph: str | None) -> None:
        if self.graphs is not None:
            if graph is None:
                self.graphs = ALL
            else:
                self.graphs.add(graph)


def update_scope(text: str) -> Scope:
    toks = [(k, v, d) for k, v, _, d in tokens(text)]
    prefixes: dict[str, str] = {}
    base = ""
    scope = Scope()
    i, n = 0, len(toks)

    def word(j: int) -> str:
        return toks[j][1].upper() if j < n and toks[j][0] == "word" else ""

    def term(j: int) -> tuple[str | None, int]:
        """The graph term at j: (IRI, or None for a variable or a name it cannot expand; next index)."""
        if j >= n:
            return None, j
        kind, value, _ = toks[j]
        if kind == "iri":
            return urljoin(base, value[1:-1]) if base else value[1:-1], j + 1
        if value in ("?", "$"):
            return None, j + 2
        if kind == "word" and j + 2 < n and toks[j + 1][1] == ":" and toks[j + 2][0] == "word":
            return (prefixes[value] + toks[j + 2][1] if value in prefixes else None), j + 3
        if value == ":" and j + 1 < n and toks[j + 1][0] == "word":
            return (prefixes[""] + toks[j + 1][1] if "" in prefixes else None), j + 2
        if kind == "word" and j + 1 < n and toks[j + 1][1] == ":":  # a name with an empty local part
            return (prefixes.get(value)), j + 2
        return None, j + 1

    def template(j: int, default: str | None, deleting: bool) -> int:
        """Read the template group opening at j; return the index after it."""
        depth = toks[j][2]
        j += 1
        while j < n and not (toks[j][0] == "close" and toks[j][2] == depth):
            kind, value, d = toks[j]
            if d == depth + 1 and kind == "word" and value.upper() == "GRAPH":
                graph, j = term(j + 1)
                scope.add(graph)
                continue
            if d == depth + 1 and kind not in ("open", "close") and value != ".":
                # a triple outside GRAPH: the default graph, or WITH's graph
                if default is not None:
                    scope.add(default)
                elif deleting:
                    scope.deletes_default = True
            j += 1
        return j + 1

    with_graph: str | None = None
    while i < n:
        w = word(i)
        kind, value, depth = toks[i]
        if depth != 0:
            i += 1
            continue
        if w == "PREFIX":
            j = i + 1
            name = ""
            if toks[j][0] == "word":
                name, j = toks[j][1], j + 1
            if j + 1 < n and toks[j][1] == ":" and toks[j + 1][0] == "iri":
                prefixes[name] = toks[j + 1][1][1:-1]
            i = j + 2
            continue
        if w == "BASE" and i + 1 < n and toks[i + 1][0] == "iri":
            base = urljoin(base, toks[i + 1][1][1:-1]) if base else toks[i + 1][1][1:-1]
            i += 2
            continue
        if kind == "semi":
            with_graph = None
            i += 1
            continue
        if w == "WITH":
            with_graph, i = term(i + 1)
            if with_graph is None:
                scope.graphs = ALL
            continue
        if w in ("INSERT", "DELETE"):
            deleting = w == "DELETE"
            j = i + 1
            if word(j) in ("DATA", "WHERE"):
                j += 1
            if j < n and toks[j][0] == "open":
                i = template(j, with_graph, deleting)
                continue
            i = j
            continue
        if w == "WHERE" or w == "USING":
            i = _skip_group(toks, i) if w == "WHERE" else i + 1
            continue
        if w == "LOAD":
            j = i + 1 + (word(i + 1) == "SILENT")
            _, j = term(j)  # the source document
            if word(j) == "INTO" and word(j + 1) == "GRAPH":
                graph, j = term(j + 2)
                scope.add(graph)
            i = j
            continue
        if w in ("CLEAR", "DROP"):
            j = i + 1 + (word(i + 1) == "SILENT")
            target = word(j)
            if target == "GRAPH":
                graph, j = term(j + 1)
                scope.add(graph)
            else:
                j += 1
                if target in ("NAMED", "ALL"):
                    scope.graphs = ALL
                if target in ("DEFAULT", "ALL"):
                    scope.deletes_default = True
            i = j
            continue
        if w in ("ADD", "MOVE", "COPY"):
            j = i + 1 + (word(i + 1) == "SILENT")
            from_default = word(j) == "DEFAULT"
            source, j = (None, j + 1) if from_default else term(j + (word(j) == "GRAPH"))
            if w == "MOVE":  # the source is dropped
                if from_default:
                    scope.deletes_default = True
                else:
                    scope.add(source)
            if word(j) == "TO":
                j += 1
                if word(j) == "DEFAULT":
                    j += 1
                    if w != "ADD":
                        scope.deletes_default = True  # MOVE and COPY clear the target first
                else:
                    target, j = term(j + (word(j) == "GRAPH"))
                    scope.add(target)
            i = j
            continue
        i += 1
    return scope


def _skip_group(toks: list, i: int) -> int:
    """From a keyword at i, the index after the brace group that follows it."""
    j = i + 1
    while j < len(toks) and toks[j][0] != "open":
        j += 1
    if j >= len(toks):
        return j
    depth = toks[j][2]
    j += 1
    while j < len(toks) and not (toks[j][0] == "close" and toks[j][2] == depth):
        j += 1
    return j + 1


def split_prologue(text: str) -> tuple[str, str]:
    """(its PREFIX and BASE declarations, the operations): the declarations stand first in a request
    (Oxigraph reads no prologue after a ';')."""
    toks = tokens(text)
    i = 0
    while i < len(toks) and toks[i][0] == "word" and toks[i][1].upper() in ("PREFIX", "BASE"):
        j = i + 1
        while j < len(toks) and toks[j][0] != "iri":
            j += 1
        i = j + 1
    if i >= len(toks):
        return text, ""
    return text[:toks[i][2]], text[toks[i][2]:]
