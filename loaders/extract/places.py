"""Municipalities and neighbourhoods, matched on the token Doc against the national reference lists."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from sdkg.loaders import reference as ref
from sdkg.loaders.model import Place
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH
from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .nlp import sent_starts, text_of
from .normalise import span
from .scan import anchored_finditer, find_all, occurrences, whole_occurrences, word_starts

# Municipality names that are also ordinary words: only trusted away from the start of a sentence.
AMBIGUOUS_MUNI = {"best", "buren", "bergen", "goes", "putten", "sluis", "stein", "beek", "laren", "weert", "mill",
                  "echt", "haren", "ede", "epe", "son", "oost", "rijk", "land", "horst", "boxtel"}
# ... words that stand for the state, a country or a direction without an article too ("Rijk heeft", "Oost werkt")
AMBIGUOUS_NOUNS = {"rijk", "land", "oost"}
# A singular verb after a sentence's first word: that word is the subject.
SUBJECT_VERBS = ("werkt", "heeft", "zet", "wil", "investeert", "kiest", "biedt", "gaat", "zorgt", "voert", "neemt", "staat",
                 "streeft", "stimuleert", "ondersteunt", "vindt", "bevordert", "beweegt", "blijft", "wordt", "telt", "kent", "is")
ARTICLES = {"De", "Het", "'t", "’t"}
# the word before a kern's name: "de kern X" is a kern, also where the municipality bears its name
CORE_WORDS = {"kern", "dorpskern"}
# The provinces (and the two regions reports name like them), as a name stands in text.
PROVINCE_NAMES = ("Groningen", "Friesland", "Fryslân", "Drenthe", "Overijssel", "Flevoland", "Gelderland", "Utrecht",
                  "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg", "Twente", "Brabant")
LOWER_COMPASS = frozenset({"midden", "noord", "zuid", "oost", "west", "noordoost", "noordwest", "zuidoost", "zuidwest"})
COMPASS = {"Noord", "Zuid", "Oost", "West", "Midden", "Centrum", "Noord-Oost", "Noord-West", "Zuid-Oost",
           "Zuid-West"}
# The word that says a name is a part of the municipality: "in de wijk X", "de buurt X" (a name before it ends there)
AREA_WORD_BEFORE = re.compile(r"(?i)\b(?:wijk|buurt|stadsdeel|stadswijk|woonwijk)[ \t]+$")
# ... not the nouns for a kind of area ("Veiligheid Woonbuurt", "Woonwijk X": a dwelling area, a new-build area)
AREA_SUFFIX = re.compile(r"^(?!(?:Woon|Nieuwbouw|Achterstands|Aandachts|Kracht|Vinex|Buiten|Binnen|Stads|Volks|Probleem|"
                         r"Voorbeeld|Proef|Focus|Pilot)(?:buurt|wijk|kwartier)$)[A-Z][a-zà-ü]{3,}(?:buurt|wijk|kwartier)$")
STOP = set(STOP_WORDS) | {"plan", "top", "rijk", "waarde", "huizen", "driehoek", "kern", "markt", "haven",
                         "zorg", "wonen", "werk", "jeugd", "welzijn", "school", "kerk", "molen", "sport"}
# Plain words that open a sentence with "van"/"voor" and a municipality after them: "Inwoners van Epe", "Namens
# Heerde" (no name "X van Y", as "Huizen van Morgen" is)
STOP_OR_PLAIN_OPENERS = set(STOP_WORDS) | {"inwoners", "bewoners", "jongeren", "ouderen", "kinderen", "gezinnen",
                                           "cliënten", "huishoudens", "medewerkers", "vertegenwoordigers", "namens",
                                           "wethouders", "burgemeester", "college", "raad", "gemeenten"}
_PROVINCE_QUALIFIER = re.compile(r"\s*\(([A-Za-z]{1,3})\.?\)")


def of_qualified_province(text: str, end: int, codes: list[str]) -> list[str] | None:
    """The municipalities among `codes` whose official name holds the province the text writes in brackets after the
    name ending at `end` ("Bergen (NH)", "Bergen (L.)"); None where no such bracket follows."""
    qm = _PROVINCE_QUALIFIER.match(text, end, end + 20)
    if qm is None:
        return None
    gems = ref.gemeenten()
    return [c for c in codes if re.search(rf"\(\s*{re.escape(qm.group(1))}\.?\s*\)", gems[c].name, re.I)]


ADJ_BEFORE_FACILITY = {"nieuwe", "oude", "huidige", "voormalige"}
ADDRESS_CUES = {("aan", "de"), ("aan", "het"), ("op", "het"), ("op", "de"), ("aan", "t")}
FACILITY_SUFFIX = ("centrum", "park", "huis", "school", "hal", "bad", "gebouw", "locatie", "kerk", "straat",
                   "plein", "laan", "weg", "station", "terrein")
CONNECTORS = {"en", "de", "het", "van", "aan", "op", "bij", "der", "den", "t", "'t", "’t", "in", "la", "le"}
# A surname's particle ("van de Sluis", "ter Horst") and the offices a person holds before a name ("wethouder De
# Vries", "minister van X"): shared with the initiatives' person filter (initiatives.py).
PARTICLE = r"(?:van[ \t]+de[nr]?|van|de|der|den|ter|ten)"
PARTICLES = frozenset(("van", "de", "der", "den", "ter", "ten"))  # (the particle's last word)
OFFICE = (r"(?:portefeuillehouder|wethouder|burgemeester|gedeputeerde|raadslid|griffier|gemeentesecretaris|directeur|"
          r"voorzitter|minister|staatssecretaris|commissaris)")
# Initials or a first name and a surname's particle before a place's name: "A.B. van de Sluis", "Anna ter Horst".
_PERSON_BEFORE = re.compile(rf"(?:\b[A-Z]\.[ \t]*(?:[A-Z]\.[ \t]*)*|\b(?P<first>[A-Z][a-z]+)[ \t]+){PARTICLE}[ \t]+$")
GEMEENTE_BEFORE = re.compile(r"(?i)gemeente[ \t]+$")


# an office and a particle before a name: "minister van X", "staatssecretaris De Y" (a surname, not the place)
_OFFICE_PARTICLE_BEFORE = re.compile(rf"(?i)\b{OFFICE}[ \t]+(?-i:{PARTICLE})[ \t]+$")


def person_before(text: str, start: int) -> bool:
    """Whether the name at `start` is a surname (initials, a first name or an office, and a particle before it)."""
    m = _PERSON_BEFORE.search(text, max(0, start - 30), start)
    return (bool(m) and (m.group("first") is None or m.group("first") in ref.first_names())) \
        or bool(_OFFICE_PARTICLE_BEFORE.search(text, max(0, start - 40), start))


# "geld vanuit Den Haag", "Den Haag besloot ...": the seat of government for the national government, no municipality
_SEAT_OF_GOVERNMENT = "GM0518"
_GOVERNMENT_FROM = re.compile(r"\b[Vv]anuit[ \t]+$")
_GOVERNMENT_THINKS = re.compile(r"[ \t]+(?:dacht|denkt|besloot|besluit|bepaalt|bepaalde|wil|wilde|verwacht|verwachtte)\b")


def seat_of_government(text: str, m: Mention) -> bool:
    """Whether the mention names the national government by its seat ("vanuit Den Haag", "Den Haag besloot")."""
    return _SEAT_OF_GOVERNMENT in m.codes and (bool(_GOVERNMENT_FROM.search(text, max(0, m.start - 8), m.start))
                                               or bool(_GOVERNMENT_THINKS.match(text, m.end)))


REGION_WORDS = {"regio", "Regio", "provincie", "Provincie", "regionaal", "Regionaal", "hoogheemraadschap",
                "Hoogheemraadschap", "waterschap", "Waterschap"}  # ("hoogheemraadschap Utrecht": a water board's area)


@dataclass
class Mention:
    key: str  # folded name
    surface: str
    start: int  # char offsets
    end: int
    tok_start: int
    tok_end: int
    codes: tuple[str, ...]  # GM codes
    sent_start: bool = False
    in_region: bool = False  # "regio X", "provincie X", "Rijk van X"
    in_name: bool = False  # part of a larger capitalised name: "ROC Zwolle"
    core: bool = False  # after "de kern": a kern, even where a municipality bears the name


@lru_cache(maxsize=1)
def _muni_first_words() -> tuple[dict[str, int], dict[str, list[str]]]:
    """First folded word -> max length in words; folded label -> GM codes."""
    first: dict[str, int] = {}
    codes: dict[str, list[str]] = {}
    for key, gs in ref.gemeenten_by_name().items():
        w = key.split()
        first[w[0]] = max(first.get(w[0], 0), len(w))
        codes[key] = [g.cbs_code for g in gs]
    return first, codes


@lru_cache(maxsize=1)
def _area_first_words() -> dict[str, int]:
    first: dict[str, int] = {}
    for key in ref.area_index():
        w = key.split()
        first[w[0]] = max(first.get(w[0], 0), len(w))
    return first


def _is_sent_start(doc: Doc, i: int) -> bool:
    if i == 0 or sent_starts(doc)[i]:
        return True
    prev = doc[i - 1]
    return prev.text in {"|", ":", "•", "-", "–", "(", "\n"} or "\n" in prev.text or prev.is_space


def _capitalised(t: str) -> bool:
    return bool(t) and (t[0].isupper() or (t[0] in "'’" and len(t) > 1))


def continues_a_name(doc: Doc, i: int) -> bool:
    """Whether token i goes on with a capitalised word before it that no sentence start explains: the place name
    is the end of a longer name ("Stichting ABC De Camp", "Huize Oosterpark")."""
    return i > 0 and not _is_sent_start(doc, i) and _capitalised(doc[i - 1].text) and not _is_sent_start(doc, i - 1)


def _tokens(doc: Doc) -> tuple[list[str], list[int], list[bool]]:
    """Token texts, char offsets and is-space-or-punct flags, read once per Doc as arrays (no Token objects)."""
    cached = doc.user_data.get("sdkg_tokens")
    if cached is None:
        text = text_of(doc)
        if len(doc):
            arr = doc.to_array([IDX, LENGTH, IS_SPACE, IS_PUNCT])
            idxs = arr[:, 0].tolist()
            toks = [text[a:a + n] for a, n in zip(idxs, arr[:, 1].tolist(), strict=True)]
            flags = (arr[:, 2] | arr[:, 3]).astype(bool).tolist()
        else:
            idxs, toks, flags = [], [], []
        cached = doc.user_data["sdkg_tokens"] = (toks, idxs, flags)
    return cached


def _cap_tokens(doc: Doc) -> list[int]:
    """Indices of the capitalised tokens: the only ones a place name can start with."""
    cached = doc.user_data.get("sdkg_caps")
    if cached is None:
        toks, idxs, _ = _tokens(doc)  # _capitalised, inline: a call per token cost more than the test
        cached = doc.user_data["sdkg_caps"] = [i for i, t in enumerate(toks)
                                               if t and (t[0].isupper() or (t[0] in "'’" and (
                                                   len(t) > 1 or _apostrophe_s(toks, idxs, i))))]
    return cached


def _apostrophe_s(toks: list[str], idxs: list[int], i: int) -> bool:
    """A lone apostrophe the tokeniser split from the "s-Gravenhage" right after it ("de gemeenten 's-Gravenhage")."""
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    return idxs[i + 1] == idxs[i] + 1 if nxt[:1] == "s" and nxt[1:2] in "-‑–" and nxt[2:3].isupper() else False


def _scan(doc: Doc, first: dict[str, int], lookup) -> list[tuple[int, int, str]]:
    """Longest matches of folded token sequences; returns (tok_start, tok_end, key)."""
    out = []
    text = text_of(doc)
    toks, idxs, spacepunct = _tokens(doc)
    fold = ref.fold
    n = len(toks)
    nxt = 0  # tokens before this one are inside an earlier match
    for i in _cap_tokens(doc):
        if i < nxt:
            continue
        tt = toks[i] + toks[i + 1] if toks[i] in ("'", "’") and i + 1 < n else toks[i]  # "'" + "s-Gravenhage"
        fw = fold(tt).split()
        maxlen = first.get(fw[0]) if fw else None
        if maxlen is None:
            continue
        found = None
        top = min(n, i + maxlen + 2)
        # the first word after i that a name cannot run over (lower case, no connector): no name reaches past it
        stop = next((k for k in range(i + 1, top) if not _capitalised(toks[k]) and toks[k].isalpha()
                     and toks[k].lower() not in CONNECTORS), top)
        for j in range(stop, i, -1):
            if spacepunct[j - 1] and j - 1 > i:
                continue
            seg = text[idxs[i]:idxs[j - 1] + len(toks[j - 1])]
            if "\n" in seg:
                continue
            k = fold(seg)
            if lookup(k):
                found = (i, j, k)
                break
        if found:
            out.append(found)
            nxt = found[1]
    return out


def municipality_mentions(doc: Doc) -> list[Mention]:
    cached = doc.user_data.get("sdkg_munis")
    if cached is None:
        cached = doc.user_data["sdkg_munis"] = _municipality_mentions(doc)
    return cached


def _municipality_mentions(doc: Doc) -> list[Mention]:
    first, codes = _muni_first_words()
    out = []
    for i, j, key in _scan(doc, first, lambda k: k in codes):
        start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
        m = Mention(key, text_of(doc)[start:end], start, end, i, j, tuple(codes[key]))
        m.sent_start = _is_sent_start(doc, i)
        if key in AMBIGUOUS_MUNI and m.sent_start and not (
                key not in AMBIGUOUS_NOUNS and j < len(doc) and doc[j].text in SUBJECT_VERBS):
            continue  # "Goes heeft twee coaches aangesteld": a subject with no article is the municipality, not a lock
        prev = doc[i - 1].text if i > 0 else ""
        prev2 = doc[i - 2].text if i > 1 else ""
        nxt = doc[j].text if j < len(doc) else ""
        if prev in REGION_WORDS or (prev in {"van", "voor"} and prev2 in {"Rijk", "regio", "Regio"}) \
                or prev in LOWER_COMPASS:  # "de arbeidsmarktregio midden Utrecht": a region named after it
            m.in_region = True
        elif nxt.startswith(("-", "–", "—")) or (nxt in {"en", "&"} and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()
                                     and prev in REGION_WORDS):
            m.in_region = True
        if (not m.sent_start and _capitalised(prev) and prev not in {"Gemeente", "In", "Te", "En", "Met", "Uit", "Naar"}
                and not prev.isupper() and not prev.endswith("gemeenten")
                and not (_is_sent_start(doc, i - 1) and prev.lower() in STOP_OR_PLAIN_OPENERS)) \
                or (prev in {"van", "voor"} and _capitalised(prev2) and prev2 != "gemeente"
                    and not (i > 1 and _is_sent_start(doc, i - 2) and prev2.lower() in STOP_OR_PLAIN_OPENERS)):
            # (not after a plural of municipalities: "de andere Heuvelsteegemeenten Dalwijk, IJsselstein en ...")
            m.in_name = True
        after = j + 2 if j + 2 < len(doc) and doc[j + 1].text in {"de", "het"} else j + 1
        if nxt in {"van", "voor"} and after < len(doc) and _capitalised(doc[after].text):
            m.in_name = True  # "Huizen van Morgen", "Huizen van de Buurt"
        if (j < len(doc) and re.match(r"^[A-Z][a-z]+$", nxt) and not sent_starts(doc)[j] and nxt not in COMPASS):
            # "Amersfoort Toegankelijk": a municipality name opening a longer proper name.
            m.in_name = True
        out.append(m)
    return out


def area_mentions(doc: Doc) -> list[Mention]:
    """Every neighbourhood-like name of any municipality (country-wide list), plus -buurt/-wijk compounds."""
    cached = doc.user_data.get("sdkg_areas")
    if cached is None:
        cached = doc.user_data["sdkg_areas"] = _area_mentions(doc)
    return cached


def _area_mentions(doc: Doc) -> list[Mention]:
    idx = ref.area_index()
    first = _area_first_words()
    text = text_of(doc)
    out = []
    taken: set[int] = set()
    munis = ref.gemeenten_by_name()
    for i, j, key in _scan(doc, first, lambda k: k in idx):
        prev = doc[i - 1].lower_ if i > 0 else ""
        if key in STOP or (key in munis and prev not in CORE_WORDS):  # ("de kern Kapelle" of Kapelle: a kern)
            continue
        prev2 = doc[i - 2].lower_ if i > 1 else ""
        if prev in ADJ_BEFORE_FACILITY or (prev2, prev) in ADDRESS_CUES:
            continue
        if prev in PARTICLES and person_before(text, doc[i].idx):
            continue  # "portefeuillehouder A.B. van Wijhe": a surname, no neighbourhood
        if prev.endswith(FACILITY_SUFFIX) and prev not in {"in", "de"}:
            out.append(Mention(key, "", 0, 0, i, j, ("facility",)))
            continue
        if prev in {"en", ","} and out and out[-1].tok_end == i - 1 and out[-1].codes == ("facility",):
            continue
        # Extend with a compass word ("Wesselerbrink Noord") and a leading article ("De Mors").
        if j < len(doc) and doc[j].text in COMPASS and not sent_starts(doc)[j]:
            j += 1
        if i > 0 and doc[i - 1].text in ARTICLES and not _is_sent_start(doc, i - 1):
            i -= 1
        start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
        codes = set(idx[key])
        bare = re.sub(r"^(?:de|het|t) ", "", key)
        if bare != key and bare in idx:
            codes |= set(idx[bare])  # "De Mors" is also the "Mors" of CBS's "Lage Mors"/"Morsdistrict"
        m = Mention(key, text[start:end], start, end, i, j, tuple(sorted(codes)), sent_start=_is_sent_start(doc, i),
                    core=prev in CORE_WORDS)
        out.append(m)
        taken.update(range(i, j))
    toks, idxs, _sp = _tokens(doc)
    for ti in _cap_tokens(doc):
        tt = toks[ti]
        if "-" not in tt and "/" not in tt and not tt.endswith(("buurt", "wijk", "kwartier")):
            continue
        if ti in taken or _is_sent_start(doc, ti):
            continue
        parts = tt.split("/") if "/" in tt else tt.split("-")  # ("Spanbroek/Hoogwoud": two kernen as one)
        t_idx = idxs[ti]
        if "/" in tt:
            if len(parts) == 2 and all(ref.fold(p) in idx for p in parts):
                shared = set(idx[ref.fold(parts[0])]) & set(idx[ref.fold(parts[1])])
                if shared:
                    out.append(Mention(ref.fold(tt), tt, t_idx, t_idx + len(tt), ti, ti + 1, tuple(shared)))
            continue
        if AREA_SUFFIX.match(parts[0]) and all(_capitalised(p) for p in parts) and len(parts) <= 3:
            out.append(Mention(ref.fold(tt), tt, t_idx, t_idx + len(tt), ti, ti + 1, ()))
        elif len(parts) == 2:
            shared = (set(idx[ref.fold(parts[0])]) & set(idx[ref.fold(parts[1])])
                      if all(ref.fold(p) in idx for p in parts) else set())
            joined = ref.fold("".join(parts))
            if shared:
                out.append(Mention(ref.fold(tt), tt, t_idx, t_idx + len(tt), ti, ti + 1, tuple(shared)))
            elif joined in idx:
                # "Kessel-Eik" for the register's "Kesseleik": one name written with and without its hyphen
                out.append(Mention(joined, tt, t_idx, t_idx + len(tt), ti, ti + 1, tuple(sorted(idx[joined]))))
    out = [m for m in out if m.codes != ("facility",)]
    out += _named_cores(doc, {m.start for m in out})
    out.sort(key=lambda m: m.start)
    return _join_compounds(doc, out)


_CORE = re.compile(r"\b(?:dorps)?kern[ \t]+([A-Z][\w'’\-]+)")


def _core_starts(text: str) -> set[int]:
    """Where _CORE can match: at the word "kern" or "dorpskern" (the pattern opens with it, a space after it)."""
    return word_starts(text, ("kern", "dorpskern"), whole=True)


def _named_cores(doc: Doc, known: set[int]) -> list[Mention]:
    """Villages called a kern ("de kern Kapelle"), the municipality's main one too: kernen by the register of
    woonplaatsen, where no wijk or buurt of the name was found."""
    text = text_of(doc)
    if "kern " not in text:
        return []
    toks, idxs, _flags = _tokens(doc)
    out = []
    for m in anchored_finditer(_CORE, text, _core_starts(text)):
        key = ref.fold(m.group(1))
        codes = ref.woonplaats_gemeenten().get(key)
        ti = bisect.bisect_left(idxs, m.start(1))
        if not codes or m.start(1) in known or ti >= len(idxs) or idxs[ti] != m.start(1):
            continue
        out.append(Mention(key, m.group(1), m.start(1), m.end(1), ti, ti + 1, tuple(codes), core=True))
    return out


def _join_compounds(doc: Doc, ms: list[Mention]) -> list[Mention]:
    """"Liendert & Rustenburg": two neighbourhoods of one municipality joined by '&' form one plan area."""
    out: list[Mention] = []
    for m in ms:
        if out:
            p = out[-1]
            between = text_of(doc)[p.end:m.start]
            shared = set(p.codes) & set(m.codes)
            if between.strip() == "&" and shared:
                out[-1] = Mention(ref.fold(text_of(doc)[p.start:m.end]), text_of(doc)[p.start:m.end], p.start, m.end,
                                  p.tok_start, m.tok_end, tuple(shared))
                continue
        out.append(m)
    return out


# The municipalities a merger joined, named as such ("na de fusie van A en B", "de herindeling van A, B en C"):
# municipalities of their time, not places of today's.
MERGED = re.compile(r"(?i)(?:\b(?:fusie|samenvoeging|herindeling|samengaan)\s+(?:van|tussen)\s+(?:de\s+(?:voormalige\s+)?"
                    r"gemeenten\s+)?|\bvoormalige\s+gemeenten?\s+)"  # ("de voormalige gemeenten A, B en C")
                    r"(?:[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s*(?:,|\sen)\s*)*\Z")


def merged_municipality(text: str, m: Mention) -> bool:
    """Whether `m` is one of the municipalities a merger joined, by the words before it."""
    return MERGED.search(text, max(0, m.start - 120), m.start) is not None


def former_municipalities_here(munis: list[Mention], gm: str | None, year: int | None) -> list[Mention]:
    """Former municipalities that are now kernen or wijken of the reporting one ("in Sittard en Geleen" in a
    report of Sittard-Geleen), as area mentions of it: they are neighbourhoods, not other municipalities."""
    if not gm:
        return []
    gems = ref.gemeenten()
    idx = ref.area_index()
    out = []
    for m in munis:
        if m.in_name or m.in_region or any(gems[c].valid_in(year) for c in m.codes):
            continue
        if gm in idx.get(m.key, {}) or gm in ref.woonplaats_gemeenten().get(m.key, ()):
            out.append(replace(m, codes=(gm,)))
    return out


# Buildings named after their street or area: "vijf locaties (A, B, C en D)", "opvanglocatie de D", "het pand E"
_BUILDINGS_LISTED = re.compile(r"(?i)\b[a-z]*(?:locaties|gebouwen|panden|accommodaties)[ \t]*\(([^()\n]{3,200})\)")
_BUILDING_BEFORE = re.compile(r"(?i)\b[a-z]*(?:locatie|gebouw|pand|accommodatie)[ \t]+(?:de[ \t]+|het[ \t]+)?$")


def _building_spans(text: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in _BUILDINGS_LISTED.finditer(text)] if "(" in text else []


def neighbourhoods_of(doc: Doc, mentions: list[Mention], gm: str | None, excluded_keys: set[str]) -> list[Place]:
    """Neighbourhood mentions that belong to the reporting municipality, one Place per folded name; not a building
    named after its place."""
    by_key: dict[str, Place] = {}
    surface_keys = {m.key for m in mentions}
    idx = ref.area_index()
    text = text_of(doc)
    buildings = _building_spans(text)
    for m in mentions:
        if m.key in excluded_keys and not m.core:
            continue
        if any(a <= m.start and m.end <= b for a, b in buildings) or \
                _BUILDING_BEFORE.search(text, max(0, m.start - 30), m.start):
            continue
        key = ref.fold(m.surface)
        name = m.surface
        # "Prinsessenbuurt Hoven" next to a written compound "Prinsessenbuurt-Hoven" is the same area.
        nxt = doc[m.tok_end] if m.tok_end < len(doc) else None
        if nxt is not None and _capitalised(nxt.text):
            k2 = ref.fold(m.surface + " " + nxt.text)
            if k2 in surface_keys and k2 != key:
                key = k2
                name = next(x.surface for x in mentions if x.key == k2)
                p = by_key.get(key)
                if p is not None:
                    end = nxt.idx + len(nxt.text)
                    p.mentions.append(span(text_of(doc), m.start, end))
                    continue
        suffix_name = bool(AREA_SUFFIX.match(m.surface.split("-")[0].split()[-1]))
        if m.codes and gm not in m.codes and not suffix_name:
            continue
        if not gm or (m.sent_start and not m.codes):
            continue
        code = None
        if m.codes and gm in m.codes:
            areas = idx.get(m.key, {}).get(gm) or []
            # a wijk's code, else a buurt's; a woonplaats (a kern) has no CBS code
            code = next((a.code for p in ("WK", "BU") for a in areas if a.code.startswith(p)), None)
        p = by_key.get(key)
        if p is None:
            p = by_key[key] = Place(name=name, code=code)
        p.mentions.append(span(text_of(doc), m.start, m.end))
    # "A/B" where A and B are named on their own too is those two, no third ("Sijbekarspel/Benningbroek" alone stays)
    return [p for p in by_key.values()
            if not ("/" in p.name and all(ref.fold(part) in by_key for part in p.name.split("/")))]


# A postcode and the town after it: an address ("Dorpsstraat 1 1234 AB Zeedorp", "5678 CD ZEEDORP"), no place of work
# (the look-behind stands after the first digit: a pattern that opens with a digit is searched for digits only)
_POSTCODE_TOWN = re.compile(r"\d(?<![\w.,]\d)\d{3}[ \t]?[A-Z]{2}[ \t]+[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)?")
# ... a post box and its town ("Postbus 12 ZEEDORP"), a street with its number and the town after a comma
# ("Raadhuisplein 1, Zeedorp")
_BOX_OR_STREET_TOWN = re.compile(r"\bPostbus[ \t]+\w+[ \t]+(?:\d{4}[ \t]?[A-Z]{2}[ \t]+)?[A-Z][\w'’\-]*|"
                                 r"\b[A-Z][a-z]+(?:straat|plein|weg|laan|kade|singel|gracht|dijk|markt|park)[ \t]+\d+[a-z]?,"
                                 r"[ \t]+[A-Z][\w'’\-]*")


def address_spans(text: str) -> list[tuple[int, int]]:
    """Where a postcode, a post box or a street and its town stand (a neighbourhood named there is part of an
    address)."""
    spans = [(m.start(), m.end()) for m in _POSTCODE_TOWN.finditer(text)]
    if "Postbus" in text or "," in text:
        spans += [(m.start(), m.end()) for m in _BOX_OR_STREET_TOWN.finditer(text)]
    return spans


def outside_longer_names(places: list[Place], names: list[tuple[int, int]]) -> list[Place]:
    """Neighbourhoods without the mentions that are a word of a longer name: "Son" in the municipality "Son en
    Breugel", "Oost" or "Noord" in an organisation "Welzijn X Oost", "Y" in "het Y College". A place none of whose
    mentions stands on its own is dropped."""
    if not names:
        return places
    spans = sorted(names)
    starts = [a for a, _b in spans]
    out = []
    for p in places:
        kept = []
        for m in p.mentions:
            lo, hi = bisect.bisect_left(starts, m.start - 200), bisect.bisect_right(starts, m.start)
            inside = any(m.end <= b and (b - a) > (m.end - m.start) for a, b in spans[lo:hi])
            if not inside:
                kept.append(m)
        if kept:
            if p.name not in {m.quote for m in kept} and p.name in {m.quote for m in p.mentions}:
                p.name = kept[0].quote  # named as it stands on its own ("Zeedorp", not an address's "ZEEDORP")
            p.mentions = kept
            out.append(p)
    return out


# A name of a neighbourhood as a report lists it: capitalised words, an article before ("De Maten"), a hyphen
_AREA_NAME = r"(?:(?:De|Het|'t|’t) +)?[A-Z][a-zà-ÿ'’]+(?:[-/][A-Z][a-zà-ÿ'’]+)?(?: +[A-Z][a-zà-ÿ'’]+)?"
_AREA_LIST = re.compile(r"(?P<list>" + _AREA_NAME + r"(?: *, *" + _AREA_NAME + r")*(?: *,? +en +" + _AREA_NAME
                        + r")?)(?![\w&-]| *&)")
_AREA_LEAD = re.compile(r"\b(?:[Ii]n|[Nn]aar|[Oo]p|[Uu]it|[Vv]oor|[Vv]an|[Bb]etreft) +de +(?:wijken|wijk|buurten|buurt|stadsdelen"
                        r"|stadsdeel) +"
                        # ... or a list the kind of area announces after its colon: "wijken: Centrum, Oost en West"
                        r"|\b(?:[Ww]ijken|[Bb]uurten|[Ss]tadsdelen)[ \t]*:[ \t]*"
                        # ... or where houses are built: "woningen in onder andere A, B en C", "kavels in
                        # A", "het gebied A", "de nieuwbouwwijk A"
                        r"|\b(?:woningen|kavels)[ \t]*,?[ \t]+in[ \t]+(?:onder[ \t]+andere[ \t]+)?"
                        r"|\b(?:gebied|nieuwbouwwijk|nieuwbouwlocatie|woningbouwlocatie)[ \t]+(?=[A-Z])")
# _AREA_LEAD opens with one of these words, whole (lower-cased): the pattern is tried only where one stands.
_AREA_LEAD_WORDS = ("in", "naar", "op", "uit", "voor", "van", "betreft", "wijken", "buurten", "stadsdelen", "woningen",
                    "kavels", "gebied", "nieuwbouwwijk", "nieuwbouwlocatie", "woningbouwlocatie")
_AREA_SPLIT = re.compile(r" *, *(?:en +)?| +en +")


@lru_cache(maxsize=512)
def _compass_pattern(own: str) -> re.Pattern:
    """The municipality's name and a point of the compass after it, compiled once per name (re's own cache of compiled
    patterns is soon filled with others in a process that reads many reports)."""
    return re.compile(r"(?<![\w-])" + re.escape(own) + r"(?:-|\s)(?:Noord|Zuid|Oost|West|Centrum|noord|zuid|oost|west)(?![\w-])")


def compass_districts(text: str, found: list[Place], own: str | None) -> list[Place]:
    """Districts named after the reporting municipality and a point of the compass ("Tiel-Oost", "Zeist-West",
    "Dronten west"), which the reference lists of wijken seldom hold under that name."""
    if not own:
        return found
    known = {ref.fold(p.name) for p in found}
    taken = [q for f in found for q in f.mentions]
    out = list(found)
    pat = _compass_pattern(own)
    for m in anchored_finditer(pat, text, occurrences(text, own)):  # (a match starts where the name does)
        name = m.group(0)
        key = ref.fold(name)
        if any(q.start <= m.start() < q.end for q in taken):
            continue
        p = next((x for x in out if ref.fold(x.name) == key), None)
        if p is None:
            if key in known:
                continue
            p = Place(name=name)
            out.append(p)
        p.mentions.append(span(text, m.start(), m.end()))
    return out


def listed_neighbourhoods(text: str, found: list[Place], excluded_keys: set[str]) -> list[Place]:
    """Neighbourhoods the reference lists miss, named the way a report lists them: capitalised names after "in de
    wijken" ("In de wijken Zuidbroek, De Maten en Kerschoten"), or coordinated with a neighbourhood that was found
    ("liep in Zuidbroek, De Maten en Kerschoten"). Each new name gets all its whole-word occurrences."""
    known = {ref.fold(p.name) for p in found}
    starts = {m.start for p in found for m in p.mentions}
    names: list[str] = []
    for lead in find_all(_AREA_LEAD, text, _AREA_LEAD_WORDS, fold_case=True, whole=True):
        lm = _AREA_LIST.match(text, lead.end())
        if lm:
            names += _AREA_SPLIT.split(lm.group("list"))
    for p in found:
        for m in p.mentions:
            # the list this mention stands in: back to the start of its run of names, then forward
            lo = max(0, m.start - 120)
            for lm in _AREA_LIST.finditer(text, lo, min(len(text), m.end + 120)):
                if lm.start() <= m.start < lm.end() and len(_AREA_SPLIT.split(lm.group("list"))) > 1:
                    if re.search(r"\b(?:in|naar|op|uit)\s+(?:de\s+(?:wijken|wijk|buurten|buurt)\s+)?\Z",
                                 text[max(0, lm.start() - 25):lm.start()]) or lm.start() in starts:
                        names += _AREA_SPLIT.split(lm.group("list"))
    out = list(found)
    taken = [q for f in found for q in f.mentions]
    for name in dict.fromkeys(n.strip() for n in names):
        key = ref.fold(name)
        if not name or key in known or key in excluded_keys or key in STOP or len(name) < 4:
            continue
        known.add(key)
        p = Place(name=name)
        for a in whole_occurrences(text, name):
            b = a + len(name)
            if text[a - 1:a] != "-" and text[b:b + 1] != "-" and not any(q.start <= a < q.end for q in taken):
                p.mentions.append(span(text, a, b))
        if p.mentions:
            out.append(p)
    return out
