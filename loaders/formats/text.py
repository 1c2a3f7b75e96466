"""Plain text: decode the bytes faithfully, then find headings, paragraphs, lists and table lines.

The decoded text is kept exactly (only newlines are normalised), so offsets and quotes taken
from it match the file. Blocks are found line by line with layout heuristics that fit report
exports: a short unpunctuated line before a blank line or before prose is a heading.
"""

from __future__ import annotations

import codecs
import re

from sdkg.loaders.formats.builder import is_boilerplate, visible
from sdkg.loaders.model import Block

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\x80-\x9f]")
_NEWLINES = re.compile(r"\r\n?")
_BULLET = re.compile(r"(?:[-–—•·▪◦●■*]|o(?= )|\(?(?:\d{1,2}|[a-z])[.)])\s+\S")
_NUMBERED_HEADING = re.compile(r"(\d{1,2}(?:\.\d{1,2})*)\.?\s+[A-ZÀ-Þ]")
_LABEL = re.compile(r"([^:]{2,40}):\s")
_DANGLING = frozenset(
    "de het een en of van voor met in op te aan bij tot naar om die dat door als over uit zijn is".split()
)
_TERMINAL = ".,;:!"
_CLOSERS = "\"'’”)]»"


class NotText(ValueError):
    """Bytes that are not text in any encoding we accept."""


def decode(data: bytes) -> tuple[str, str]:
    """Return (text with \\n newlines, encoding name). Raises NotText for binary data."""
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _strict(data[3:], "utf-8"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _strict(data, "utf-16"), "utf-16"
    elif b"\x00" in data:
        raise NotText("contains NUL bytes")
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _legacy(data)
    if text is None:
        raise NotText(f"not valid {encoding}")
    controls = len(_CONTROL.findall(text, 0, 200_000))
    if controls > max(2, min(len(text), 200_000) // 200):
        raise NotText(f"{controls} control characters")
    return _NEWLINES.sub("\n", visible(text)), encoding


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _legacy(data: bytes) -> tuple[str, str]:
    # Dutch files that are not UTF-8 are nearly always Windows-1252 (a superset of the printable
    # Latin-1 range, with € at 0x80). It decodes strictly unless one of its five unused bytes
    # occurs; only then is the encoding guessed.
    text = _strict(data, "cp1252")
    if text is not None:
        return text, "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise NotText("no text encoding fits")
    return str(best), best.encoding


def _is_table(line: str) -> bool:
    return "|" in line


def _is_list(line: str) -> bool:
    return _BULLET.match(line) is not None


def _heading_level(line: str) -> int:
    """0 if `line` (stripped) cannot be a heading by its own shape; else its level."""
    if len(line) > 120 or "|" in line or not any(c.isalpha() for c in line[:60]):
        return 0
    first = line[0]
    if not (first.isupper() or first.isdigit() or first in "‘'\"“"):
        return 0
    if line.rstrip(_CLOSERS)[-1:] in _TERMINAL or len(line.split()) > 14:
        return 0
    label = _LABEL.match(line)
    if label and not any(c.isdigit() for c in label.group(1)):
        return 0  # "Portefeuillehouder: J. Jansen" is a labelled value, not a title
    m = _NUMBERED_HEADING.match(line)
    if ". " in (line[m.end() - 1 :] if m else line):  # a sentence inside: prose, not a title
        return 0
    if m:
        return min(m.group(1).count(".") + 1, 6)
    letters = [c for c in line if c.isalpha()]
    if len(letters) >= 3 and all(c.isupper() for c in letters):
        return 1
    return 2


def segment(text: str) -> list[Block]:
    """Blocks of `text`: a heading or list item is one line, a table a run of '|' lines,
    a paragraph a run of prose lines up to a blank line or a sentence-final line break."""
    lines: list[tuple[int, int, str]] = []  # (start, end, stripped line) of non-blank lines
    blank_after: list[bool] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            lines.append((start, start + len(stripped), stripped))
            blank_after.append(False)
        elif blank_after:
            blank_after[-1] = True
        pos += len(raw) + 1
    if blank_after:
        blank_after[-1] = True

    blocks: list[Block] = []
    para: list[int] | None = None  # [start, end] of the open paragraph

    def close() -> None:
        nonlocal para
        if para is not None:
            blocks.append(Block("paragraph", para[0], para[1]))
            para = None

    n = len(lines)
    for i, (start, end, line) in enumerate(lines):
        if is_boilerplate(line):
            close()
            continue
        if _is_table(line):
            close()
            if blocks and blocks[-1].kind == "table" and not blank_after[i - 1] and i:
                blocks[-1] = Block("table", blocks[-1].start, end)
            else:
                blocks.append(Block("table", start, end))
            continue
        prev = blocks[-1] if blocks and para is None else None
        if (
            prev is not None and prev.kind == "list" and prev.end == lines[i - 1][1] and not blank_after[i - 1]
            and (line[0].islower() or text[start - 1] != "\n") and not _is_list(line)
        ):  # a wrapped list item continues on a lower-case or indented line
            blocks[-1] = Block("list", prev.start, end)
            continue
        if para is None or _paragraph_ends(lines[i - 1][2]):
            level = _heading_level(line)
            if level and _heading_context(lines, blank_after, i, n):
                close()
                blocks.append(Block("heading", start, end, level))
                continue
        if _is_list(line):
            close()
            blocks.append(Block("list", start, end))
            continue
        labelled = len(line) <= 120 and _LABEL.match(line) is not None
        if para is not None and (labelled or _paragraph_ends(lines[i - 1][2])):
            close()
        if para is None:
            para = [start, end]
        else:
            para[1] = end
        if blank_after[i] or labelled:
            close()
    close()
    return blocks


def _paragraph_ends(previous: str) -> bool:
    return previous.rstrip(_CLOSERS)[-1:] in ".!?:;"


def _heading_context(lines, blank_after, i: int, n: int) -> bool:
    """A heading-shaped line is a heading when a blank line or a new block follows it."""
    line = lines[i][2]
    if blank_after[i] or i + 1 == n:
        return True
    nxt = lines[i + 1][2]
    if nxt[0].islower() or line.rsplit(None, 1)[-1].lower() in _DANGLING:
        return False  # the sentence runs on into the next line
    if _heading_level(line) == 1 or _NUMBERED_HEADING.match(line):
        return True
    # Before prose (a long line, or one that ends a sentence) or before a list/table.
    if len(nxt) > len(line) and (len(nxt) >= 60 or _paragraph_ends(nxt)) or _is_list(nxt) or _is_table(nxt):
        return True
    # Stacked titles ("Hoofddoel" over its subtitle) are short; a long line is wrapped prose.
    return len(line) <= 60 and _heading_level(nxt) > 0
