"""Assemble document text block by block, so every block's offsets are exact by construction."""

from __future__ import annotations

import re

from sdkg.loaders.model import Block

# Only runs that need changing (not single spaces), which keeps collapsing fast on long text.
_SPACE_RUN = re.compile(r"[\t\r\f\v\n][ \t\r\f\v\n]*| [ \t\r\f\v\n]+")
# Lines that navigation chrome leaves in exported report pages; never report prose.
BOILERPLATE = re.compile(
    r"(?:(?:ga |terug )?naar (?:boven|het begin|de inhoud|inhoud|hoofdinhoud)"
    r"|direct naar (?:de )?(?:inhoud|hoofdinhoud|navigatie)|spring naar (?:de )?inhoud"
    r"|exporteren|export(?:eer)? (?:naar |als )?pdf|printen|print(?: deze pagina)?|afdrukken"
    r"|download(?:en)?(?: als| deze pagina als)? pdf|download|deel deze pagina|delen|sluiten|menu"
    r"|terug|vorige|volgende|inklappen|uitklappen|zoeken|naar boven ↑|↑)",
    re.IGNORECASE,
)


def is_boilerplate(line: str) -> bool:
    return BOILERPLATE.fullmatch(line.strip(" \t\u00a0.:>»|")) is not None


# Characters that only say where a word may break or how it joins, and show nothing: the soft hyphen (HTML's &shy;,
# "Participatie&shy;wet"), the zero-width space and non-joiner, the word joiner and a byte-order mark inside the text.
# Left in, "Dal\u00adkracht" reads as "Dal" and a law is not found; every reader takes them out before any offset is
# counted, as the writer of the text meant the word whole.
INVISIBLE = {0x00AD: None, 0x200B: None, 0x200C: None, 0x2060: None, 0xFEFF: None}


_INVISIBLE_CHARS = tuple(map(chr, INVISIBLE))


def visible(text: str) -> str:
    """`text` without INVISIBLE characters (the same object where it holds none)."""
    return text.translate(INVISIBLE) if any(c in text for c in _INVISIBLE_CHARS) else text


def collapse(text: str) -> str:
    """Collapse ASCII whitespace runs to one space, invisible characters out; NBSP and other characters stay as
    written."""
    return _SPACE_RUN.sub(" ", visible(text)).strip(" ")


class TextBuilder:
    """Blocks are separated by a blank line; rows of a table and items of a list by a newline."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self.blocks: list[Block] = []
        self._last_kind: str | None = None

    def add(self, kind: str, text: str, level: int = 0, *, tight: bool = False) -> None:
        text = text.strip()
        if not text:
            return
        if self._len:
            sep = "\n" if tight and self._last_kind == kind else "\n\n"
            self._parts.append(sep)
            self._len += len(sep)
        start = self._len
        self._parts.append(text)
        self._len += len(text)
        self.blocks.append(Block(kind, start, self._len, level))
        self._last_kind = kind

    def last_text(self, kind: str) -> str | None:
        """The text of the last block added, if it is of `kind`."""
        return self._parts[-1] if self.blocks and self.blocks[-1].kind == kind else None

    def break_run(self) -> None:
        """End a run of tight blocks (e.g. one list ends, the next starts after a blank line)."""
        self._last_kind = None

    def text(self) -> str:
        return "".join(self._parts)
