"""SPARQL syntax errors a person can act on: where in their own query, near what, and which
prefix is not declared, instead of the parser's list of Unicode ranges.

The position is the one in the text the client sent: predeclared prefixes are given to the
engine separately (never prepended), so lines and columns are the user's own.
"""

from __future__ import annotations

import re

from sdkg.ontology import PREFIXES

_POSITION = re.compile(r"error at (\d+):(\d+)")
_EXPECTED = re.compile(r"expected (?:one of )?(.*)", re.S)
_PNAME = re.compile(r"(?<![\w<#/:?$\"'])([A-Za-z][\w.-]*)?:(?=[\w%\\]|\s|$)")
_DECLARED = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:", re.I)


def _readable_expected(raw: str) -> str:
    """The parser's alternatives without its character classes; '' when nothing readable is left."""
    names = [m for m in re.findall(r'"([^"]+)"', raw) if m.strip()]
    words = [w for w in re.findall(r"\b([A-Z][A-Z_]{2,})\b", raw)]
    seen = list(dict.fromkeys(names + words))
    return ", ".join(f"'{x}'" for x in seen[:12])


def unknown_prefixes(query: str) -> list[str]:
    """Prefixed names used in the query whose prefix is neither declared in it nor predeclared."""
    text = re.sub(r"<[^<>\s]*>|\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|#[^\n]*", " ", query)
    declared = {p or "" for p in _DECLARED.findall(text)} | set(PREFIXES)
    used = []
    for m in _PNAME.finditer(text):
        p = m.group(1) or ""
        if p not in declared and p not in used and not p.isdigit():
            used.append(p)
    return used


def explain(query: str, message: str) -> str:
    """A short message for a syntax error the engine reported as `message` for `query`."""
    m = _POSITION.search(message)
    parts = []
    if m:
        line, col = int(m.group(1)), int(m.group(2))
        lines = query.splitlines() or [""]
        text = lines[line - 1] if 0 < line <= len(lines) else ""
        near = text[max(0, col - 1):col + 19].strip()
        parts.append(f"SPARQL syntax error at line {line}, column {col}" + (f", near '{near}'" if near else ""))
    else:
        parts.append("SPARQL syntax error")
    unknown = unknown_prefixes(query)
    if unknown:
        parts.append("unknown prefix " + ", ".join(f"'{p}:'" for p in unknown)
                     + " (declare it: PREFIX " + f"{unknown[0]}: <...>)")
    elif "Prefix not found" in message:
        parts.append("unknown prefix")
    e = _EXPECTED.search(message)
    expected = _readable_expected(e.group(1)) if e else ""
    if expected and not unknown:
        parts.append("expected " + expected)
    out = "; ".join(parts)
    if m is None and not unknown:
        out += ": " + message.splitlines()[0][:200]
    return out


_LINE = re.compile(r"(error at |line |Line |\bat )(\d+)(?=[:,\s])")


def from_remote(query: str, message: str, shift: int) -> str:
    """A remote store's syntax error for `query` sent with `shift` lines of prefixes before it:
    its line numbers moved back into the user's text, and told as `explain` tells ours."""
    def back(m: re.Match) -> str:
        n = int(m.group(2))
        return m.group(1) + str(n - shift if n > shift else n)

    moved = _LINE.sub(back, message)
    if _POSITION.search(moved):  # Oxigraph's own wording: say it as the embedded store does
        return explain(query, moved)
    unknown = unknown_prefixes(query)
    return moved.strip() + (f"; unknown prefix {', '.join(repr(p + ':') for p in unknown)}" if unknown else "")
