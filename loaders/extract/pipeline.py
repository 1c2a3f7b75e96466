"""Extraction as declared steps: candidates -> named filters -> typing -> merge.

In the manner of spaCy's SpanRuler, a step matches or annotates and says what it adds. A candidate step
yields `Cand`s (a surface, its span, a confidence, maybe a kind); a filter is a named predicate that drops a
candidate and is recorded under its name; typing sets the kind; the merge step folds candidates into
items. `Trace` keeps what every step did, so `sdkg eval --by-step` can say where a gold item was lost:
never a candidate, dropped by which filter, typed as something else, or merged into another item.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

# A tab or three spaces or more: the gap between a table's columns, which no name spans ("Voedselbank X      Huur").
COLUMN_GAP = re.compile(r"\t|[ \u00a0]{3,}")


@dataclass
class Cand:
    name: str
    start: int
    end: int
    conf: float
    kind: str | None = None
    aliases: list[str] = field(default_factory=list)
    step: str = ""  # the candidate step that proposed it
    dropped_by: str | None = None  # a check inside the candidate step (named like a filter)
    filters: tuple[str, ...] = ()  # the named filters this candidate must pass
    at: int = -1  # where the filters look (the name's start, when the span also holds a legal form)


@dataclass(frozen=True)
class Step:
    name: str
    stage: str  # "candidates" | "filter" | "typing" | "merge"
    adds: str  # what the step contributes, in words
    fn: Callable


@dataclass
class Trace:
    """What each step did to each candidate: (stage, step, surface, start, verdict)."""

    events: list[tuple[str, str, str, int, str]] = field(default_factory=list)

    def add(self, stage: str, step: str, name: str, start: int, verdict: str) -> None:
        self.events.append((stage, step, name, start, verdict))


def run_candidates(steps: Iterable[Step], ctx, filters: dict[str, Step], trace: Trace | None,
                   adjust: Callable[[Cand], None] | None = None) -> list[Cand]:
    """Every candidate step in order; a candidate survives when no check and no filter of its own drops it.
    `adjust`: a change every candidate gets before its filters (the span of a name the steps' patterns cut)."""
    kept: list[Cand] = []
    for st in steps:
        for c in st.fn(ctx):
            c.step = st.name
            _cut_at_column_gap(c)
            if adjust is not None and c.dropped_by is None:
                adjust(c)
            if c.dropped_by is None:
                for fname in c.filters:
                    if filters[fname].fn(ctx, c):
                        c.dropped_by = fname
                        break
            if trace is not None:
                trace.add("candidates", st.name, c.name, c.start,
                          f"dropped by {c.dropped_by}" if c.dropped_by else "kept")
            if c.dropped_by is None:
                kept.append(c)
    return kept


def _cut_at_column_gap(c: Cand) -> None:
    """A candidate read across a column gap keeps what stands before it, and its span ends there too (a name that
    holds a gap is the text itself, from where the filters look: `at`); one that opens with a gap is dropped."""
    gap = COLUMN_GAP.search(c.name)
    if gap is None:
        return
    c.name = c.name[:gap.start()].rstrip()
    if not c.name:
        c.dropped_by = c.dropped_by or "column_gap"
    c.end = min(c.end, c.at + len(c.name))


def describe(steps: Iterable[Step]) -> str:
    return "\n".join(f"{s.stage:<11}{s.name:<22}{s.adds}" for s in steps)
