"""A report's sentences, list items and table rows (units), with their offsets: what relations are found in and
what a quote's context (Web Annotation prefix and suffix) reaches to. Plain regular expressions, no spaCy: the
process that writes the graph uses it without loading the extraction pipeline."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

BULLET = re.compile(r"^\s*(?:[•\-–*·▪●◦]|\d+[.)]|[a-z][.)])\s+")
# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before white space and a capital,
# digit, opening quote or bracket; or at a line break.
# Scraped pages glue a heading to the sentence before it ("de hulpverlening voor.Deelnemers"): a full stop right
# after a lower-case letter and right before a capitalised word ends a sentence too.
# (the punctuation first in both: a scan then skips every other character at once)
_SENT_END = re.compile(r"""[.!?](?:[’”"')]?(?=\s+[A-ZÀ-Ý0-9“‘"'(•])|(?<=[a-zà-ÿ]{2}[.!?])(?=[A-ZÀ-Ý][a-zà-ÿ]{2}))""")
# The full stop of an abbreviation ends no sentence: letters each with its stop ("i.s.m. De X", "o.a. Stichting Y",
# "t.b.v.", "m.b.t.") and the shortened words below; "e.d.", "etc." and "enz." close a list, and often the sentence.
_ABBREVIATION = re.compile(r"(?:(?<![\w.])(?:[a-z]\.){2,4}|(?<![\w.])(?i:bijv|incl|excl|ca|resp|nr|nrs|art|vgl|zgn|evt|dhr"
                           r"|mevr|mw|drs|ir|ing|prof|dr|mr|jl|St)\.)\Z")
_LIST_CLOSERS = ("e.d.", "e.a.", "etc.", "enz.")


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    para: int  # index of the paragraph (block of lines without an empty line)
    item: bool  # a list item or table row


# A line that text copied from a PDF breaks in mid-sentence: it goes on, the next line continuing its sentence, when
# the next starts with a lower-case letter, or when this one ends on a comma or a word that cannot end a sentence.
_WRAP_MIN = 30
_GOES_ON = re.compile(r"(?:,|\b(?:de|het|een|en|of|van|voor|met|in|op|te|aan|bij|tot|naar|om|die|dat|door|als|over|uit"
                      r"|zijn|is|wordt|worden|werd|heeft|hebben|onder|zoals|waarin|waarvan|tussen))[ \t]*$")
_CONTINUES = re.compile(r"""[ \t]*(?:[a-zà-ÿ]|[‘'“"(])""")
_NO_PROSE = re.compile(r"\t|\||\S {3,}\S")  # a table row: cells apart by a tab, a bar or a wide gap


def soft_break_before(text: str, pos: int) -> bool:
    """Whether the line break right before pos (white space aside) breaks a sentence in the middle, as
    logical_lines joins it: the line before goes on here."""
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == 0 or text[i - 1] != "\n":
        return False
    ls = text.rfind("\n", 0, i - 1) + 1
    before = text[ls:i - 1]
    tail = before.rstrip(" \t")[-24:]  # (the checks of a line's end read its end only: lines can be long)
    if not tail or _ENDS_SENTENCE.search(tail) or len(before.strip()) < _WRAP_MIN:
        return False
    le = text.find("\n", pos)
    here = text[i:len(text) if le == -1 else le]
    return (not _no_prose(before) and not _no_prose(here) and not BULLET.match(here)
            and bool(_CONTINUES.match(here) or _GOES_ON.search(tail)))


def _no_prose(line: str) -> bool:
    return ("\t" in line or "|" in line or "   " in line) and bool(_NO_PROSE.search(line))


_ENDS_SENTENCE = re.compile(r"[.!?:;][’”\"')]?[ \t]*$")


def logical_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of text, a line broken in mid-sentence joined to the line that goes on with it
    (its line break then stands inside the unit, as white space)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        a, b = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        body = text[a:b]
        if out and body.strip() and soft_break_before(text, b - len(body.lstrip(" \t"))):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def units(text: str, names: list[tuple[int, int]] | None = None) -> list[Unit]:
    """Sentences and list items, whole, never cut mid-word; offsets into text. `names`: spans (sorted by start)
    of found names, whose own punctuation ends no sentence ('Stad: Doe mee!', 'Schulden? Bel ons')."""
    starts, reach = [], []  # name starts, and the furthest end of the names up to each
    for a, b in names or ():
        starts.append(a)
        reach.append(max(b, reach[-1]) if reach else b)
    out: list[Unit] = []
    para = 0
    for a, b in logical_lines(text):
        body = text[a:b]
        if not body.strip():
            para += 1
            continue
        bullet = BULLET.match(body)
        item = bool(bullet) or "\t" in body or " | " in body
        s = a
        for m in _SENT_END.finditer(body):
            if bullet and m.start() < bullet.end():
                continue  # "1. Name": the number of a list item ends no sentence
            i = bisect.bisect_right(starts, a + m.start()) - 1
            if i >= 0 and reach[i] > a + m.start():
                continue  # the punctuation belongs to a name
            if body[m.start()] == "." and _ABBREVIATION.search(body, max(0, m.start() - 5), m.start() + 1) \
                    and not body.endswith(_LIST_CLOSERS, 0, m.start() + 1):
                continue  # "i.s.m. De X": an abbreviation's stop
            e = a + m.end()
            piece = text[s:e]
            rest = piece.lstrip()  # str.strip's white space is exactly str.isspace's
            if rest:
                out.append(Unit(e - len(rest), s + len(piece.rstrip()), para, item))
            s = e
        piece = text[s:b]
        rest = piece.lstrip()
        if rest:
            out.append(Unit(b - len(rest), s + len(piece.rstrip()), para, item))
    return out
