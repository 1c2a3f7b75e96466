"""Small shared helpers: spans, Dutch numbers, names."""

from __future__ import annotations

import re
from functools import lru_cache

from sdkg.loaders import reference as ref
from sdkg.loaders.model import Span

# (not where a preposition follows: "Vereniging van X" is named whole)
LEGAL_FORM = re.compile(r"(?i)^(?:stichting|st\.|stg\.?|coöperatie|cooperatie|vereniging)\s+(?!(?-i:van|voor)\s)"
                        r"|\s+(?:b\.v\.|bv|n\.v\.|nv|u\.a\.)$")
# The function words a Dutch sentence opens with: a capitalised one of these starts a sentence, no name.
SENTENCE_OPENERS = frozenset(("Dit", "Dat", "Deze", "Die", "Er", "Het", "De", "Een", "Ook", "In", "Op", "Voor", "Met",
                              "Bij", "Na", "Als", "Zo", "Wij", "We", "Zij", "Hij", "Daarnaast", "Daarbij", "Verder"))
# A document's own furniture: the words of its parts and pages ("Bijlage 2", "Versie 3", "Pagina 4") and a letter's
# heading ("Kenmerk", "Doorkiesnummer"), no name.
DOCUMENT_FURNITURE = frozenset(("Bijlage", "Bijlagen", "Versie", "Pagina", "Hoofdstuk", "Paragraaf", "Inhoud",
                                "Inhoudsopgave", "Doorkiesnummer", "Telefoonnummer", "Kenmerk", "Onderwerp", "Datum"))
# The register of local regulations prints each field's label before its value; a copy runs the two together
# ("CiteertitelBeleidsregels X", "OverheidsorganisatieGemeente Y"): a label, no part of a name.
REGISTER_FIELD_RUN_IN = re.compile(r"(?:Citeertitel|Overheidsorganisatie|Officiële naam regeling|Regeling|Onderwerp|"
                                   r"Eigen onderwerp|Rechtsgebied|Vastgesteld door|Grondslag)(?=[A-Z])")
YEAR = re.compile(r"(?<![\d.,])(?:19[89]\d|20[0-4]\d)(?![\d.,]\d)")
# The months by their full names, an alternation to put in a group ("(?:" + MONTH_NAMES + ")"): dates written out
MONTH_NAMES = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
# ... and the days of the week ("dinsdag 14 januari 2020")
WEEKDAY_NAMES = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"

WORD_NUMBERS = {
    "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
    "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17,
    "achttien": 18, "negentien": 19, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "honderd": 100,
}
MULTIPLIERS = {
    "miljoen": 1e6, "mln": 1e6, "mln.": 1e6, "mljn": 1e6, "mjln": 1e6, "milj": 1e6, "milj.": 1e6, "m": 1e6,
    "miljard": 1e9, "mld": 1e9, "mld.": 1e9, "duizend": 1e3, "dzd": 1e3, "dzd.": 1e3, "k": 1e3,
}


# Spaces other than the plain one that web pages and PDFs put between words (no-break, figure, thin and narrow no-break
# spaces): the patterns read them as plain spaces, one character for one, so every offset holds.
OTHER_SPACES = "\u00a0\u2007\u2009\u202f"


_last_plain: list[tuple[str, str]] = [("", "")]  # the last text made plain and its plain copy, as one pair


def plain_spaces(text: str) -> str:
    """`text` with its other spaces as plain ones (the same object when it has none). The metadata and the extraction
    of one report get the same copy, so that what is kept per text object (the tokens, the word index) is made once.
    (The pair is read and replaced whole: a thread never gets another text's copy.)"""
    source, plain = _last_plain[0]
    if source is text:
        return plain
    if not any(c in text for c in OTHER_SPACES):
        return text
    plain = text
    for c in OTHER_SPACES:  # (str.replace per character: str.translate is many times slower on a text beyond Latin-1)
        plain = plain.replace(c, " ")
    _last_plain[0] = (text, plain)
    return plain


# an item's number run into the word before it, before the item: "Wonen2. Programma"
GLUED_NUMBER = re.compile(r"(?<=[^\W\d_])(\d{1,2})\.[ \t]+(?=[A-Z])|(?:^|(?<=[\s:]))(\d{1,2})\.[ \t]+(?=[A-Z])")


def numbered_run(text: str, s: int, e: int) -> bool:
    """Whether the digits ending the word at s..e number the next item of a list run into one line: the line holds
    the item before or after it too ("...:1. Programma Wonen2. Programma Zorg3. Programma ...")."""
    digits = s + len(text[s:e].rstrip("0123456789"))
    if not GLUED_NUMBER.match(text, digits):
        return False
    n = int(text[digits:e])
    ls, le = text.rfind("\n", 0, s) + 1, text.find("\n", e)
    numbers = {int(m.group(1) or m.group(2)) for m in GLUED_NUMBER.finditer(text, ls, len(text) if le == -1 else le)}
    return n - 1 in numbers or n + 1 in numbers


def span(text: str, start: int, end: int) -> Span:
    # Trim surrounding white space so the quote is tight; the invariant text[start:end] == quote holds.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end])


def parse_dutch_number(s: str) -> float | None:
    """"1.324" -> 1324, "4,2" -> 4.2, "24.000,-" -> 24000, "1,324.5" (English) is read as Dutch-first."""
    s = s.strip().rstrip("-").rstrip(",").replace("\u00a0", "").replace(" ", "")
    if not s or not re.fullmatch(r"[\d.,]+", s):
        return None
    if "," in s:
        whole, _, frac = s.rpartition(",")
        whole = whole.replace(".", "")
        if not whole:
            whole = "0"
        try:
            return float(f"{whole}.{frac}") if frac else float(whole)
        except ValueError:
            return None
    if "." in s:
        parts = s.split(".")
        if all(len(p) == 3 for p in parts[1:]):
            return float("".join(parts))  # thousands separators
        try:
            return float(s)
        except ValueError:
            return None
    return float(s)


@lru_cache(maxsize=1 << 16)  # (asked some 15,000 times per long report, for a few hundred names)
def strip_legal_form(name: str) -> str:
    prev = None
    while prev != name:
        prev = name
        name = LEGAL_FORM.sub("", name).strip()
    return name


def title_case(s: str) -> str:
    """"SOCIAAL DOMEIN" -> "Sociaal Domein"; short function words stay lower case."""
    small = {"en", "van", "de", "het", "der", "voor", "in", "op", "met", "aan", "te", "tot"}
    words = s.lower().split()
    return " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(words))


# A council's committee named by its policy fields ("Commissie Welzijn", "Raadscommissie Samenleving en Bestuur"): one
# of the municipality's governing bodies, neither an organisation nor an initiative
COUNCIL_COMMITTEE = re.compile(r"(?:Raads)?[Cc]ommiss?ie(?:,?[ \t]+(?:en|&|Sociaal|Sociale|Domein|Samenleving|Bestuur|"
                               r"Middelen|Ruimte|Burgers|Maatschappij|Financiën|Leefomgeving|Mens|Zorg|Welzijn|Wonen|Werk|"
                               r"Sport|Cultuur|Jeugd|Onderwijs|Veiligheid|Inkomen|Participatie|Economie|Algemene|Zaken))+")


# a year or a period of years, as a plan or a document names its time: "2020", "2019 - 2022", "2023–2026"
YEAR_SPAN = r"(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?"


# a table row run together, its amounts glued to its label: "Huisvesting Lasten000000", "Heuvelkwartier4120398800"
# (not a name with its area code: "Buurtkracht073")
GLUED_DIGITS = re.compile(r"[^\W\d_]{2}\d{5,}$")


def cut_by_text_end(text: str, end: int, name: str) -> bool:
    """Whether the excerpt's end cuts off a name's last word: the name ends the text, which ends inside a word, and
    that word is the start of a longer word of the text or of the registers' names, and no whole word of either
    ("Stichting Welzijn Ondersteun" where a page's excerpt was cut)."""
    if end != len(text) or not text[-1:].isalnum() or not name.split():
        return False
    last = ref.fold(name.split()[-1])
    if len(last) < 3:
        return " " in name.strip()  # "Beleidsplan Integrale sc": a letter or two left of the word
    words = set(re.findall(r"\w+", ref.fold(text[:end - len(name.split()[-1])]))) | ref.name_words()
    return last not in words and any(w.startswith(last) for w in words)
