"""Is this a municipal report at all? The check `sdkg ingest` makes after metadata inference.

A file can be readable Dutch-looking text and still not be a report: a recipe, a tiny binary
that happens to decode, a run of one character, a file of three words. Storing those makes
graphs without a municipality and figures from nowhere, so ingest skips them with the reason.
The check is deliberately lenient: a report page needs only some words, mostly letters, and
either a municipality or some social-domain vocabulary (with both missing it says nothing sdkg
can use). Given metadata (`--municipality`, a manifest) counts as a municipality.
"""

from __future__ import annotations

import re
from collections import Counter

from sdkg.loaders.metadata import municipality_from_text
from sdkg.loaders.model import Document, ReportMeta

MIN_WORDS = 40
"""Fewer words than this is not a report page (a heading and a sentence or two)."""
MIN_DISTINCT_WORDS = 15
MIN_LETTER_SHARE = 0.45
"""Letters among the non-space characters that do not write numbers or draw tables; report text has far more (a
page that is a table of amounts too: its labels are words)."""
NUMBER_AND_TABLE_MARKS = frozenset(".,-–—|%€+()/:*")
"""What writes numbers and draws tables besides digits: "-4.075", "(x € 1.000)", "| Lasten | 12.390 |"."""
MAX_ONE_CHARACTER_SHARE = 0.35
"""The most frequent non-space character; in Dutch prose 'e' is about 18 %."""
MIN_DOMAIN_TERMS = 2
_SAMPLE = 400_000

# Stems of the social domain and of municipal reporting (lower case, matched at word starts).
DOMAIN_STEMS = tuple(
    """
    wmo jeugdwet jeugdzorg jeugdhulp jeugd participatiewet participatie bijstand uitkering re-integratie
    zorg welzijn ondersteuning maatschappelijk sociaal sociale wijkteam buurtteam mantelzorg
    armoede schuldhulp schulddienstverlening minima inkomen werkgelegenheid werkzoekend
    dagbesteding begeleiding beschermd opvang huishoudelijk inwoners gemeente gemeenteraad college
    wethouder raad beleid begroting jaarverslag jaarstukken programma subsidie voorziening
    gezondheid preventie veiligheid onderwijs wonen woningcorporatie vrijwilliger
    """.split()
)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_DOMAIN = re.compile(r"\b(" + "|".join(re.escape(s) for s in sorted(DOMAIN_STEMS, key=len, reverse=True)) + ")",
                     re.IGNORECASE)


# The word checks are first made on the text up to a space within this many characters: a text cut at a space has
# no word the whole text lacks, so where its opening has enough words (and different ones), the whole text has too.
_WORDS_FIRST = 20_000


def _too_few_words(text: str) -> str | None:
    """Why `text` has too few words, or too few different ones, to be a report; None if it has enough."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return f"too little text to be a report ({len(words)} words)"
    distinct = set(words)
    if len(distinct) < MIN_DISTINCT_WORDS:
        return f"not report text: {len(words)} words but only {len(distinct)} different ones"
    return None


def not_a_report(doc: Document, meta: ReportMeta, *, given: dict | None = None) -> str | None:
    """None if `doc` may be a municipal report, else the reason it is skipped, in words."""
    text = doc.text[:_SAMPLE]
    chars = Counter(text)  # counted once, then per distinct character: the same figures as per character
    for c in [c for c in chars if c.isspace()]:
        del chars[c]
    visible = sum(chars.values())
    if not visible:
        return "no text"
    top, count = chars.most_common(1)[0]
    if count / visible > MAX_ONE_CHARACTER_SHARE:
        return f"not report text: {count / visible:.0%} of its characters are {top!r}"
    # (a cost table's page is mostly digits and bars, and no less a report's page for it)
    wording = visible - sum(n for c, n in chars.items() if c.isdigit() or c in NUMBER_AND_TABLE_MARKS)
    letters = sum(n for c, n in chars.items() if c.isalpha()) / wording if wording else 0.0
    if letters < MIN_LETTER_SHARE:
        return f"not report text: only {letters:.0%} of its characters outside numbers and tables are letters"
    if _too_few_words(text[:text.rfind(" ", 0, _WORDS_FIRST) + 1]) and (reason := _too_few_words(text)):
        return reason
    # A municipality found only in the file name or address does not make a text a report.
    has_municipality = (meta.municipality is not None and municipality_from_text(meta)) or bool(
        (given or {}).get("municipality"))
    if has_municipality:
        return None
    terms = {m.lower() for m in _DOMAIN.findall(text)}
    if len(terms) < MIN_DOMAIN_TERMS:
        found = f" (only: {', '.join(sorted(terms))})" if terms else ""
        return f"not a municipal report: no municipality named and no social-domain vocabulary{found}"
    return None
