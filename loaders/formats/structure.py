"""Sections from headings: which heading path (programme > paragraph > ...) each stretch of text stands under."""

from __future__ import annotations

import re

from sdkg.loaders.model import Block, Section

_MULTIPLIER = re.compile(
    r"(?i)\bx\s*(€)?\s*(1\.000\.000|1\.000|1\s*miljoen|miljoen|1\s*mln\.?|mln\.?|duizend)\b"
)


def table_multiplier(scope: str) -> tuple[float, str | None]:
    """(multiplier, unit) a table's caption or header states: "(x € 1.000)" -> (1000.0, "EUR");
    "x 1 miljoen" -> (1e6, None); nothing said -> (1.0, None)."""
    m = _MULTIPLIER.search(scope)
    if not m:
        return 1.0, None
    g = m.group(2).lower().replace(" ", "")
    factor = 1e6 if ("miljoen" in g or "mln" in g or g == "1.000.000") else 1e3
    return factor, ("EUR" if m.group(1) or "€" in scope else None)


def sections_from_titles(entries: list[tuple[int, int, str]], length: int) -> list[Section]:
    """`entries`: (start, level, title) in text order, level 1 outermost. Each section runs from its
    entry to the next one; its path is the chain of open titles (a deeper level nests)."""
    out: list[Section] = []
    stack: list[tuple[int, str]] = []
    for i, (start, level, title) in enumerate(entries):
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, title))
        stop = entries[i + 1][0] if i + 1 < len(entries) else length
        if stop > start:
            out.append(Section(start, stop, tuple(t for _lv, t in stack)))
    return out


def sections_from_headings(text: str, headings: list[tuple[int, int, int]]) -> list[Section]:
    """`headings`: (start, end, level) of heading lines in `text`."""
    return sections_from_titles([(s, lv, " ".join(text[s:e].split())) for s, e, lv in headings], len(text))


def sections_from_blocks(text: str, blocks: list[Block]) -> list[Section]:
    return sections_from_headings(text, [(b.start, b.end, b.level or 1) for b in blocks if b.kind == "heading"])
