"""Stage 1 and 2 of the flow: report files -> Document -> Extraction (plain dataclasses, no RDF)."""

from sdkg.loaders.errors import LoaderError, SkippedInput
from sdkg.loaders.model import Document, Extraction

__all__ = ["Document", "Extraction", "LoaderError", "SkippedInput", "load"]


def load(path, overrides: dict | None = None, *, limits=None, screen: bool = False) -> Extraction:
    """Read, infer metadata and extract one report. Raises LoaderError naming the file; with
    `screen`, SkippedInput for a file that is not a municipal report (loaders/screen.py)."""
    from sdkg.loaders.extract import extract
    from sdkg.loaders.limits import DEFAULT_LIMITS
    from sdkg.loaders.metadata import infer_meta
    from sdkg.loaders.read import read_document

    overrides = dict(overrides or {})
    doc = read_document(path, limits=limits or DEFAULT_LIMITS)
    if overrides.get("url"):  # where the report is published, from a manifest
        doc.source_url = overrides.pop("url")
    meta = infer_meta(doc, overrides)
    if screen:
        from sdkg.loaders.screen import not_a_report

        reason = not_a_report(doc, meta, given=overrides)
        if reason:
            raise SkippedInput(doc.source, reason)
    return extract(doc, meta)
