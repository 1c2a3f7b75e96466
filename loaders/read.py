"""Stage 1: read a report file (.txt, .html/.htm, .pdf, .docx) into a Document.

The Document's text is what every later offset refers to; blocks mark its headings,
paragraphs, list items and tables. Unreadable input raises LoaderError with a reason for the
user; readable text that is not Dutch raises SkippedInput.
"""

from __future__ import annotations

import errno
import hashlib
import math
import os
import re
import stat
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from sdkg.loaders.errors import LoaderError, SkippedInput
from sdkg.loaders.formats.site import MANIFEST as SITE_MANIFEST
from sdkg.loaders.formats.site import is_site
from sdkg.loaders.limits import DEFAULT_LIMITS, Limits
from sdkg.loaders.model import Block, Document

MEDIA_TYPES = {
    ".txt": "text/plain",
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
SUPPORTED_EXTENSIONS = tuple(MEDIA_TYPES)
DEFAULT_MAX_BYTES = DEFAULT_LIMITS.max_file_bytes
_MB = 1024 * 1024


def read_document(path: str | Path, *, limits: Limits = DEFAULT_LIMITS, max_bytes: int | None = None) -> Document:
    """Read one report. Raises LoaderError (unreadable) or SkippedInput (not Dutch)."""
    if max_bytes is not None:
        from dataclasses import replace

        limits = replace(limits, max_file_bytes=max_bytes)
    p = Path(path)
    source = safe_name(str(path))
    if p.is_dir() and is_site(p):  # a saved report website: one report, page URLs kept
        return _read_site(p, source, limits)
    suffix = p.suffix.lower()
    data = read_bytes(p, limits)
    sha256 = hashlib.sha256(data).hexdigest()
    encoding: str | None = None
    title: str | None = None
    source_url: str | None = None
    extra: dict = {}  # parts, sections and tables, where the reader finds them

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
        from sdkg.loaders.formats.html_page import HtmlProblem, read_html

        markup, encoding = _decode_html(data, source)
        try:
            page = read_html(markup)
        except HtmlProblem as exc:
            raise LoaderError(source, f"not readable HTML: {exc}") from exc
        except (ValueError, TypeError) as exc:
            raise LoaderError(source, f"not readable HTML ({type(exc).__name__}: {exc})") from exc
        if not page.text.strip():
            raise LoaderError(source, "no report text found in HTML")
        text, blocks, title, source_url = page.text, page.blocks, page.title, page.source_url
        extra = {"tables": page.tables}
    elif suffix == ".pdf":
        from sdkg.loaders.formats.pdf import PdfProblem, read_pdf

        try:
            pdf = read_pdf(data)
        except PdfProblem as exc:
            raise LoaderError(source, _pdf_reason(str(exc))) from exc
        except NotImplementedError as exc:  # a reader's "Unsupported filter /X" and the like
            raise LoaderError(source, f"not a readable PDF: it uses a feature the PDF reader does not support "
                                      f"({exc or 'unknown'})") from exc
        text, blocks, title = pdf.text, pdf.blocks, pdf.title
        extra = {"parts": pdf.parts, "sections": pdf.sections, "tables": pdf.tables}
    else:
        from sdkg.loaders.formats.docx_file import DocxProblem, read_docx

        try:
            text, blocks, title = read_docx(data, max_unpacked_bytes=limits.max_unpacked_bytes)
        except DocxProblem as exc:
            raise LoaderError(source, str(exc)) from exc
        if not text.strip():
            raise LoaderError(source, "no text in .docx")

    verdict = dutch_verdict(text)
    if verdict:
        raise SkippedInput(source, f"text does not look Dutch ({verdict})")
    if "sections" not in extra:
        from sdkg.loaders.formats.structure import sections_from_blocks

        extra["sections"] = sections_from_blocks(text, blocks)
    return Document(
        text=text,
        source=source,
        sha256=sha256,
        media_type=MEDIA_TYPES[suffix],
        blocks=blocks,
        title=title or _first_heading(text, blocks),
        encoding=encoding,
        source_url=source_url,
        **extra,
    )


def _read_site(p: Path, source: str, limits: Limits) -> Document:
    from sdkg.loaders.formats.site import SiteProblem, read_site

    try:
        text, blocks, title, start, parts, sections, tables, sha256 = read_site(p, limits.max_file_bytes)
    except SiteProblem as exc:
        raise LoaderError(source, str(exc)) from exc
    verdict = dutch_verdict(text)
    if verdict:
        raise SkippedInput(source, f"text does not look Dutch ({verdict})")
    return Document(text=text, source=source, sha256=sha256, media_type="text/html", blocks=blocks,
                    title=title or _first_heading(text, blocks), encoding="utf-8", source_url=start,
                    parts=parts, sections=sections, tables=tables)


_CUT_OFF_PDF = ("EOF marker", "startxref", "Stream has ended", "Unexpected end")
_DAMAGED_PDF = ("xref table", "trailer", "Data format error", "File error")


def _pdf_reason(reason: str) -> str:
    """The PDF readers' terse messages for a cut-off or damaged file, said in words (the reader's
    own words kept last, in brackets, for whoever digs further)."""
    low = reason.lower()
    if reason == "encrypted PDF":
        return "encrypted PDF: it cannot be read without its password"
    engine = re.search(r"\(PDFium: ([^)]*)\)", reason)
    detail = f" ({engine.group(1).rstrip('.')})" if engine else ""
    if any(mark.lower() in low for mark in _CUT_OFF_PDF):
        return f"not a readable PDF: the file is cut off or damaged: it has no proper end{detail}"
    if any(mark.lower() in low for mark in _DAMAGED_PDF):
        return f"not a readable PDF: the file is damaged: its structure cannot be read{detail}"
    return reason


def iter_report_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files to ingest: folders expand recursively (sorted; hidden entries and unsupported types
    skipped); files named explicitly are kept whatever they are, so reading reports on them.
    A saved report website (a folder with sdkg-site.json) is one report: the folder itself."""
    out: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir() and is_site(p):
            found = [p]
        elif p.is_dir():
            sites = sorted(f.parent for f in p.rglob(SITE_MANIFEST)
                           if not any(part.startswith(".") for part in f.relative_to(p).parts))
            found = sorted(
                [f
                 for f in p.rglob("*")
                 if f.suffix.lower() in MEDIA_TYPES
                 and not any(part.startswith(".") for part in f.relative_to(p).parts)
                 and not any(s in f.parents for s in sites)  # pages of a site belong to it
                 and not f.is_dir()]  # FIFOs, devices and broken links are listed, to be refused by name
                + sites
            )
        else:
            found = [p]
        for f in found:
            if f not in seen:
                seen.add(f)
                out.append(f)
    return out


def safe_name(path: str) -> str:
    """The file name as text that can be stored and printed: a name that is not UTF-8 (its bytes
    show up as surrogates) is read as Windows-1252, the usual encoding of such names here."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        raw = os.fsencode(path)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1252", errors="replace")


def _open_report(p: Path, limits: Limits) -> tuple[int, int]:
    """Open a report file for reading after checking its type, kind and size: (fd, size).

    Only regular files are opened, and the check is made on the opened file itself, so a FIFO,
    a device such as /dev/zero or a symbolic-link loop is refused without a byte being read."""
    source = safe_name(str(p))
    suffix = p.suffix.lower()
    if suffix not in MEDIA_TYPES:
        shown = safe_name(p.suffix) or "(none)"
        raise LoaderError(source, f"unsupported file type '{shown}' (supported: {', '.join(SUPPORTED_EXTENSIONS)})")
    try:
        _check_kind(source, os.stat(p).st_mode)  # before opening: opening a device can do things
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        if os.path.islink(p):
            raise LoaderError(source, "a symbolic link to a file that does not exist") from None
        raise LoaderError(source, "file not found") from None
    except IsADirectoryError:
        raise LoaderError(source, "is a directory, not a report file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise LoaderError(source, "a symbolic link that loops back on itself; not a report file") from None
        raise LoaderError(source, f"cannot read file: {exc.strerror or exc}") from exc
    try:
        info = os.fstat(fd)
        _check_kind(source, info.st_mode)  # and again on what was opened, in case it changed
        size = info.st_size
        if size == 0:
            raise LoaderError(source, "empty file")
        if size > limits.max_file_bytes:
            raise LoaderError(source, f"file is {_human(size, up=True)}, over the "
                                      f"{_human(limits.max_file_bytes)} limit")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd, size


def _check_kind(source: str, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise LoaderError(source, "is a directory, not a report file")
    raise LoaderError(source, f"is {_kind(mode)}, not a regular file; only regular files are read")


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def read_bytes(p: str | Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """A report file's bytes, after the checks of `_open_report`; never more than the size limit."""
    p = Path(p)
    fd, size = _open_report(p, limits)
    with os.fdopen(fd, "rb") as fh:
        try:
            data = fh.read(limits.max_file_bytes + 1)
        except OSError as exc:
            raise LoaderError(safe_name(str(p)), f"cannot read file: {exc.strerror or exc}") from exc
    if len(data) > limits.max_file_bytes:  # it grew while being read
        raise LoaderError(safe_name(str(p)), f"file is over the {_human(limits.max_file_bytes)} limit")
    return data


def _check_site_pages(folder: Path, data: dict, limits: Limits) -> None:
    """The pages a site's manifest names, checked as single files are before hashing: inside the
    folder, regular files, within the size limit together."""
    root = folder.resolve()
    total = 0
    for page in data["pages"]:
        name = safe_name(str(page["file"]))
        path = (folder / page["file"]).resolve()
        if root not in path.parents:
            raise LoaderError(safe_name(str(folder)), f"page {name}: outside the site folder")
        try:
            mode = os.stat(path)
        except OSError as exc:
            raise LoaderError(safe_name(str(folder)), f"page {name}: {exc.strerror or exc}") from exc
        if not stat.S_ISREG(mode.st_mode):
            raise LoaderError(safe_name(str(folder)), f"page {name}: is {_kind(mode.st_mode)}, not a regular file")
        total += mode.st_size
        if total > limits.max_file_bytes:
            raise LoaderError(safe_name(str(folder)), f"site is over the {_human(limits.max_file_bytes)} limit")


def file_sha256(p: str | Path, limits: Limits = DEFAULT_LIMITS) -> str:
    """The SHA-256 of a report file, after the checks of `_open_report` (so nothing is hashed that
    would not be read). Raises LoaderError naming the file."""
    p = Path(p)
    if p.is_dir() and is_site(p):
        from sdkg.loaders.formats.site import SiteProblem, manifest, site_sha256

        try:
            _check_site_pages(p, manifest(p), limits)
            return site_sha256(p)
        except (SiteProblem, OSError) as exc:
            raise LoaderError(safe_name(str(p)), str(exc)) from exc
    fd, _ = _open_report(p, limits)
    h = hashlib.sha256()
    read = 0
    with os.fdopen(fd, "rb") as fh:
        try:
            while chunk := fh.read(1 << 20):
                read += len(chunk)
                if read > limits.max_file_bytes:
                    raise LoaderError(safe_name(str(p)), f"file is over the {_human(limits.max_file_bytes)} limit")
                h.update(chunk)
        except OSError as exc:
            raise LoaderError(safe_name(str(p)), f"cannot read file: {exc.strerror or exc}") from exc
    return h.hexdigest()


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


# Very frequent function words. Dutch must lead and make up a fair share of the words; the words it shares
# with another language (in, is, we, die) count for Dutch only.
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
_OWN_FUNCTION_WORDS = {lang: vocab if lang == "Dutch" else vocab - _FUNCTION_WORDS["Dutch"]
                       for lang, vocab in _FUNCTION_WORDS.items()}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_WORDS_FOR_LANGUAGE = 30
# Running Dutch prose has 12 % or more function words. A page that is mostly a table or a list of labels
# ("Maatwerkvoorziening (WMO)", "Bedragen x € 1.000") has few of any language: there a smaller Dutch share
# is enough, as long as no other language comes near it.
MIN_DUTCH_SHARE = 0.12
MIN_DUTCH_SHARE_LABELS = 0.03
_SAMPLE_CHARS = 200_000


def dutch_verdict(text: str) -> str | None:
    """None if `text` reads as Dutch (or is too short to tell), else a short reason."""
    words = _WORD.findall(text[:_SAMPLE_CHARS].lower())
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return None
    counts = Counter(words)  # each distinct word looked up once per language, not each occurrence
    # A rival language counts only its own words: "in", "we", "is", "die" say nothing against Dutch.
    share = {lang: sum(counts[w] for w in vocab) / len(words) for lang, vocab in _OWN_FUNCTION_WORDS.items()}
    dutch = share.pop("Dutch")
    rival, rival_share = max(share.items(), key=lambda kv: kv[1])
    if dutch > rival_share and (dutch >= MIN_DUTCH_SHARE
                                or (dutch >= MIN_DUTCH_SHARE_LABELS and rival_share <= dutch / 3)):
        return None
    return (
        f"Dutch function words are {dutch:.0%} of {len(words)} words, "
        f"{rival} ones {rival_share:.0%}"
    )
