"""Stage 1 and 2 of the flow: report files -> Document -> Extraction (plain dataclasses, no RDF)."""

from loaders.errors import LoaderError, SkippedInput
from loaders.model import Document, Extraction

__all__ = ["Document", "Extraction", "LoaderError", "SkippedInput", "load"]


def load(path, overrides: dict | None = None) -> Extraction:
    """Read, infer metadata and extract one report. Raises LoaderError naming the file."""
    from loaders.extract import extract
    from loaders.metadata import infer_meta
    from loaders.read import read_document

    doc = read_document(path)
    meta = infer_meta(doc, overrides or {})
    return extract(doc, meta)
