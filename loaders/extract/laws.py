"""Laws and treaties: every surface form of the SKOS thesaurus ontology/laws.ttl, resolved per report year."""

from __future__ import annotations

import re
from functools import lru_cache

from sdkg.loaders import reference as ref
from sdkg.loaders.model import Law
from spacy.lang.nl.stop_words import STOP_WORDS

from .normalise import span
from .scan import anchored_finditer, find_all, words_where


@lru_cache(maxsize=1)
def _matcher() -> tuple[re.Pattern, dict[str, str], frozenset[str], frozenset[str]]:
    """One alternation over all labels, longest first; labels are matched case-sensitively except long names.

    Also the lower-cased first words of the labels: a match can only start where one of them stands; and the
    labels as the thesaurus writes them.
    """
    label_to_iri: dict[str, str] = {}
    alts = []
    anchors: set[str] = set()
    for c in ref.laws().values():
        for lab in c.labels:
            label_to_iri[lab] = c.iri
            label_to_iri.setdefault(lab.lower(), c.iri)
    for lab in sorted(label_to_iri, key=len, reverse=True):
        if lab != lab.lower() or len(lab) > 12 or lab == "wmo":
            esc = re.escape(lab).replace(r"\ ", r"[\s\u00a0]+")
            alts.append(f"(?i:{esc})" if len(lab) > 12 or _one_word(lab) else esc)
            anchors.add(re.match(r"\w*", lab.lower()).group(0))
    # A label counts inside a compound ("wmo-voorziening", "kern-AWBZ", "AVG-proof") but not inside a word.
    pat = re.compile(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w]|-\d)")
    if "" in anchors:  # a label opening with a non-word character cannot be anchored
        anchors = set()
    exact = frozenset(lab for c in ref.laws().values() for lab in c.labels)
    return pat, label_to_iri, frozenset(anchors), exact


def ends_with_law(text: str) -> bool:
    """Whether `text` ends with a law's name or abbreviation, white space after it allowed ("... Bbz ", "de Wmo ")."""
    stripped = text.rstrip()
    end = _end_key(stripped)
    if end is not None and end not in _label_ends():
        return False  # no label ends so (told without the alternation: most text before a year ends in no law)
    return any(m.end() == len(stripped) for m in _matcher()[0].finditer(stripped, max(0, len(stripped) - 80)))


_LAST_WORD = re.compile(r"\w+\Z")


def _end_key(s: str) -> str | None:
    """The last word of `s` lower-cased, or its last character when that is no word character; None for what is not
    ASCII (a case-blind match may take other characters there)."""
    m = _LAST_WORD.search(s, max(0, len(s) - 80))
    key = m.group(0).lower() if m else s[-1:]
    return key if key.isascii() else None


@lru_cache(maxsize=1)
def _label_ends() -> frozenset[str]:
    """_end_key of every label: a match that ends where the text ends ends with its label's last word (a label's words
    stand apart by white space, and no word character comes before a match)."""
    return frozenset(_end_key(lab) for lab in _matcher()[1])


def _one_word(label: str) -> bool:
    """A one-word label of three or more characters is also found in other capitals ("ZvW", "BBZ", "JEUGDWET")."""
    return len(label) >= 3 and label.isalnum()


def _lower_act(surface: str, exact: frozenset[str]) -> bool:
    """An act's one-word name in lower case is still the act ("uitvoering van de participatiewet, WMO en jeugdwet"): a
    Dutch compound ending in -wet names nothing else."""
    return surface.islower() and surface.endswith("wet") and surface.capitalize() in exact


def _capitalised_acronym(surface: str, exact: frozenset[str]) -> bool:
    """An acronym of four letters or more written as a word with one capital ("Ioaw, Ioaz", "Awbz") is still the act:
    no Dutch word is spelled so."""
    return len(surface) >= 4 and surface[:1].isupper() and surface[1:].islower() and surface.upper() in exact


def _other_capitals(surface: str) -> bool:
    """A label written in other capitals than the thesaurus has counts when the surface opens with a capital and
    holds a second one: an abbreviation in another spelling ("ZvW" for Zvw), not a lower-case word ("wia")."""
    return surface[:1].isupper() and sum(ch.isupper() for ch in surface) >= 2


# The budget rules' abbreviation also names what they prescribe ("BBV-indicatoren", "Beleidsindicatoren (BBV)",
# "BBV-overzichten"): the bare abbreviation names the act only as a noun after an article or preposition ("het BBV
# verplicht", "volgens het BBV", "conform BBV").
_ACT_AS_NOUN = {"BBV"}
_NOUN_BEFORE = re.compile(r"(?i)\b(?:het|de|volgens|conform|in|uit|op\s+grond\s+van|vanuit)\s+$")


def _act_as_noun(text: str, start: int, end: int) -> bool:
    return bool(_NOUN_BEFORE.search(text, max(0, start - 24), start)) and not re.match(r"-\w", text[end:end + 2])


_NEWER = re.compile(r"(?i)nieuwe\s*$")
# the start of a period right after an act's name: "Wmo 2016-2019", "Wmo & Jeugd 2016-2019"
_YEAR_AFTER = re.compile(r"(?:[ \t]*&[ \t]*[A-Z][a-z]+)?[ \t]+(20\d\d)[ \t]*[-–]")


def _resolve(c: ref.LawConcept, year: int | None, newer: bool) -> ref.LawConcept:
    """A bare "Wmo" in a report from 2015 on (or undated) means the Wmo 2015; "nieuwe Wet inburgering" the 2021
    act."""
    laws = ref.laws()
    if c.superseded_by:
        succ = laws[c.superseded_by]
        # an undated report speaks of the act in force today
        if newer or year is None or (succ.in_force_from is not None and year >= succ.in_force_from):
            return succ
    return c


def find_laws(text: str, year: int | None) -> list[Law]:
    pat, label_to_iri, anchors, exact = _matcher()
    laws = ref.laws()
    out: dict[str, Law] = {}
    for m in (find_all(pat, text, anchors, fold_case=True, whole=True) if anchors else pat.finditer(text)):
        surface = m.group(0)
        if len(surface) <= 12 and surface not in exact and not _other_capitals(surface) \
                and not _lower_act(surface, exact) and not _capitalised_acronym(surface, exact):
            continue
        if surface.upper() in _ACT_AS_NOUN and not _act_as_noun(text, m.start(), m.end()):
            continue
        iri = label_to_iri.get(surface) or label_to_iri.get(surface.lower()) or label_to_iri.get(
            re.sub(r"\s+", " ", surface).lower())
        if iri is None:
            continue
        newer = bool(_NEWER.search(text, max(0, m.start() - 8), m.start()))
        dated = _YEAR_AFTER.match(text, m.end())
        # "Beleidsplan Wmo 2016-2019" in a report of 2014: a plan for the years under the act then in force
        c = _resolve(laws[iri], max(year or 0, int(dated.group(1))) if dated else year, newer)
        law = out.get(c.iri)
        if law is None:
            law = out[c.iri] = Law(name=c.name, abbreviation=c.abbreviation, bwb_id=c.bwb_id)
        law.mentions.append(span(text, m.start(), m.end()))
    taken = [(sp.start, sp.end) for law in out.values() for sp in law.mentions]
    for a, b in _unlisted_acts(text):
        if any(ta < b and a < tb for ta, tb in taken):
            continue  # part of an act the thesaurus names ("Wet maatschappelijke ondersteuning 2015")
        name = re.sub(r"\s+", " ", text[a:b])
        iri = _misspelt(name)
        if iri is None and (bracket := _ABBREVIATION_AFTER.match(text, b)):
            # "de Zorgverzekingswet (Zvw)": the act its abbreviation names, spelt another way (its first letters
            # the same)
            iri = label_to_iri.get(bracket.group(1))
            if iri is not None and not laws[iri].name.lower().startswith(name[:4].lower()):
                iri = None
        if iri is not None:  # "Particpatiewet": the act the thesaurus lists, a letter off (or its abbreviation after it)
            c = _resolve(laws[iri], year, False)
            law = out.get(c.iri)
            if law is None:
                law = out[c.iri] = Law(name=c.name, abbreviation=c.abbreviation, bwb_id=c.bwb_id)
            law.mentions.append(span(text, a, b))
            continue
        law = out.get(name)
        if law is None:
            law = out[name] = Law(name=name)
        law.mentions.append(span(text, a, b))
    return list(out.values())


_ABBREVIATION_AFTER = re.compile(r"[ \t]*\(([A-Z][A-Za-z]{1,7})\)")


def _misspelt(name: str) -> str | None:
    """The thesaurus act a one-word act name is a typing slip of (one letter left out, added, changed or two
    swapped: "Particpatiewet", "Participatiwet"); None for a name of its own or a short one (too many near
    neighbours)."""
    low = name.lower()
    if " " in low or len(low) < 10:
        return None
    for label, iri in _compound_labels():
        if abs(len(label) - len(low)) <= 1 and label[0] == low[0] and _one_slip(low, label):
            return iri
    return None


@lru_cache(maxsize=1)
def _compound_labels() -> list[tuple[str, str]]:
    """The thesaurus's one-word act labels in -wet of ten letters or more (lower case), with their IRIs."""
    label_to_iri = _matcher()[1]
    return [(k, v) for k, v in label_to_iri.items()
            if k == k.lower() and " " not in k and k.endswith("wet") and len(k) >= 10]


def _one_slip(a: str, b: str) -> bool:
    """Whether a and b (a != b) differ by one letter left out, added or changed, or two neighbours swapped."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


# An act the thesaurus does not list, by the shape of its name: a compound in -wet ("Klimaatwet", "Omgevingswet";
# a Dutch noun ending in "wet" names an act), or "Wet" and up to four lower-case words that are no function words
# ("Wet bodemsanering", "Wet verplichte ggz", "Wet op de lijkbezorging", and a year: "Wet X 2021").
# ... also after "Algemene" ("Algemene nabestaandenwet", "Algemene kinderbijslagwet"); a year right after it is its
# name's ("Archiefwet 1995")
_ACT_COMPOUND = re.compile(r"(?:Algemene[ \t]+[a-zë]{4,}|[A-Z][a-zë]{3,})wet(?:[ \t]+(?:19|20)\d\d(?![\d\-–/]))?(?![\w\-])")
_ACT_COMPOUND_WORD = re.compile(r"[A-Z][a-zë]{3,}wet|Algemene")
_ACT_NAMED = re.compile(r"Wet(?:[ \t]+(?:op|inzake|tot|van|voor)(?:[ \t]+(?:de|het))?)?((?:[ \t]+[a-zë][a-zë\-]{2,}){1,4})"
                        r"(?:[ \t]+(?:19|20)\d\d)?(?![\w\-])")


def _unlisted_acts(text: str) -> list[tuple[int, int]]:
    """(start, end) of acts by the shape of their names, "Wet ..." cut before its first function word ("de Wet
    bodemsanering is ..." -> "Wet bodemsanering"); a "Wet" with no word left is none."""
    out = [(m.start(), m.end()) for m in anchored_finditer(_ACT_COMPOUND, text,
                                                           words_where(text, _ACT_COMPOUND_WORD.fullmatch))]
    for m in find_all(_ACT_NAMED, text, ("wet",), fold_case=True, whole=True):
        end = m.start(1)
        for w in re.finditer(r"\S+", m.group(1)):
            if w.group(0) in STOP_WORDS or w.group(0) in _NOT_ACT_WORDS:
                break
            end = m.start(1) + w.end()
        else:
            end = m.end()  # every word kept: the year after them too
        if end > m.start(1):
            out.append((m.start(), end))
    return sorted(out)


# words that follow "Wet" in running text without being part of an act's name ("Wet en regelgeving", "Wet- en
# regelgeving" is caught by the hyphen)
_NOT_ACT_WORDS = frozenset(("en", "of", "regelgeving", "wordt", "werd", "is", "was", "zijn", "heeft", "geeft", "stelt",
                            "regelt", "bepaalt", "schrijft", "verplicht", "vraagt", "geldt", "gelden", "gold", "gaat",
                            "ging", "treedt", "trad", "komt", "kwam", "biedt", "legt", "maakt", "zorgt", "kent", "eist",
                            "moet", "kan", "zal", "wil", "blijft", "vervalt", "verandert", "wijzigt", "voorziet"))

