"""PDF: the text layer via pypdf, pages joined by blank lines, running headers/footers dropped.

pypdf is used rather than pdfplumber because it reads the text layer several times faster and
handles encryption itself; blocks are then found as in plain text.
"""

from __future__ import annotations

import io
import re
from collections import Counter

from sdkg.loaders.formats.text import segment
from sdkg.loaders.model import Block


class PdfProblem(ValueError):
    """A PDF we cannot read; the message is the reason shown to the user."""


_PAGE_NUMBER = re.compile(
    r"(?:(?:pagina|blz\.?|page|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:van|/|of)\s*\d{1,4})?",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_EDGE = 3  # lines at the top and bottom of a page where running headers and footers live


def read_pdf(data: bytes) -> tuple[str, list[Block], str | None]:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except (DependencyError, NotImplementedError) as exc:
                raise PdfProblem(f"encrypted PDF ({exc})") from exc
            if not opened:
                raise PdfProblem("encrypted PDF")
        pages = [_page_text(page) for page in reader.pages]
        title = _meta_title(reader)
    except PdfProblem:
        raise
    except FileNotDecryptedError as exc:
        raise PdfProblem("encrypted PDF") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, RecursionError) as exc:
        raise PdfProblem(f"not a readable PDF: {exc or type(exc).__name__}") from exc
    if not any(p.strip() for p in pages):
        raise PdfProblem("PDF has no text layer (scanned?)")
    pages = _drop_running_lines(pages)
    text = "\n\n".join(p for p in pages if p)
    return text, segment(text), title


def _page_text(page) -> str:
    raw = page.extract_text() or ""
    raw = _CONTROL.sub("", raw.translate(_LIGATURES)).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in raw.split("\n")).strip("\n")


def _meta_title(reader) -> str | None:
    try:
        title = (reader.metadata or {}).get("/Title")
    except Exception:  # broken info dictionaries are common and never fatal
        return None
    title = str(title).strip() if title else ""
    if not title or title.lower().startswith(("microsoft word", "untitled", "naamloos")) or title.endswith(
        (".doc", ".docx", ".pdf", ".indd")
    ):
        return None
    return title


def _drop_running_lines(pages: list[str]) -> list[str]:
    """Remove bare page numbers and lines repeated at the edge of most pages."""
    split = [p.split("\n") for p in pages]
    counts: Counter[str] = Counter()
    for lines in split:
        edge = {_key(x) for x in lines[:_EDGE] + lines[-_EDGE:] if x.strip()}
        counts.update(edge)
    threshold = max(3, (len(pages) + 1) // 2)
    running = {k for k, n in counts.items() if n >= threshold}
    out = []
    for lines in split:
        n = len(lines)
        kept = [
            line
            for i, line in enumerate(lines)
            if not ((i < _EDGE or i >= n - _EDGE) and (_key(line) in running or _PAGE_NUMBER.fullmatch(line.strip())))
        ]
        out.append("\n".join(kept).strip("\n"))
    return out


def _key(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split())).lower()
