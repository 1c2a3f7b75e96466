"""Ingest report files into a store: read + extract in worker processes, build + write here.

Each report is written as one named graph in one step, so the store only ever holds whole
reports. A file whose content is already stored is skipped (same hash -> same graph IRI), and
a changed file replaces only the graph of the same source key (municipality + file name).
"""

from __future__ import annotations

import csv
import gc
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from sdkg.graph import rq
from sdkg.graph.build import A, build_quads, source_key
from sdkg.graph.iris import Minter
from sdkg.graph.store import Store
from sdkg.graph.workers import READER_GC_THRESHOLD, ReaderPool, extract_file, warm_up
from sdkg.loaders.errors import LoaderError, SkippedInput
from sdkg.loaders.limits import DEFAULT_LIMITS, Limits
from sdkg.loaders.model import Extraction
from sdkg.loaders.read import file_sha256, safe_name


@dataclass
class IngestResult:
    path: str
    status: str  # added | replaced | unchanged | failed | skipped
    reason: str = ""
    triples: int = 0
    entities: int = 0
    graph: str | None = None
    municipality: str | None = None
    year: int | None = None
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0  # reading and extracting it, in its reader process

    @property
    def ok(self) -> bool:
        return self.status in ("added", "replaced", "unchanged")


@dataclass
class IngestSummary:
    results: list[IngestResult]

    def count(self, *statuses: str) -> int:
        return sum(r.status in statuses for r in self.results)

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.results)


def load_manifest(path: str | os.PathLike) -> dict[str, dict]:
    """File name -> metadata overrides, from CSV (file,municipality,year,type,url) or JSON."""
    p = Path(path)
    try:
        if p.suffix.lower() == ".json":
            data = json.loads(p.read_text(encoding="utf-8"))
            rows = data if isinstance(data, list) else [{"file": k, **v} for k, v in data.items()]
        else:
            with p.open(encoding="utf-8", newline="") as fh:
                rows = list(csv.DictReader(fh))
    except (OSError, ValueError) as e:
        raise LoaderError(str(p), f"cannot read manifest: {e}") from e
    out = {}
    for row in rows:
        name = (row.get("file") or "").strip()
        if not name:
            raise LoaderError(str(p), f"manifest row without 'file': {row}")
        out[Path(name).name] = {k: v for k, v in row.items() if k != "file" and v not in (None, "")}
    return out




def _stale_graphs(store: Store, key: str, keep: ox.NamedNode) -> list[ox.NamedNode]:
    rows = store.select(rq.text("ingest-stale-graphs"),
                        {"key": ox.Literal(key)}).rows
    return [g for g, _ in rows if g != keep]


def _older_versions(store: Store) -> dict[str, list[ox.NamedNode]]:
    """Report graph -> the other graphs with its source key: what a replacement cut off before
    it dropped the old version leaves behind (backends without multi-graph transactions)."""
    by_key: dict[str, list[ox.NamedNode]] = {}
    for g, key in store.select("SELECT DISTINCT ?g ?key WHERE { GRAPH ?g { ?r sdkg:sourceKey ?key } }").rows:
        by_key.setdefault(key.value, []).append(g)
    return {g.value: [o for o in gs if o != g] for gs in by_key.values() if len(gs) > 1 for g in gs}


def ingest(store: Store, paths: Iterable[str | os.PathLike], *, overrides: dict | None = None,
           manifest: dict[str, dict] | None = None, minter: Minter | None = None, workers: int | None = None,
           limits: Limits = DEFAULT_LIMITS,
           on_result: Callable[[IngestResult], None] | None = None) -> IngestSummary:
    """Ingest files (already expanded from folders). Never raises for a bad file: see results.

    Each file is read and extracted in a reader process (graph/workers.py) under `limits`;
    `workers` reader processes run side by side (default: one per core). Readers start from a fork server (a
    fresh process), so a script that calls this needs the usual `if __name__ == "__main__":` guard."""
    minter = minter or Minter()
    files = [str(p) for p in paths]
    results: list[IngestResult] = []
    outcome: dict[str, IngestResult] = {}  # each file given -> its result

    def report(r: IngestResult) -> None:
        outcome[r.path] = r
        r.path = safe_name(r.path)
        results.append(r)
        if on_result:
            on_result(r)

    # The model, and report graphs not yet merged into the default graph (a store of an older
    # layout, a bulk load): nothing is written when both are there.
    store.ensure_model()
    # Files whose exact content is already stored need no extraction at all. The file's kind and
    # size are checked before it is hashed: a FIFO or a device is refused here, unread.
    todo = []
    older: dict[str, list[ox.NamedNode]] | None = None
    first_of: dict[str, str] = {}  # graph -> the file of this run that holds its content
    copies: list[tuple[str, str]] = []  # (a copy, the file it repeats)
    for path in files:
        try:
            graph = minter.report_graph(file_sha256(path, limits))
        except LoaderError as e:
            report(IngestResult(path, "failed", reason=e.reason))
            continue
        if graph.value in first_of:
            copies.append((path, first_of[graph.value]))  # the same bytes under another name: read once
            continue
        first_of[graph.value] = path
        if not store.has_graph(graph):
            todo.append(path)
            continue
        older = _older_versions(store) if older is None else older
        if older.get(graph.value):  # a replacement an earlier run did not finish: finish it
            for g in older.pop(graph.value):
                store.drop_graph(g)
            report(IngestResult(path, "replaced", graph=graph.value,
                                warnings=["an older version left by an interrupted run was removed"]))
        else:
            report(IngestResult(path, "unchanged", graph=graph.value))
    if not todo:
        _report_copies(copies, outcome, report)
        return IngestSummary(results)

    jobs = [(p, {**(manifest or {}).get(Path(p).name, {}), **(overrides or {})}) for p in todo]
    workers = workers if workers is not None else min(len(jobs), os.cpu_count() or 1)
    # Unpickling a report's extraction and building its quads make a few hundred thousand objects that reference
    # counting frees: the writing process collects cyclic garbage as seldom as the readers do while it writes.
    thresholds = gc.get_threshold()
    gc.set_threshold(*READER_GC_THRESHOLD)
    try:
        with ReaderPool(workers, extract_file, limits, warm=warm_up) as pool:
            for i, ex, seconds in pool.map(jobs):
                path = jobs[i][0]
                if isinstance(ex, SkippedInput):
                    result = IngestResult(path, "skipped", reason=ex.reason)
                elif isinstance(ex, LoaderError):
                    result = IngestResult(path, "failed", reason=ex.reason)
                else:
                    result = _write(store, ex, path, minter)
                result.seconds = seconds
                report(result)
    finally:
        gc.set_threshold(*thresholds)
    _report_copies(copies, outcome, report)
    return IngestSummary(results)


def _report_copies(copies: list[tuple[str, str]], outcome: dict[str, IngestResult],
                   report: Callable[[IngestResult], None]) -> None:
    """A copy's result is the file's it repeats: failed or skipped for the same reason, else unchanged (its report is
    stored), each naming that file."""
    for path, first in copies:
        r = outcome[first]
        same = f"the same content as {safe_name(first)}"
        if r.status in ("failed", "skipped"):
            report(IngestResult(path, r.status, reason=f"{r.reason} ({same})"))
        else:
            report(IngestResult(path, "unchanged", graph=r.graph, warnings=[same]))


def _write(store: Store, ex: Extraction, path: str, minter: Minter) -> IngestResult:
    graph = minter.report_graph(ex.document.sha256)
    try:
        quads = build_quads(ex, minter)
        stale = _stale_graphs(store, source_key(ex), graph)
        store.replace_graph(graph, quads, stale)  # the new version and the old ones' removal, at once
    except Exception as e:  # noqa: BLE001 - report the file, keep going
        return IngestResult(path, "failed", reason=f"cannot store: {e}")
    typed = {q.subject for q in quads if q.predicate == A}  # (terms compared, no strings made per quad)
    entities = sum("/id/rapport/" not in s.value for s in typed)
    muni = ex.meta.municipality
    return IngestResult(path, "replaced" if stale else "added", triples=len(quads), entities=entities,
                        graph=graph.value, municipality=muni.name if muni else None, year=ex.meta.year,
                        warnings=list(ex.meta.warnings))
