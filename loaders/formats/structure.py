"""Sections from headings: which heading path (programme > paragraph > ...) each stretch of text stands under."""

from __future__ import annotations

from sdkg.loaders.model import Block, Section


def sections_from_headings(text: str, headings: list[tuple[int, int, int]]) -> list[Section]:
    """`headings`: (start, end, level) in text order, level 1 outermost. Each section runs from its
    heading to the next heading; its path is the chain of open headings (a deeper level nests)."""
    out: list[Section] = []
    stack: list[tuple[int, str]] = []  # (level, title)
    for i, (start, end, level) in enumerate(headings):
        title = " ".join(text[start:end].split())
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, title))
        stop = headings[i + 1][0] if i + 1 < len(headings) else len(text)
        if stop > start:
            out.append(Section(start, stop, tuple(t for _lv, t in stack)))
    return out


def sections_from_blocks(text: str, blocks: list[Block]) -> list[Section]:
    return sections_from_headings(text, [(b.start, b.end, b.level or 1) for b in blocks if b.kind == "heading"])
