"""Whole-store dumps, written as a stream to a file: TriG / N-Quads / JSON-LD keep one named
graph per report; Turtle and N-Triples hold no graphs, so they carry the merged graph (the
distinct triples of all reports)."""

from __future__ import annotations

import gzip as gz
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from sdkg.graph.store import Store
from sdkg.ontology import PREFIXES

FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"


@dataclass(frozen=True)
class DumpFormat:
    name: str
    rdf: ox.RdfFormat
    media_type: str
    extension: str
    file_type: str  # EU file-type authority IRI, for the catalogue
    label: str

    @property
    def graphs(self) -> bool:
        return self.rdf.supports_datasets

    def file_name(self, gzip: bool = False, stem: str = "sdkg") -> str:
        return f"{stem}{self.extension}" + (".gz" if gzip else "")


FORMATS: dict[str, DumpFormat] = {f.name: f for f in (
    DumpFormat("trig", ox.RdfFormat.TRIG, "application/trig", ".trig", FILE_TYPE + "RDF_TRIG",
               "TriG, one named graph per report"),
    DumpFormat("nquads", ox.RdfFormat.N_QUADS, "application/n-quads", ".nq", FILE_TYPE + "RDF_N_QUADS",
               "N-Quads, one named graph per report"),
    DumpFormat("jsonld", ox.RdfFormat.JSON_LD, "application/ld+json", ".jsonld", FILE_TYPE + "JSON_LD",
               "JSON-LD, one named graph per report"),
    DumpFormat("turtle", ox.RdfFormat.TURTLE, "text/turtle", ".ttl", FILE_TYPE + "RDF_TURTLE",
               "Turtle, all reports merged into one graph"),
    DumpFormat("ntriples", ox.RdfFormat.N_TRIPLES, "application/n-triples", ".nt", FILE_TYPE + "RDF_N_TRIPLES",
               "N-Triples, all reports merged into one graph"),
)}


@dataclass
class DumpStats:
    format: str
    statements: int  # quads for dataset formats, distinct triples for graph formats
    graphs: int
    gzip: bool


def prefixes() -> dict[str, str]:
    """Namespace prefixes for Turtle/TriG (instance IRIs stay whole: their paths hold slashes)."""
    return dict(PREFIXES)


class _Counter:
    def __init__(self, items: Iterable):
        self.items, self.n = items, 0

    def __iter__(self) -> Iterator:
        for item in self.items:
            self.n += 1
            yield item


def _quads(store: Store, graphs: list[str], include_model: bool) -> Iterator[ox.Quad]:
    if include_model:
        yield from store.quads(ox.DefaultGraph())
    for g in graphs:
        yield from store.quads(ox.NamedNode(g))


def _merged_triples(store: Store) -> Iterable[ox.Triple]:
    """Distinct triples over all named graphs; a shared entity is described once."""
    return store.iter_construct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")


def write_dump(store: Store, fmt: str | DumpFormat, out: BinaryIO, *, gzip: bool = False,
               include_model: bool = False) -> DumpStats:
    """Serialise the whole store into `out` (binary); nothing is held as one big string."""
    f = fmt if isinstance(fmt, DumpFormat) else FORMATS[fmt]
    graphs = store.graphs()
    sink = gz.GzipFile(fileobj=out, mode="wb", mtime=0) if gzip else out
    try:
        items = _Counter(_quads(store, graphs, include_model) if f.graphs else _merged_triples(store))
        pfx = prefixes() if f.rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        ox.serialize(items, sink, f.rdf, prefixes=pfx)
    finally:
        if gzip:
            sink.close()
    return DumpStats(f.name, items.n, len(graphs) if f.graphs else 0, gzip)


def dump_to_path(store: Store, fmt: str | DumpFormat, path: str | os.PathLike, *, gzip: bool = False,
                 include_model: bool = False) -> DumpStats:
    """Write next to the target and rename, so readers never see half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as fh:
            stats = write_dump(store, fmt, fh, gzip=gzip, include_model=include_model)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return stats
