"""Stage 1: read a report file (.txt, .html/.htm, .pdf, .docx) into a Document.

The Document's text is what every later offset refers to; blocks mark its headings,
paragraphs, list items and tables. Unreadable input raises LoaderError with a reason for the
user; readable text that is not Dutch raises SkippedInput.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable
from pathlib import Path

from sdkg.loaders.errors import LoaderError, SkippedInput
from sdkg.loaders.model import Block, Document

MEDIA_TYPES = {
    ".txt": "text/plain",
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
SUPPORTED_EXTENSIONS = tuple(MEDIA_TYPES)
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_MB = 1024 * 1024


def read_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one report. Raises LoaderError (unreadable) or SkippedInput (not Dutch)."""
    p = Path(path)
    source = str(path)
    suffix = p.suffix.lower()
    if suffix not in MEDIA_TYPES:
        shown = p.suffix or "(none)"
        raise LoaderError(source, f"unsupported file type '{shown}' (supported: {', '.join(SUPPORTED_EXTENSIONS)})")
    data = _read_bytes(p, source, max_bytes)
    sha256 = hashlib.sha256(data).hexdigest()
    encoding: str | None = None
    title: str | None = None
    source_url: str | None = None

    if suffix == ".txt":
        from sdkg.loaders.formats.text import NotText, decode, segment

        try:
            text, encoding = decode(data)
        except NotText as exc:
            raise LoaderError(source, f"not a text file ({exc})") from exc
        if not text.strip():
            raise LoaderError(source, "empty file (only whitespace)")
        blocks = segment(text)
    elif suffix in (".html", ".htm"):
        from sdkg.loaders.formats.html_page import read_html

        markup, encoding = _decode_html(data, source)
        try:
            page = read_html(markup)
        except (ValueError, TypeError) as exc:  # lxml's ParserError is a ValueError
            raise LoaderError(source, f"not readable HTML: {exc}") from exc
        if not page.text.strip():
            raise LoaderError(source, "no report text found in HTML")
        text, blocks, title, source_url = page.text, page.blocks, page.title, page.source_url
    elif suffix == ".pdf":
        from sdkg.loaders.formats.pdf import PdfProblem, read_pdf

        try:
            text, blocks, title = read_pdf(data)
        except PdfProblem as exc:
            raise LoaderError(source, str(exc)) from exc
    else:
        from sdkg.loaders.formats.docx_file import DocxProblem, read_docx

        try:
            text, blocks, title = read_docx(data)
        except DocxProblem as exc:
            raise LoaderError(source, str(exc)) from exc
        if not text.strip():
            raise LoaderError(source, "no text in .docx")

    verdict = dutch_verdict(text)
    if verdict:
        raise SkippedInput(source, f"text does not look Dutch ({verdict})")
    return Document(
        text=text,
        source=source,
        sha256=sha256,
        media_type=MEDIA_TYPES[suffix],
        blocks=blocks,
        title=title or _first_heading(text, blocks),
        encoding=encoding,
        source_url=source_url,
    )


def iter_report_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files to ingest: folders expand recursively (sorted; hidden entries and unsupported types
    skipped); files named explicitly are kept whatever they are, so reading reports on them."""
    out: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(
                f
                for f in p.rglob("*")
                if f.suffix.lower() in MEDIA_TYPES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
                and f.is_file()
            )
        else:
            found = [p]
        for f in found:
            if f not in seen:
                seen.add(f)
                out.append(f)
    return out


def _read_bytes(p: Path, source: str, max_bytes: int) -> bytes:
    try:
        if p.is_dir():
            raise LoaderError(source, "is a directory, not a report file")
        size = p.stat().st_size
    except FileNotFoundError:
        raise LoaderError(source, "file not found") from None
    except OSError as exc:
        raise LoaderError(source, f"cannot read file: {exc.strerror or exc}") from exc
    if size == 0:
        raise LoaderError(source, "empty file")
    if size > max_bytes:
        raise LoaderError(source, f"file is {_human(size, up=True)}, over the {_human(max_bytes)} limit")
    try:
        return p.read_bytes()
    except OSError as exc:
        raise LoaderError(source, f"cannot read file: {exc.strerror or exc}") from exc


def _human(n: int, *, up: bool = False) -> str:
    """'60.2 MB', '12 KB', '800 bytes'; sizes over a limit round up so they never equal it."""
    for unit, factor in (("MB", _MB), ("KB", 1024)):
        if n >= factor:
            tenths = n * 10 / factor
            value = (math.ceil(tenths) if up else round(tenths)) / 10
            return f"{value:.1f} {unit}" if up else f"{value:g} {unit}"
    return f"{n} bytes"


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")


def _decode_html(data: bytes, source: str) -> tuple[str, str]:
    """Decode by BOM, then declared charset, then UTF-8, then as plain text would be."""
    from sdkg.loaders.formats.text import NotText, decode

    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        head = data[:4096]
        m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
        if m:
            declared = m.group(1).decode("ascii").lower()
            # Browsers read latin-1 and ascii labels as windows-1252; so do we.
            if declared in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "windows-1252"):
                declared = "cp1252"
            try:
                return data.decode(declared), declared
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration is common; fall back to detection
    try:
        return decode(data)
    except NotText as exc:
        raise LoaderError(source, f"not an HTML text file ({exc})") from exc


def _first_heading(text: str, blocks: list[Block]) -> str | None:
    for b in blocks:
        if b.kind == "heading":
            return text[b.start : b.end]
    return None


# Very frequent function words. Shared words (in, is, die, de, en) count for every language
# that has them; Dutch must lead and make up a fair share of the words.
_FUNCTION_WORDS = {
    "Dutch": set(
        "de het een en van in op voor met zijn wordt worden niet ook dat die te is aan bij door naar om er "
        "dit deze heeft hebben als uit tot nog meer wij we onze hun kan zal werd".split()
    ),
    "English": set(
        "the and of to is in for with that are was were by on be this from have has not which it as an "
        "or will their we our".split()
    ),
    "German": set(
        "der die und das ist nicht mit von den dem des auch ein eine einen zu sich für auf wird werden im "
        "sind wir unsere".split()
    ),
    "French": set(
        "le la les et des du un une est pour dans que qui sur pas avec au aux ce sont par nous notre".split()
    ),
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_WORDS_FOR_LANGUAGE = 30
_SAMPLE_CHARS = 200_000


def dutch_verdict(text: str) -> str | None:
    """None if `text` reads as Dutch (or is too short to tell), else a short reason."""
    words = _WORD.findall(text[:_SAMPLE_CHARS].lower())
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return None
    share = {lang: sum(w in vocab for w in words) / len(words) for lang, vocab in _FUNCTION_WORDS.items()}
    dutch = share.pop("Dutch")
    rival, rival_share = max(share.items(), key=lambda kv: kv[1])
    if dutch >= 0.12 and dutch > rival_share:
        return None
    return (
        f"Dutch function words are {dutch:.0%} of {len(words)} words, "
        f"{rival} ones {rival_share:.0%}"
    )
