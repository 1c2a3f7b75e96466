"""The announced-list step reads only the lines that can matter; it gives what reading every line gives."""

import random
import re
from types import SimpleNamespace

from sdkg.loaders.extract.organisations import (
    AUX_AFTER,
    BODY_LIST_CUE,
    INLINE_ITEM,
    INLINE_NAME,
    LIST_ITEM,
    ORG_LIST_CUE,
    ORG_LIST_INLINE,
    _announced_items,
    _c_announced_list,
)
from sdkg.loaders.extract.scan import lowered


# The step as it read a text before: every line in turn, the inline pattern tried on each.
def _reference(text: str):
    low = lowered(text) or text.lower()
    if not any(w in low for w in ("regelingen", "partijen", "deelnemingen", "partners", "organisaties",
                                  "instellingen", "deelnemers", "aanbieders", "ondertekenaars")):
        return
    intro = ""  # the last line that is no list item
    heading = ""  # the line before it, when short ("Deelnemende organisaties" above "..., bestaande uit:")
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        m = LIST_ITEM.match(line)
        if m:
            bodies = bool(BODY_LIST_CUE.search(intro))
            if bodies or (ORG_LIST_CUE.search(intro) and (intro.rstrip().endswith(":") or len(intro.split()) <= 4)) \
                    or (intro.rstrip().endswith(":") and ORG_LIST_CUE.search(heading)):
                raw, at = m.group(1), pos + m.start(1)
                pieces = raw.split(", ")
                if len(pieces) > 1 and all(p[:1].isupper() for p in pieces):
                    for piece in pieces:  # "A, B": two organisations on one line
                        yield from _announced_items(piece, at, bodies)
                        at += len(piece) + 2
                else:
                    yield from _announced_items(raw, at, bodies)
        elif line.strip():
            heading = intro if len(intro.split()) <= 4 else ""
            intro = line if len(line) < 300 else ""
            for im in ORG_LIST_INLINE.finditer(line):
                at = im.end()
                stop = re.search(r"[.;](?:\s|$)", line[at:])
                seg_end = at + (stop.start() if stop else len(line) - at)
                for it in INLINE_ITEM.finditer(line, at, seg_end):
                    parts = re.split(r"[ \t]+(?:en|of)[ \t]+", it.group(0))
                    off = it.start()
                    for part in parts:
                        q = line.find(part, off)
                        off = q + len(part)
                        lead = INLINE_NAME.match(part.strip())  # "... en C kunnen tot 1 mei ...": C, not the clause
                        if lead and AUX_AFTER.match(part.strip(), lead.end()):
                            part = part[:len(part) - len(part.lstrip())] + lead.group(0)
                        yield from _announced_items(part.strip(), pos + q + (len(part) - len(part.lstrip())), False,
                                                    conf=0.6)
        pos = end + 1


FRAGMENTS = [
    "De partners zijn: Stichting Alfa, Beta Zorg en Gamma.", "Deelnemende organisaties",
    "Het gaat om de volgende gemeenschappelijke regelingen:", "- Stichting Welzijn Oost te Zwolle",
    "• GGD Regio Noord", "1. Werkbedrijf Rivierenland", "   ", "", "x" * 310, "Verbonden partijen",
    "De samenwerkende partijen waren: Humanitas, MEE en De Zonnebloem; verder niets.", "- Beta Zorg, Gamma Wonen",
    "Partners:", "Aanbieders van jeugdhulp zijn Jeugdzorg Noord en Kinderhuis Zuid kunnen tot 1 mei", "\u00a0",
    "\t", "- de Voedselbank", "organisaties bestaande uit:", "Instellingen", "* Vluchtelingenwerk / Rode Kruis",
    "2) Sociaal Team", "gewone tekst zonder iets", "ONDERTEKENAARS: Alfa Groep en Beta Wonen",
]


def _key(c):
    return (c.name, c.start, c.end, c.conf, c.dropped_by)


def test_announced_lists_read_line_by_line_and_by_cue_lines_agree():
    rnd = random.Random(7)
    found = 0
    for n in range(1500):
        text = "\n".join(rnd.choice(FRAGMENTS) for _ in range(rnd.randint(1, 14)))
        text = ("\n" if n % 5 == 0 else "") + text + ("\n" if n % 3 == 0 else "")
        if n % 7 == 0:
            text = text.replace("a", "\u0131", 1)  # lower-casing that moves offsets: every line is tried
        want = [_key(c) for c in _reference(text)]
        assert [_key(c) for c in _c_announced_list(SimpleNamespace(text=text))] == want, text
        found += bool(want)
    assert found > 500  # the texts do hold announced lists
