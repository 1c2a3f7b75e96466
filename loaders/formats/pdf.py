"""PDF: the text layer with its layout, read by PDFium (pypdfium2), turned into report text.

Whole municipal reports are long PDFs set in columns, with running headers and footers, a table of
contents, hyphenated line ends and many tables. From the positions of the text runs on each page we

- drop running headers and footers (lines at the top or bottom edge repeated on three or more pages
  at the same height) and page numbers;
- recognise table-of-contents pages (lines ending in a page number after dot leaders) and leave them
  out of the text;
- read two-column pages column by column, with full-width headings and tables in between;
- join wrapped lines into paragraphs and repair words hyphenated at a line end ("verorde-" +
  "ning"), keeping real compound hyphens ("Wmo-" + "voorzieningen");
- take larger type as headings (their levels by size, or by their numbering "6.1"), which gives
  every stretch of text its heading path and its page;
- set tables out row by row ("label | 2023 | 2024") and keep their structure (column headers, row
  labels, the multiplier of "(x € 1.000)") in Document.tables.

docs/pdf.md says why PDFium was chosen (measured against pypdf, pdfplumber and others).
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter
from dataclasses import dataclass, field

from sdkg.loaders.formats.builder import INVISIBLE
from sdkg.loaders.formats.structure import sections_from_blocks, sections_from_headings, table_multiplier
from sdkg.loaders.formats.text import segment
from sdkg.loaders.model import Block, Part, Section, Span, Table, TableRow


class PdfProblem(ValueError):
    """A PDF we cannot read; the message is the reason shown to the user."""


@dataclass
class PdfText:
    text: str
    blocks: list[Block]
    title: str | None
    parts: list[Part] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    pages: int = 0


_PAGE_NUMBER = re.compile(
    r"(?:(?:pagina|blz\.?|page|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:van|/|of)\s*\d{1,4})?",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
# what _clean does to a run's characters, in one pass: line breaks to spaces, PDFium's line-end hyphen mark
# (\x02) to \ufffe, ligatures spelled out, the other control characters (\x00-\x08, \x0b, \x0e-\x1f, \x7f) and the
# invisible ones (builder.INVISIBLE: soft hyphens, zero-width spaces) dropped
_CLEAN = {**_LIGATURES, ord("\r"): " ", ord("\n"): " ", 0x02: "\ufffe", **INVISIBLE,
          **{c: None for c in (*range(0x00, 0x09), 0x0b, *range(0x0e, 0x20), 0x7f) if c != 0x02}}
# the characters _CLEAN drops or writes as more than one (a ligature); the others, each to its one character (none
# of which _CLEAN maps again, so one replacement after another does what the table does at once)
_RESIZING = re.compile("[" + "".join(re.escape(chr(c)) for c, to in _CLEAN.items() if to is None or len(to) != 1) + "]")
_SAME_SIZE = tuple((chr(c), to) for c, to in _CLEAN.items() if to is not None and len(to) == 1)
assert not {ord(to) for _c, to in _SAME_SIZE} & _CLEAN.keys()
_LEADERS = re.compile(r"(?:\.\s?){4,}|…{2,}|_{4,}")
_NUMERIC = re.compile(r"[-–+]?\s?(?:€\s?)?[\d.,]+\s?%?|[-–—]")
_YEAR = re.compile(r"(?<!\d)(?:19[89]\d|20[0-4]\d)(?!\d)")
_TERMINAL = ".!?:;"
_KEEP_HYPHEN_BEFORE = {"en", "of", "tot", "t/m", "noch"}
_TOP_BAND, _BOTTOM_BAND = 0.10, 0.09  # share of the page height where running lines live
_HEADING_RATIO = 1.12  # type this much larger than the body text is a heading


@dataclass
class _Line:
    page: int
    y: float  # middle of the line, PDF units from the bottom
    size: float  # height of its text runs (font size, roughly)
    chunks: list[tuple[float, float, str, float]]  # (x0, x1, text, font size), split where gaps are wide

    @property
    def x0(self) -> float:
        return self.chunks[0][0]

    @property
    def x1(self) -> float:
        return self.chunks[-1][1]

    @property
    def text(self) -> str:
        return self.chunks[0][2] if len(self.chunks) == 1 else " ".join(c[2] for c in self.chunks)


def read_pdf(data: bytes) -> PdfText:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise PdfProblem("encrypted PDF") from exc
        if data.startswith(b"%PDF") and b"%%EOF" not in data[-2048:]:
            raise PdfProblem(f"not a readable PDF: no EOF marker ({exc})") from exc  # cut off
        raise PdfProblem(f"not a readable PDF: {exc}") from exc
    try:
        pages = []
        heights = []
        widths = []
        for page in pdf:
            try:
                widths.append(page.get_width())
                heights.append(page.get_height())
                pages.append(_page_lines(page, len(pages) + 1))
            finally:
                page.close()
        title = _meta_title(pdf)
    except pdfium.PdfiumError as exc:
        raise PdfProblem(f"not a readable PDF: {exc}") from exc
    finally:
        pdf.close()
    if not any(pages):
        raise PdfProblem("PDF has no text layer (scanned?)")
    return _assemble(pages, widths, heights, title)


# ------------------------------------------------------------------ text runs with positions


def _page_lines(page, number: int) -> list[_Line]:
    """The page's text runs (PDFium's rectangles: a run of characters on one line), grouped into lines."""
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        tp = textpage.raw
        text = textpage.get_text_range()
        left, top, right, bottom = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
        refs = ctypes.byref(left), ctypes.byref(top), ctypes.byref(right), ctypes.byref(bottom)
        count, get_rect = raw.FPDFText_CountRects, raw.FPDFText_GetRect
        index_at, font_size = raw.FPDFText_GetCharIndexAtPos, raw.FPDFText_GetFontSize
        runs = []
        # PDFium's text breaks its lines with CR LF, and a run never spans two lines: the runs of a line are
        # those of its characters, and the first one starts where the line does. Only a line's later runs are
        # looked up by position, a search over every character of the page.
        start = 0
        for line in text.split("\r\n"):
            for i in range(count(tp, start, len(line)) if line else 0):
                get_rect(tp, i, *refs)
                x0, y0, y1 = left.value, top.value, bottom.value
                mid = (y0 + y1) / 2
                if i == 0:
                    index = start
                else:
                    # The first character whose box holds the point; PDFium looks for the nearest within
                    # the tolerance only when none holds it, which costs twice as much per character.
                    index = index_at(tp, x0 + 0.3, mid, 0.0, 0.0)
                    if index < 0:
                        index = index_at(tp, x0 + 0.3, mid, 1.0, 2.0)
                size = font_size(tp, index) if index >= 0 else 0.0
                runs.append((index, x0, right.value, mid, y0 - y1, size))
            start += len(line) + 2
    finally:
        textpage.close()
    # A run's characters reach from its first character to the next run's first character.
    chunks = []
    runs = [r for r in runs if r[0] >= 0]
    runs.sort(key=lambda r: r[0])
    cleaned = _cleaned_page(text)
    for k, (index, x0, x1, mid, height, size) in enumerate(runs):
        end = runs[k + 1][0] if k + 1 < len(runs) else len(text)
        s = _clean(text[index:end]) if cleaned is None else _hyphens(cleaned[index:end])
        if s.strip():
            chunks.append((mid, height, x0, x1, s.strip(), size or height))
    chunks.sort(key=lambda c: (-c[0], c[2]))
    lines: list[_Line] = []
    for mid, _height, x0, x1, s, size in chunks:
        line = lines[-1] if lines else None
        # same line: the middles of the runs are closer than half the (font) size
        if line is not None and abs(line.y - mid) <= 0.5 * max(size, line.size):
            line.chunks.append((x0, x1, s, size))
            line.size = max(line.size, size)
        else:
            lines.append(_Line(number, mid, size, [(x0, x1, s, size)]))
    for line in lines:
        line.chunks.sort()
        merged = [line.chunks[0]]
        for x0, x1, s, size in line.chunks[1:]:
            px0, px1, ps, psize = merged[-1]
            if x0 - px1 < 1.6 * max(size, psize):  # a word gap, not a gap between cells or columns
                merged[-1] = (px0, max(px1, x1), ps + ("" if ps.endswith("\ufffe") else " ") + s, max(size, psize))
            else:
                merged.append((x0, x1, s, size))
        line.chunks = merged
    return lines


def _cleaned_page(text: str) -> str | None:
    """text.translate(_CLEAN) where that maps each character to one (None elsewhere): the page is then cleaned once
    and each run's part sliced from it, with str.replace, much faster than str.translate beyond Latin-1."""
    if _RESIZING.search(text):
        return None
    for a, b in _SAME_SIZE:
        text = text.replace(a, b)
    return text


def _clean(s: str) -> str:
    return _hyphens(s.translate(_CLEAN))


def _hyphens(s: str) -> str:
    if s.rstrip().endswith("\ufffe"):  # PDFium marks a hyphen at a line end this way
        return s.rstrip()
    return s.replace("\ufffe", "-")


def _meta_title(pdf) -> str | None:
    try:
        title = (pdf.get_metadata_dict() or {}).get("Title")
    except Exception:  # broken info dictionaries are common and never fatal
        return None
    title = str(title).strip() if title else ""
    if not title or title.lower().startswith(("microsoft word", "untitled", "naamloos")) or title.endswith(
        (".doc", ".docx", ".pdf", ".indd")
    ):
        return None
    return title


# ------------------------------------------------------------------ page furniture and contents


def _keys(line: _Line) -> set[tuple[int, str]]:
    y = round(line.y / 3)
    return {(y, _DIGITS.sub("#", " ".join(c[2].split())).lower()) for c in line.chunks}


def _drop_furniture(pages: list[list[_Line]], heights: list[float]) -> list[list[_Line]]:
    """Running headers/footers (same text, same height, at the page edge, on 3+ pages) and page numbers."""

    def at_edge(line: _Line, h: float) -> bool:
        return line.y > h * (1 - _TOP_BAND) or line.y < h * _BOTTOM_BAND

    counts: Counter = Counter()
    for lines, h in zip(pages, heights, strict=True):
        counts.update({k for x in lines if at_edge(x, h) for k in _keys(x)})
    # a line at the edge with a run repeated on 3+ pages is running (with the chapter title beside it)
    running = {k for k, n in counts.items() if n >= 3}
    out = []
    for lines, h in zip(pages, heights, strict=True):
        kept = []
        for i, line in enumerate(lines):
            outer = i == 0 or i == len(lines) - 1
            if (at_edge(line, h) or outer) and (
                not running.isdisjoint(_keys(line)) or _PAGE_NUMBER.fullmatch(line.text.strip())
            ):
                continue
            kept.append(line)
        out.append(kept)
    return out


def _toc_entry(line: _Line, n_pages: int) -> bool:
    last = line.chunks[-1][2].strip()
    m = re.search(r"(\d{1,4})$", last)
    if not m or int(m.group(1)) > n_pages + 20:
        return False
    if _LEADERS.search(line.text):
        return True
    return len(line.chunks) >= 2 and re.fullmatch(r"\d{1,4}", last) is not None and not _NUMERIC.fullmatch(
        line.chunks[0][2]
    ) and not _YEAR.fullmatch(last)


def _is_toc_page(lines: list[_Line], n_pages: int) -> bool:
    if len(lines) < 4:
        return False
    entries = sum(_toc_entry(x, n_pages) for x in lines)
    titled = any(re.match(r"(?i)\s*inhoud(?:sopgave|sbeschrijving)?\b", x.text) for x in lines[:3])
    return entries >= 0.6 * len(lines) or (titled and entries >= 0.4 * len(lines))


# ------------------------------------------------------------------ reading order


def _reading_order(lines: list[_Line], width: float) -> list[tuple[_Line, int]]:
    """Lines of one page in reading order, each with its column (0 full width, 1 left, 2 right).

    Looks for a gutter: the x position in the middle of the page crossed by the fewest text runs.
    Lines that cross it (or have three or more cells: table rows) are full width; between two
    full-width lines, the left column is read before the right one.
    """
    if len(lines) < 4:
        return [(x, 0) for x in lines]
    lo, hi = int(width * 0.3), int(width * 0.7)
    delta = [0] * (hi - lo + 2)
    for line in lines:
        for x0, x1, _s, _z in line.chunks:
            a, b = max(lo, int(x0)), min(hi, int(x1))
            if a <= b:
                delta[a - lo] += 1
                delta[b - lo + 1] -= 1
    cover, running_sum = [], 0
    for d in delta[:-1]:
        running_sum += d
        cover.append(running_sum)
    best = min(cover)
    # the middle of the widest run of least-covered positions
    runs, start = [], None
    for i, c in enumerate(cover + [best + 1]):
        if c == best and start is None:
            start = i
        elif c != best and start is not None:
            runs.append((i - start, start, i))
            start = None
    _w, a, b = max(runs)
    gutter = lo + (a + b) / 2

    def column(line: _Line) -> int:
        if len(line.chunks) >= 3 or any(x0 < gutter < x1 for x0, x1, _s, _z in line.chunks):
            return 0
        if len(line.chunks) == 2 and line.chunks[0][1] < gutter < line.chunks[1][0]:
            return -1  # one run on each side: both columns on this line
        return 1 if line.x1 <= gutter else 2

    cols = [column(x) for x in lines]
    two_sided = sum(1 for c in cols if c == -1)
    right = sum(1 for c in cols if c == 2)
    if two_sided + right < 3:
        return [(x, 0) for x in lines]
    out: list[tuple[_Line, int]] = []
    left_run: list[_Line] = []
    right_run: list[_Line] = []

    def flush() -> None:
        out.extend((x, 1) for x in left_run)
        out.extend((x, 2) for x in right_run)
        left_run.clear()
        right_run.clear()

    for line, c in zip(lines, cols, strict=True):
        if c == 0:
            flush()
            out.append((line, 0))
        elif c == -1:
            (l0, r0) = line.chunks
            left_run.append(_Line(line.page, line.y, l0[3], [l0]))
            right_run.append(_Line(line.page, line.y, r0[3], [r0]))
        elif c == 1:
            left_run.append(line)
        else:
            right_run.append(line)
    flush()
    return out


# ------------------------------------------------------------------ assembling the text


def _is_table_row(line: _Line) -> bool:
    if len(line.chunks) >= 3:
        return True
    return len(line.chunks) == 2 and _NUMERIC.fullmatch(line.chunks[1][2]) is not None and (
        line.chunks[1][0] - line.chunks[0][1] > 3 * line.size
    )


class _Writer:
    def __init__(self, vocabulary: set[str]):
        self.parts: list[str] = []
        self.length = 0
        self.page_marks: list[tuple[int, int]] = []  # (offset, page)
        self.headings: list[tuple[int, int, int]] = []
        self.tables: list[Table] = []
        self.vocabulary = vocabulary
        self.last: _Line | None = None  # last prose line written, for joining

    def _put(self, s: str, page: int) -> int:
        if not self.page_marks or self.page_marks[-1][1] != page:
            self.page_marks.append((self.length, page))
        start = self.length
        self.parts.append(s)
        self.length += len(s)
        return start

    def _sep(self, sep: str) -> None:
        if self.length:
            self.parts.append(sep)
            self.length += len(sep)

    def _tail(self) -> str:
        return self.parts[-1] if self.parts else ""

    def heading(self, line: _Line, level: int) -> None:
        self._sep("\n\n")
        text = _joined_heading(line.text)
        start = self._put(text, line.page)
        self.headings.append((start, start + len(text), level))
        self.last = None
        self._pending = "\n"

    def prose(self, line: _Line, column_right: float, sep_hint: str | None) -> None:
        text = line.text.strip()
        prev = self.last
        if prev is None:
            self._sep(getattr(self, "_pending", "\n\n") if sep_hint in (None, "flow") else sep_hint)
        else:
            tail = self._tail()
            # a line that ends early although the next word would have fitted ends its paragraph
            per_char = (prev.x1 - prev.x0) / max(1, len(prev.text))
            first_word = len(text.split(None, 1)[0]) if text else 0
            room = column_right - prev.x1  # wide margins: proportional type makes the estimate rough
            short = room > max(0.3 * (column_right - prev.x0), (first_word + 2) * per_char * 1.6)
            if sep_hint == "\n\n":
                self._sep("\n\n")
            elif tail.endswith(("-", "\ufffe")) and text[:1].islower():
                self._dehyphenate(text)
            elif tail.rstrip(")\"'’”")[-1:] in _TERMINAL or (short and sep_hint != "flow"):
                # a new page or column after a finished sentence starts a new paragraph; the last line
                # of a column often ends early before a long word, so there only punctuation counts
                self._sep("\n\n" if sep_hint == "flow" else "\n")
            else:
                self._sep(" ")
        if self._tail().endswith("\ufffe"):
            self.parts[-1] = self.parts[-1][:-1] + "-"
        self._put(text, line.page)
        self.last = line
        self._pending = "\n\n"

    def _dehyphenate(self, text: str) -> None:
        tail = self.parts[-1]
        # the run of word characters before the hyphen that ends the tail (a regex search for it ending at
        # `$` tried every position of the line)
        a_start = len(tail) - 1
        while a_start > 0 and (tail[a_start - 1].isalnum() or tail[a_start - 1] == "_"):
            a_start -= 1
        a = tail[a_start:-1]
        b = re.match(r"[^\W\d_]+", text)
        b = b.group(0) if b else ""
        if b in _KEEP_HYPHEN_BEFORE:  # "hulp- en zorgverleners"
            self.parts[-1] = tail[:-1] + "-"
            self._sep(" ")
            return
        joined, hyphened = (a + b).lower(), f"{a}-{b}".lower()
        keep = hyphened in self.vocabulary and joined not in self.vocabulary
        if not keep and joined not in self.vocabulary:
            keep = bool(a) and (any(c.isupper() for c in a[1:]) or (a[0].isupper() and len(a) <= 4))
        self.parts[-1] = tail[:-1] + ("-" if keep else "")
        self.length -= 0 if keep else 1

    def table(self, rows: list[_Line], caption: _Line | None) -> None:
        header = rows[0]
        has_header = any(not _NUMERIC.fullmatch(c[2]) or _YEAR.fullmatch(c[2].strip()) for c in header.chunks[1:])
        left = min(r.x0 for r in rows)
        columns = header.chunks[1:] if has_header else rows[0].chunks[1:]
        first_column = min((c[0] for c in columns), default=header.x1)
        edges = [c[1] for c in columns]  # figures are right-aligned under their header
        caption_text = caption.text if caption is not None else None
        scope = " ".join(x.text for x in ([caption] if caption else []) + rows[:2])
        factor, unit = table_multiplier(scope)
        self._sep("\n\n" if caption is None else "\n")
        start = self.length
        structured_rows: list[TableRow] = []
        for k, row in enumerate(rows):
            if k:
                self._sep("\n")
            cells: list[str | None] = [None] * len(edges)
            x0, x1, first, _z = row.chunks[0]
            label = first if x0 - left < 6 and (x1 < first_column or not _NUMERIC.fullmatch(first)) else ""
            rest = row.chunks[1:] if label else row.chunks
            for _x0, x1, s, _z in rest:
                j = min(range(len(edges)), key=lambda i: abs(edges[i] - x1)) if edges else None
                if j is not None:
                    cells[j] = s if cells[j] is None else cells[j] + " " + s
            self._put(label, row.page)
            spans: list[Span | None] = []
            for cell in cells:
                self.parts.append(" | ")
                self.length += 3
                if cell is None:
                    spans.append(None)
                    continue
                s0 = self._put(cell, row.page)
                spans.append(Span(s0, s0 + len(cell), cell))
            if k or not has_header:
                structured_rows.append(TableRow(label=label, cells=spans))
        names = [c[2] for c in columns] if has_header else [""] * len(edges)
        self.tables.append(Table(start=start, end=self.length, columns=names, rows=structured_rows,
                                 caption=caption_text, multiplier=factor, unit=unit))
        self.last = None
        self._pending = "\n\n"

    def text(self) -> str:
        return "".join(self.parts)


def _joined_heading(text: str) -> str:
    return " ".join(text.replace("\ufffe", "").split())


_VOCABULARY_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _assemble(pages: list[list[_Line]], widths: list[float], heights: list[float], title: str | None) -> PdfText:
    n_pages = len(pages)
    pages = _drop_furniture(pages, heights)
    for i in range(min(n_pages, 15)):
        if _is_toc_page(pages[i], n_pages):
            pages[i] = []
    all_lines = [x for p in pages for x in p]
    if not all_lines:
        raise PdfProblem("PDF has no text layer (scanned?)")
    sizes: Counter = Counter()
    for x in all_lines:
        sizes[round(x.size * 2) / 2] += len(x.text)
    body = sizes.most_common(1)[0][0]
    heading_pages: dict[float, set[int]] = {}
    for x in all_lines:
        if x.size >= body * _HEADING_RATIO and _heading_shaped(x):
            heading_pages.setdefault(round(x.size * 2) / 2, set()).add(x.page)
    # Levels come from the sizes used on several pages (a title page's one-off sizes do not count).
    common = [s for s, p in heading_pages.items() if len(p) >= 2 or n_pages < 4]
    # (no word spans white space, so each distinct whitespace-separated chunk is searched once)
    chunks = set("\n".join(x.text for x in all_lines).lower().split())
    vocabulary = set(_VOCABULARY_WORD.findall("\n".join(chunks)))
    w = _Writer(vocabulary)
    edges = _right_edges([x for x in all_lines if len(x.chunks) == 1])
    for lines, page_width in zip(pages, widths, strict=True):
        ordered = _reading_order(lines, page_width)
        i = 0
        prev_line: _Line | None = None
        prev_col = None
        while i < len(ordered):
            line, col = ordered[i]
            size = round(line.size * 2) / 2
            if _is_table_row(line):
                j = i
                while j < len(ordered) and _is_table_row(ordered[j][0]):
                    j += 1
                caption = None
                if prev_line is not None and w.last is prev_line and len(prev_line.text) < 160:
                    caption = prev_line
                w.table([x for x, _c in ordered[i:j]], caption)
                prev_line, prev_col = None, None
                i = j
                continue
            if size in heading_pages and _heading_shaped(line):
                m = re.match(r"(\d{1,2}(?:\.\d{1,2})+)\s", line.text)
                level = m.group(1).count(".") + 1 if m else 1 + sum(1 for s in common if s > size)
                w.heading(line, level)
                prev_line, prev_col = line, col
                i += 1
                continue
            hint = None
            if prev_line is None or prev_col != col:
                hint = "flow"  # text may flow on from the previous column or page
            elif prev_line.y - line.y > 1.9 * line.size * 1.3:
                hint = "\n\n"  # a blank line's worth of space: a new paragraph
            w.prose(line, _edge(edges, line.x1), hint)
            prev_line, prev_col = line, col
            i += 1
    text = w.text()
    blocks = segment(text)
    parts = [Part(start, (w.page_marks[k + 1][0] if k + 1 < len(w.page_marks) else len(text)), page)
             for k, (start, page) in enumerate(w.page_marks)]
    sections = sections_from_headings(text, w.headings) if w.headings else sections_from_blocks(text, blocks)
    return PdfText(text=text, blocks=blocks, title=title, parts=parts, sections=sections, tables=w.tables,
                   pages=n_pages)


def _right_edges(lines: list[_Line]) -> list[float]:
    """Where text columns end: the right ends of many lines pile up there (ragged text just before)."""
    bins: Counter = Counter(int(x.x1 // 8) for x in lines)
    floor = max(10, len(lines) // 40)
    tops: dict[int, float] = {}
    for x in lines:
        b = int(x.x1 // 8)
        if bins[b] >= floor:
            tops[b] = max(tops.get(b, 0.0), x.x1)
    edges: list[float] = []
    for top in sorted(tops.values()):
        if edges and top - edges[-1] < 40:
            edges[-1] = top
        else:
            edges.append(top)
    return edges


def _edge(edges: list[float], x1: float) -> float:
    return next((e for e in edges if e >= x1 - 1), x1)


def _heading_shaped(line: _Line) -> bool:
    t = line.text.strip()
    return len(line.chunks) == 1 and 1 < len(t) <= 150 and any(c.isalpha() for c in t) and not t.endswith(",")

