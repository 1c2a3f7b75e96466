"""Word .docx: paragraphs in body order; Heading/Kop styles become headings, tables rows of cells."""

from __future__ import annotations

import io
import re
import zipfile

from sdkg.loaders.formats.builder import TextBuilder, collapse
from sdkg.loaders.model import Block


class DocxProblem(ValueError):
    """A .docx we cannot read; the message is the reason shown to the user."""


_HEADING_STYLE = re.compile(r"(?:heading|kop)\s*(\d)", re.IGNORECASE)
_TITLE_STYLES = {"title", "titel"}
_LIST_STYLE = re.compile(r"list|lijst|opsomming", re.IGNORECASE)


MAX_PARTS = 10_000


def check_unpacked_size(data: bytes, max_unpacked_bytes: int) -> None:
    """Refuse a .docx whose parts decompress to more than `max_unpacked_bytes` (a zip bomb), before
    anything is decompressed. The sizes come from the zip's directory; zipfile stops reading a part
    at its declared size, so a part that lies about its size cannot exceed it either."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            parts = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise DocxProblem(f"not a readable .docx: it is not a valid zip package ({exc or type(exc).__name__})") from exc
    if not any(p.filename == "[Content_Types].xml" for p in parts):
        raise DocxProblem("not a readable .docx: a zip file, but not a Word document (it has no [Content_Types].xml)")
    if len(parts) > MAX_PARTS:
        raise DocxProblem(f"not a readable .docx: {len(parts):,} parts in its zip package (a .docx has dozens)")
    unpacked = sum(p.file_size for p in parts)
    if unpacked > max_unpacked_bytes:
        raise DocxProblem(f"the .docx would unpack to {unpacked / 1024 / 1024:,.0f} MB, over the "
                          f"{max_unpacked_bytes / 1024 / 1024:,.0f} MB limit (a zip bomb?)")


def read_docx(data: bytes, *, max_unpacked_bytes: int = 200 * 1024 * 1024) -> tuple[str, list[Block], str | None]:
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    check_unpacked_size(data, max_unpacked_bytes)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DocxProblem(f"not a readable .docx: {_plain(exc)}") from exc
    except Exception as exc:  # python-docx raises its own package errors for broken parts
        raise DocxProblem(f"not a readable .docx: {type(exc).__name__}: {_plain(exc)}") from exc

    out = TextBuilder()
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            _paragraph(out, Paragraph(child, document))
        elif child.tag == qn("w:tbl"):
            _table(out, Table(child, document))
    title = (document.core_properties.title or "").strip() or None
    return out.text(), out.blocks, title


def _plain(exc: BaseException) -> str:
    """The library's message without reprs of in-memory objects ('<_io.BytesIO object at 0x...>')."""
    text = re.sub(r"'?<[\w.]+ object at 0x[0-9a-f]+>'?", "the file", str(exc))
    return text or type(exc).__name__


def _paragraph(out: TextBuilder, par) -> None:
    text = par.text.replace("\t", " ")
    lines = [collapse(x) for x in text.split("\n")]
    text = "\n".join(x for x in lines if x)
    if not text:
        return
    style = (par.style.name if par.style is not None else "") or ""
    m = _HEADING_STYLE.match(style)
    if m:
        out.add("heading", text, int(m.group(1)) or 1)
    elif style.lower() in _TITLE_STYLES:
        out.add("heading", text, 1)
    elif _LIST_STYLE.search(style) or par._p.pPr is not None and par._p.pPr.numPr is not None:
        out.add("list", text, tight=True)
    else:
        out.add("paragraph", text)


def _table(out: TextBuilder, table) -> None:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is returned once per grid column it spans
                continue
            seen.add(id(cell._tc))
            cells.append(collapse(cell.text.replace("\n", " ")))
        if any(cells):
            rows.append(" | ".join(cells))
    if rows:
        out.add("table", "\n".join(rows))
