"""Country-wide reference data: municipalities, neighbourhoods, national organisations, laws.

Everything is read once per process from the CSV files in loaders/data/ and from
ontology/laws.ttl and ontology/doctypes.ttl (parsed with pyoxigraph), then cached.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
LAWS_TTL = Path(__file__).resolve().parent.parent / "ontology" / "laws.ttl"
DOCTYPES_TTL = Path(__file__).resolve().parent.parent / "ontology" / "doctypes.ttl"
DOCTYPE_NS = "https://w3id.org/sdkg/def/doctype/"
WET_NS = "https://w3id.org/sdkg/def/wet/"
SDKG_NS = "https://w3id.org/sdkg/def#"  # the ontology namespace (ontology/__init__.py)
SKOS = "http://www.w3.org/2004/02/skos/core#"


_FOLD_PUNCT = re.compile(r"[\-‐–—_/]+")
_FOLD_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1 << 17)
def fold(s: str) -> str:
    """Lower case, accents removed, hyphens and runs of space folded: the key for tolerant lookups.

    Cached: the same names and tokens are folded over and over.
    """
    if not s.isascii():  # NFKD leaves ASCII unchanged
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = _FOLD_PUNCT.sub(" ", s.lower())
    s = s.replace("&", " en ").replace("'", "").replace("’", "")
    return _FOLD_SPACE.sub(" ", s).strip()


# --------------------------------------------------------------------------- municipalities


@dataclass(frozen=True)
class Gemeente:
    cbs_code: str
    name: str  # CBS name, may carry a disambiguator: "Hengelo (O.)"
    label: str  # name as written in running text: "Hengelo"
    province: str
    valid_from: int  # year
    valid_to: int | None  # last year in existence (inclusive); None = still exists
    tooi_uri: str | None

    def valid_in(self, year: int | None) -> bool:
        if year is None:
            return self.valid_to is None
        return self.valid_from <= year and (self.valid_to is None or self.valid_to >= year)


@lru_cache(maxsize=1)
def gemeenten() -> dict[str, Gemeente]:
    """CBS code -> municipality (the latest row per code)."""
    out: dict[str, Gemeente] = {}
    with open(DATA / "gemeenten.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            g = Gemeente(
                cbs_code=r["cbs_code"], name=r["name"], label=r["label"], province=r["province"],
                valid_from=int(r["valid_from"][:4]), valid_to=int(r["valid_to"][:4]) if r["valid_to"] else None,
                tooi_uri=r["tooi_uri"] or None,
            )
            prev = out.get(g.cbs_code)
            if prev is None or (prev.valid_to or 9999) <= (g.valid_to or 9999):
                # Keep the widest validity: a code that moved province keeps one entry.
                if prev is not None:
                    g = Gemeente(g.cbs_code, g.name, g.label, g.province, min(prev.valid_from, g.valid_from),
                                 g.valid_to, g.tooi_uri or prev.tooi_uri)
                out[g.cbs_code] = g
    return out


@lru_cache(maxsize=1)
def gemeenten_by_name() -> dict[str, list[Gemeente]]:
    """Folded name (label and CBS name) -> municipalities bearing it (several for reused names)."""
    idx: dict[str, list[Gemeente]] = {}
    for g in gemeenten().values():
        # ("Bergen (NH)": running text writes "Bergen", which two municipalities bear; extraction picks by province)
        for n in {g.label, g.name, _QUALIFIER.sub("", g.label)}:
            if g not in idx.get(fold(n), []):
                idx.setdefault(fold(n), []).append(g)
    for common, code in EXONYMS.items():  # the names everyone writes: "Den Haag" for 's-Gravenhage
        g = gemeenten().get(code)
        if g is not None and g not in idx.get(fold(common), []):
            idx.setdefault(fold(common), []).append(g)
    return idx


# The names everyone writes for municipalities whose official name is longer: "Den Haag" for 's-Gravenhage, "Nuenen"
# and "Nuenen c.a." for Nuenen, Gerwen en Nederwetten.
EXONYMS = {"Den Haag": "GM0518", "Den Bosch": "GM0796", "Nuenen": "GM0820", "Nuenen c.a.": "GM0820"}


@lru_cache(maxsize=1)
def shared_names() -> frozenset[str]:
    """Folded names that only a province after them tells apart ("Bergen": Bergen (NH) and Bergen (L)): no
    municipality bears them without it."""
    plain = {fold(n) for g in gemeenten().values() for n in (g.label, g.name)}
    return frozenset(fold(_QUALIFIER.sub("", g.label)) for g in gemeenten().values()) - plain


_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")  # the province after a shared name: "Bergen (NH)", "Hengelo (O.)"


def written_name(text: str, g: Gemeente) -> str:
    """The name to show for municipality g in a report: the everyday name ("Den Haag") where the text writes it more
    often than the register's label ("'s-Gravenhage"), else the label; a label with its province ("Bergen (NH)")
    as the text writes it, without the province, where it does."""
    commons = [common for common, code in EXONYMS.items() if code == g.cbs_code]
    if not commons:
        bare = _QUALIFIER.sub("", g.label)
        return bare if bare != g.label and g.label not in text and bare in text else g.label
    best, count = g.label, _count_name(text, g.label)
    for common in commons:
        if (n := _count_name(text, common)) > count:
            best, count = common, n
    return best


def _count_name(text: str, name: str) -> int:
    body = re.escape(name.lstrip("'’")).replace(r"\-", "[-‑–]")
    return len(re.findall(r"(?<!\w)" + ("['’]" if name[:1] in "'’" else "") + body + r"(?!\w)", text))


@lru_cache(maxsize=1)
def _woonplaats_table() -> tuple[tuple[str, str, str], ...]:
    """(woonplaats, current GM code, GM code of 2012) of every woonplaats (BAG) in loaders/data/woonplaatsen.csv."""
    with open(DATA / "woonplaatsen.csv", newline="", encoding="utf-8") as f:
        return tuple((r["woonplaats"], r["gemeente"], r["gemeente_2012"]) for r in csv.DictReader(f))


@lru_cache(maxsize=1)
def woonplaats_rows() -> tuple[tuple[str, str], ...]:
    """(woonplaats, current GM code) of every woonplaats (BAG), read once."""
    return tuple((name, gm) for name, gm, _then in _woonplaats_table())


@lru_cache(maxsize=1)
def woonplaats_then() -> dict[tuple[str, str], str]:
    """(words key of a woonplaats, its current GM code) -> the GM code it belonged to in 2012, where a merger has
    moved it since ("Stiens": Leeuwarden now, Leeuwarderadeel until 2018)."""
    return {(_words_key(name), gm): then for name, gm, then in _woonplaats_table() if then != gm}


@lru_cache(maxsize=1)
def kernen() -> dict[str, frozenset[str]]:
    """Current GM code -> folded names of its woonplaatsen (kernen), a province's mark dropped: Buren's "Rijswijk (GLD)"
    is its kern "rijswijk"."""
    out: dict[str, set[str]] = {}
    for name, gm in woonplaats_rows():
        out.setdefault(gm, set()).add(fold(_PAREN.sub("", name)))
    return {gm: frozenset(v) for gm, v in out.items()}


@lru_cache(maxsize=1)
def woonplaatsen() -> tuple[dict[str, frozenset[str]], dict[str, set[int]]]:
    """Words key of a woonplaats (village or town) that is not itself a municipality name -> current GM codes,
    and first word -> word counts (loaders/data/woonplaatsen.csv, BAG)."""
    names = gemeenten_by_name()
    by_key: dict[str, set[str]] = {}
    for name, gm in woonplaats_rows():
        k = _words_key(name)
        if k and k not in names and len(k) >= 4:
            by_key.setdefault(k, set()).add(gm)
    first: dict[str, set[int]] = {}
    for k in by_key:
        first.setdefault(k.split()[0], set()).add(len(k.split()))
    return {k: frozenset(v) for k, v in by_key.items()}, first


def _demonym_forms(base: str) -> set[str]:
    """The adjectives and nouns of place a municipality's name gives by rule."""
    forms = {base + "se"}  # also of a name in parts: "Midden-Delflandse", "Alphen-Chaamse"
    if base.endswith("land"):
        forms.update({base + "er", base + "ers"})  # "Westlander", "Midden-Delflanders"
    if "-" in base:
        return forms  # the rules below are of one word
    if base[-1] == base[-2] and base[-1] not in "aeiou":
        forms.add(base + "e")  # "Oss" -> "Osse"
    if base.endswith("ingen"):
        forms.add(base[:-2] + "se")  # "Vlaardingen" -> "Vlaardingse"
    if len(base) >= 5 and base[-1] not in "aeiouy" and base[-2] in "aeiou" and base[-3] not in "aeiou":
        forms.update({base + "er", base + "ers"})  # "Meppel" -> "Meppeler", "Meppelers"
    if len(base) >= 5 and base.endswith("en") and (base[-4] == base[-3] or base[-4:-2] == "mp"):
        forms.add(base[:-1] + "r")  # "Assen" -> "Asser", "Kampen" -> "Kamper" (not "Leiden" -> "Leider")
    if base.endswith("s") and base[-2] != "s":
        forms.add(base + "e")  # "Goes" -> "Goese", "Maassluis" -> "Maassluise"
    return forms


def _inhabitant_forms(base: str) -> set[str]:
    """The plural nouns of a place's inhabitants a municipality's one-word name gives by rule ("Alle Houtenaren",
    "Tilburgers", "Bredanaars"; not the singular, which is also a surname: "Steiner", "Bester"). The rules
    overgenerate ("Hoorners" beside "Hoornaars"): a form no text writes costs nothing, and one that two
    municipalities share is dropped by `demonyms`."""
    if "-" in base or base[-1] in "iu":
        return set()
    if base.endswith("ingen"):
        return {base[:-2] + "ers"}  # "Wageningers", "Vlaardingers"
    if base.endswith("en") and len(base) >= 5:
        return {base + "aren"}  # "Zutphenaren", "Eindhovenaren" (not "Leiders", a leader's plural)
    if base[-1] in "ao":
        return {base + "naars", base + "naren"} | ({base + "ërs"} if base[-1] == "o" else set())  # "Venlonaren", "Hengeloërs"
    if base[-1] == "e":
        return {base + "naren"}  # "Zwollenaren", "Edenaren"
    forms = {base + "ers"}  # "Tilburgers", "Apeldoorners", "Venrayers"
    if re.search(r"(?:aa|oo|ee)r$", base):
        forms.add(base + "ders")  # "Alkmaarders", "Haarlemmermeerders"
    if base[-2] in "aeiou" and base[-3] not in "aeiou" and base[-1] not in "yw":
        forms.add(base + base[-1] + "ers")  # "Amsterdammers", "Hilversummers"
    if base.endswith("el"):
        forms.add(base + "naren")  # "Eerselnaren"
    return forms


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Adjectives and nouns of place that name one current municipality: "Osse", "Zutphense", "Haagse",
    "Tilburgers"."""
    seen: dict[str, set[str]] = {}
    for g in gemeenten().values():
        if g.valid_to is not None:
            continue
        # the name as it is said: "Den Haag" -> "Haag", "Nuenen, Gerwen en Nederwetten" -> "Nuenen"
        base = g.label.split()[-1] if g.label.startswith("Den ") else g.label.split(",")[0]
        if " " in base or len(base) < 3:
            continue
        for d in _demonym_forms(base) | _inhabitant_forms(base):
            seen.setdefault(d, set()).add(g.cbs_code)
    taken = {fold(n) for n in gemeenten_by_name()}
    out = {d: next(iter(c)) for d, c in seen.items() if len(c) == 1 and fold(d) not in taken}
    out.update(IRREGULAR_DEMONYMS)
    return out


@lru_cache(maxsize=1)
def demonym_index() -> tuple[dict[str, set[int]], dict[str, str]]:
    """For capitalised_phrases: first word -> its demonyms' word counts, folded demonym -> GM code."""
    lookup = {fold(d): c for d, c in demonyms().items()}
    first: dict[str, set[int]] = {}
    for k in lookup:
        first.setdefault(k.split()[0], set()).add(len(k.split()))  # "midden delflanders": two words
    return first, lookup


IRREGULAR_DEMONYMS = {"Haagse": "GM0518", "Bossche": "GM0796", "Leidse": "GM0546", "Groningse": "GM0014",
                      "Zwolse": "GM0193", "Goudse": "GM0513", "Dordtse": "GM0505", "Nijmeegse": "GM0268",
                      "Zaanse": "GM0479", "Amsterdamse": "GM0363", "Rotterdamse": "GM0599", "Almeerse": "GM0034",
                      "Zeister": "GM0355",
                      # (inhabitants, in the plural: "Hagenaars", "Dordtenaren", "Gouwenaars", "Bosschenaren")
                      "Hagenaars": "GM0518", "Dordtenaren": "GM0505", "Gouwenaars": "GM0513", "Bosschenaren": "GM0796",
                      "Delftenaren": "GM0503", "Hoornaars": "GM0405", "Weertenaren": "GM0988"}


def resolve_gemeente(value: str, year: int | None = None) -> Gemeente:
    """A CBS code ("GM0546", "0546") or a name ("Leiden") -> Gemeente; ValueError if unknown."""
    v = value.strip()
    m = re.fullmatch(r"(?i)(?:gm)?(\d{1,4})", v)
    if m:
        code = "GM" + m.group(1).zfill(4)
        g = gemeenten().get(code)
        if g is None:
            raise ValueError(f"unknown municipality code {value!r}: not a CBS gemeentecode (expected e.g. 'GM0546')")
        return g
    cands = gemeenten_by_name().get(fold(re.sub(r"(?i)^gemeente\s+", "", v)))
    if not cands:
        raise ValueError(f"unknown municipality {value!r}: no Dutch municipality of that name (give a CBS code like 'GM0546')")
    valid = [g for g in cands if g.valid_in(year)] or cands
    return max(valid, key=lambda g: (g.valid_to or 9999, g.valid_from))


# --------------------------------------------------------------------------- neighbourhoods


@dataclass(frozen=True)
class Area:
    code: str  # WK... or BU...
    name: str  # as CBS writes it
    gemeente: str  # GM code


_COMPASS = r"(?:Noord|Zuid|Oost|West|Midden|Centrum|Noordoost|Noordwest|Zuidoost|Zuidwest)"
_COMPASS_TAIL = re.compile(rf"(?:[\s\-]+{_COMPASS}(?:[\s\-]+{_COMPASS})?(?:[\s\-]+[A-Z][a-z]+)?)$")
# Names too generic to identify a neighbourhood when they stand alone in running text.
GENERIC_AREA_WORDS = {
    "centrum", "noord", "zuid", "oost", "west", "midden", "binnenstad", "buitengebied", "dorp", "kern",
    "stad", "oud", "nieuw", "haven", "industrie", "bedrijventerrein", "industrieterrein", "landelijk gebied",
    "verspreide huizen", "buiten", "park", "station", "centrum noord", "centrum zuid", "de wijk", "wijk",
    "de buurt", "buurt", "het dorp", "de kern", "polder", "bos", "veld", "heide", "lage", "hoge",
}


# compass names of a part of a town, which name it only with the town ("Nijmegen-Noord-Oost", not "Noord-Oost")
GENERIC_COMPASS = {"noord-oost", "noord-west", "zuid-oost", "zuid-west", "noordoost", "noordwest", "zuidoost", "zuidwest",
                   "oost-west", "centrum-noord", "centrum-zuid", "centrum-oost", "centrum-west"}
# what follows the municipality's name in a wijk's name, where it names the part alone: two words joined by a hyphen
# ("Oud-West") or one name of six letters or more ("Polhaar"; "Kom", "Eind" or "Poort" are words)
_OWN_PART = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+|[A-Z][a-z]{5,}")
_WIJK_NR = re.compile(r"^Wijk\s+\d+\s*")
_LEAD_NR = re.compile(r"^\d+\s+")
_PARTS = re.compile(r"\s+-\s+|\s*,\s*")
_SURROUNDINGS = re.compile(r"\s+en omgeving$|\s+e\.o\.$|\s+\(.*\)$")
_DISTRICT = re.compile(r"(?<=[a-z])(district|kwartier-?\s*Centrum)$")
_PREFIXED = re.compile(r"^(Lage|Hoge|Oud|Nieuw|Groot|Klein)\s+([A-Z]\w{3,})$")


def area_variants(name: str) -> set[str]:
    """Surface forms a report may use for a CBS wijk/buurt name.

    "Wijk 08 Merenwijkdistrict" -> {"Merenwijkdistrict", "Merenwijk"}; "Wijk 08 Glanerbrug en omgeving" ->
    {"Glanerbrug en omgeving", "Glanerbrug"}; "Boswinkel - Stadsveld" -> both parts; "Stroinkslanden
    Noord-Oost" -> "Stroinkslanden"; "Lage Mors"/"Morsdistrict" -> "Mors".
    """
    n = _WIJK_NR.sub("", name.strip())
    n = _LEAD_NR.sub("", n)
    if not n:
        return set()
    out = {n}
    parts = [p.strip() for p in _PARTS.split(n) if p.strip()]
    if len(parts) > 1:
        out.update(parts)
    for p in list(out):
        q = _SURROUNDINGS.sub("", p)
        out.add(q)
        q2 = _DISTRICT.sub("", q)
        if q2 != q and len(q2) >= 4:
            out.add(q2)
        q3 = _COMPASS_TAIL.sub("", q)
        if q3 != q and len(q3) >= 4:
            out.add(q3)
        m = _PREFIXED.match(q)
        if m:
            out.add(m.group(2))
    return {v for v in out if len(v) >= 3 and fold(v) not in GENERIC_AREA_WORDS and not v[0].isdigit()}


@lru_cache(maxsize=1)
def areas() -> list[Area]:
    out = []
    with open(DATA / "wijken.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            code = r["code"]
            out.append(Area(code=code, name=r["name"], gemeente="GM" + code[2:6]))
    return out


@lru_cache(maxsize=1)
def successors() -> dict[str, str]:
    """GM code of a municipality that merged into one other -> the code of the municipality its area is part of now
    (followed through later mergers: a kern of Vlagtwedde is a kern of Westerwolde). A municipality split over
    several has no single successor and is left out."""
    nxt: dict[str, set[str]] = {}
    with open(DATA / "mergers.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            nxt.setdefault(r["predecessor"], set()).add(r["successor"])
    single = {p: next(iter(s)) for p, s in nxt.items() if len(s) == 1}
    out = {}
    for p in single:
        q, seen = p, {p}
        while q in single and single[q] not in seen:
            q = single[q]
            seen.add(q)
        out[p] = q
    return out


@lru_cache(maxsize=1)
def area_index() -> dict[str, dict[str, list[Area]]]:
    """Folded surface variant -> {GM code -> areas}. One index for the whole country. The wijken and buurten of a
    municipality that merged since the data's year count for the municipality that took it over, too."""
    idx: dict[str, dict[str, list[Area]]] = {}
    after = successors()
    gems = gemeenten()
    for a in areas():
        codes = (a.gemeente, after[a.gemeente]) if a.gemeente in after else (a.gemeente,)
        variants = area_variants(a.name)
        own = gems[a.gemeente].name + "-" if a.gemeente in gems else None
        for v in list(variants) if own else ():
            rest = v[len(own):] if v.startswith(own) else ""
            if _OWN_PART.fullmatch(rest) and fold(rest) not in GENERIC_AREA_WORDS | GENERIC_COMPASS:
                variants.add(rest)  # "Wijk 03 Nijmegen-Oud-West": "Oud-West" (a bare "Centrum" or "West" says too little)
        short = gems[a.gemeente].name.split()[0] if a.gemeente in gems and " " in gems[a.gemeente].name else None
        if short and fold(short) != fold(_WIJK_NR.sub("", a.name).strip()):
            # "Oud Krimpen" -> "Krimpen": the short name its municipality goes by ("wij als Krimpen"), no buurt
            variants.discard(short)
        for v in variants:
            for gm in codes:
                idx.setdefault(fold(v), {}).setdefault(gm, []).append(a)
    # the woonplaatsen (kernen) of each municipality, also where no wijk or buurt bears the name ("Eygelshoven")
    names = {g.name.lower() for g in gemeenten().values()}
    for name, gm in woonplaats_rows():
        if name.lower() in names:
            continue  # a municipality's own name (or a former one's) is read as a municipality
        by_gm = idx.setdefault(fold(name), {})
        if gm not in by_gm:
            by_gm[gm] = [Area(code="WP:" + name, name=name, gemeente=gm)]
    return idx


# --------------------------------------------------------------------------- organisations


@dataclass(frozen=True)
class NationalOrg:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    extend: str = ""  # "region": the name may carry a region ("GGD Hollands Midden")


@lru_cache(maxsize=1)
def national_organisations() -> list[NationalOrg]:
    with open(DATA / "organisations.csv", newline="", encoding="utf-8") as f:
        return [
            NationalOrg(r["name"], r["kind"], tuple(a for a in r["aliases"].split("|") if a), r["extend"] or "")
            for r in csv.DictReader(f)
        ]


@dataclass(frozen=True)
class NationalInitiative:
    """A country-wide programme, agreement or method that any municipality may name (IZA, Kansrijke Start)."""

    name: str
    aliases: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def national_initiative_aliases() -> dict[str, tuple[str, ...]]:
    """Folded name of a country-wide initiative -> its other names."""
    return {fold(n.name): n.aliases for n in national_initiatives()}


@lru_cache(maxsize=1)
def national_initiatives() -> list[NationalInitiative]:
    with open(DATA / "initiatives.csv", newline="", encoding="utf-8") as f:
        return [NationalInitiative(r["name"], tuple(a for a in r["aliases"].split("|") if a)) for r in csv.DictReader(f)]


@dataclass(frozen=True)
class RegionalOrg:
    """A regional public body (gemeenschappelijke regeling, sociale werkvoorziening, GGD) and its members."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    members: frozenset[str]  # CBS codes of 2016


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """The folded words of every name the registers hold (country-wide and regional bodies, country-wide initiatives):
    words that names are made of ("ondersteuning", "welzijn", "maatschappelijke")."""
    names = [n for o in national_organisations() for n in (o.name, *o.aliases)]
    names += [n for o in regional_organisations() for n in (o.name, *o.aliases)]
    names += [n for i in national_initiatives() for n in (i.name, *i.aliases)]
    return frozenset(w for n in names for w in re.findall(r"\w+", fold(n)) if len(w) >= 3)


def _words_key(s: str) -> str:
    """Folded words, punctuation as space: "Gelderland-Midden" and "Gelderland Midden" are one key."""
    return " ".join(re.findall(r"\w+", fold(s)))


words_key = _words_key  # the key of the woonplaats and region tables, for their readers elsewhere


@lru_cache(maxsize=1)
def regional_organisations() -> list[RegionalOrg]:
    with open(DATA / "regional_organisations.csv", newline="", encoding="utf-8") as f:
        return [RegionalOrg(r["name"], r["kind"], tuple(a for a in r["aliases"].split("|") if a),
                            frozenset(m for m in r["members"].split("|") if m)) for r in csv.DictReader(f)]


def _short_forms(name: str) -> tuple[str, ...]:
    """A register name's form without the letters after it: "X MVS", "X WS", "X NV" are known as X."""
    words = name.split()
    if len(words) == 2 and re.fullmatch(r"[A-Z]{2,5}", words[1]) and len(words[0]) >= 5 and words[0][:1].isupper() \
            and not words[0].isupper():
        return (words[0],)
    return ()


@lru_cache(maxsize=1)
def regional_index() -> tuple[dict[str, RegionalOrg], dict[str, set[int]]]:
    """Words key of every name and alias -> body (a name wins over another body's alias), and for each
    first word the word counts of the keys it opens. Aliases that are a municipality, a common word or
    shorter than four letters are left out (acronyms of three capitals stay)."""
    from spacy.lang.nl.stop_words import STOP_WORDS

    by_key: dict[str, RegionalOrg] = {}
    names = gemeenten_by_name()
    for o in regional_organisations():
        by_key[_words_key(o.name)] = o
    for o in regional_organisations():
        for a in (*o.aliases, *_short_forms(o.name)):
            k = _words_key(a)
            if not k or k in by_key or k in names or k in STOP_WORDS or (len(k) < 4 and not a.isupper()):
                continue
            by_key[k] = o
    first: dict[str, set[int]] = {}
    for k in by_key:
        w = k.split()
        first.setdefault(w[0], set()).add(len(w))
    return by_key, first


# --------------------------------------------------------------------------- laws


@dataclass
class LawConcept:
    iri: str
    name: str
    abbreviation: str | None
    bwb_id: str | None
    labels: list[str] = field(default_factory=list)  # every surface form, pref/alt/hidden
    superseded_by: str | None = None
    in_force_from: int | None = None


@lru_cache(maxsize=1)
def laws() -> dict[str, LawConcept]:
    """IRI -> concept, read from the SKOS thesaurus ontology/laws.ttl."""
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(LAWS_TTL), format=ox.RdfFormat.TURTLE)
    q = f"""
    PREFIX skos: <{SKOS}> PREFIX sdkg: <{SDKG_NS}>
    SELECT ?c ?pref ?alt ?hidden ?bwb ?succ ?from WHERE {{
      ?c skos:inScheme <{WET_NS}> ; skos:prefLabel ?pref .
      OPTIONAL {{ ?c skos:altLabel ?alt }}
      OPTIONAL {{ ?c skos:hiddenLabel ?hidden }}
      OPTIONAL {{ ?c sdkg:bwbId ?bwb }}
      OPTIONAL {{ ?c sdkg:supersededBy ?succ }}
      OPTIONAL {{ ?c sdkg:inForceFrom ?from }}
    }}"""
    out: dict[str, LawConcept] = {}
    for row in store.query(q):
        iri = row["c"].value
        c = out.get(iri)
        if c is None:
            c = out[iri] = LawConcept(iri=iri, name=row["pref"].value, abbreviation=None, bwb_id=None)
            c.labels.append(c.name)
        if row["alt"] is not None:
            c.abbreviation = row["alt"].value
        for k in ("alt", "hidden"):
            if row[k] is not None and row[k].value not in c.labels:
                c.labels.append(row[k].value)
        if row["bwb"] is not None:
            c.bwb_id = row["bwb"].value
        if row["succ"] is not None:
            c.superseded_by = row["succ"].value
        if row["from"] is not None:
            c.in_force_from = int(row["from"].value[:4])
    return out


@dataclass(frozen=True)
class CycleKind:
    """A kind of document of the planning-and-control cycle (ontology/doctypes.ttl, scheme doctype:cyclus)."""
    document_type: str  # the type a report of this kind has by the guideline (the skos:broader's notation)
    words: tuple[str, ...]  # its Dutch prefLabel and altLabels
    short: tuple[str, ...]  # its hiddenLabels ("berap", "perspectief nota"): whole words only


@lru_cache(maxsize=1)
def cycle_kinds() -> dict[str, CycleKind]:
    """Local name ("tussentijdse-rapportage") -> the kind, read from ontology/doctypes.ttl."""
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(DOCTYPES_TTL), format=ox.RdfFormat.TURTLE)
    q = f"""
    PREFIX skos: <{SKOS}>
    SELECT ?c ?type ?label ?short WHERE {{
      ?c skos:inScheme <{DOCTYPE_NS}cyclus> ; skos:broader/skos:notation ?type .
      {{ ?c skos:prefLabel ?label }} UNION {{ ?c skos:altLabel ?label }} UNION {{ ?c skos:hiddenLabel ?short }}
      FILTER(LANG(COALESCE(?label, ?short)) = "nl")
    }}"""
    found: dict[str, tuple[str, list[str], list[str]]] = {}
    for row in store.query(q):
        _type, words, short = found.setdefault(row["c"].value[len(DOCTYPE_NS):], (row["type"].value, [], []))
        (words if row["label"] is not None else short).append((row["label"] or row["short"]).value)
    return {k: CycleKind(t, tuple(sorted(w)), tuple(sorted(s))) for k, (t, w, s) in found.items()}


def cycle_words(*kinds: str, short: bool = True) -> str:
    """A regular expression's alternation of the words that name these kinds of the cycle (longest first, a space
    as any run of white space), for a caller to anchor; short forms only where the caller matches whole words."""
    table = cycle_kinds()
    words = {w for k in kinds for w in table[k].words + (table[k].short if short else ())}
    return "(?:" + "|".join(re.escape(w).replace("\\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


# --------------------------------------------------------------------------- municipality evidence


@lru_cache(maxsize=1)
def woonplaats_gemeenten() -> dict[str, frozenset[str]]:
    """Words key of every woonplaats (BAG), municipality names included -> current GM codes: "Sittard" ->
    {GM1883}. A former municipality that is now a town of another is found here by its old name."""
    out: dict[str, set[str]] = {}
    for name, gm in woonplaats_rows():
        k = _words_key(name)
        if k:
            out.setdefault(k, set()).add(gm)
    return {k: frozenset(v) for k, v in out.items()}


_REGION_TYPE_WORDS = re.compile(r"(?i)^(?:GGD|Veilig Thuis|Veiligheidsregio|Werkbedrijf|Zorgkantoor|Provincie|"
                                r"Regio|Jeugdzorgregio|Sociale Dienst)\s+")
_PAREN = re.compile(r"\s*\([^)]*\)\s*")
_GGD_LONG = re.compile(r"(?i)^Gemeentelijke Gezondheidsdienst\s+")
_COMPASS_WORDS = {"noord", "zuid", "oost", "west", "midden", "noordoost", "noordwest", "zuidoost", "zuidwest"}


def _region_variants(name: str) -> set[str]:
    """Written forms of a regional body or region: "Gemeentelijke Gezondheidsdienst (GGD) Brabant-Zuidoost" ->
    also "GGD Brabant-Zuidoost", "Gemeentelijke Gezondheidsdienst Brabant-Zuidoost"."""
    out = {name, _PAREN.sub(" ", name).strip()}
    for n in list(out):
        if _GGD_LONG.match(n):
            out.add(_GGD_LONG.sub("GGD ", n))
        elif n.startswith("GGD "):
            out.add("Gemeentelijke Gezondheidsdienst " + n[4:])
    return out


@lru_cache(maxsize=1)
def region_member_index() -> tuple[dict[str, tuple[str, frozenset[str]]], dict[str, set[int]]]:
    """Words key of a regional body or of a region's name -> (name, CBS codes of its members), for municipality
    evidence: "GGD Brabant-Zuidoost", "Gemeentelijke Gezondheidsdienst Drenthe", "Brabant Zuidoost" (the region of
    "Veilig Thuis Zuidoost-Brabant", words in either order). Sources: regional_organisations.csv and regions.csv.
    Keys that are a municipality name, a province name alone or a bare type word are left out. Also returns, for
    each first word, the word counts of the keys it opens (for capitalised_phrases)."""
    names = gemeenten_by_name()
    bodies: dict[str, set[str]] = {}
    for o in regional_organisations():
        if o.members:
            for n in (o.name, *(a for a in o.aliases if len(a) > 4)):
                bodies.setdefault(n, set()).update(o.members)
    regions: dict[str, set[str]] = {}
    with open(DATA / "regions.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["region_type"] == "provincie":
                continue
            bodies.setdefault(r["organisation"], set()).add(r["cbs_code"])
            region = _REGION_TYPE_WORDS.sub("", r["organisation"]).strip()
            if region != r["organisation"] and region:
                regions.setdefault(region, set()).add(r["cbs_code"])
    by_key: dict[str, tuple[str, frozenset[str]]] = {}
    provinces = {_words_key(g.province) for g in gemeenten().values()}
    for n, members in bodies.items():
        for v in _region_variants(n):
            k = _words_key(v)
            if k and k not in names and k not in provinces and len(k) > 4:
                by_key.setdefault(k, (n, frozenset(members)))
    for n, members in regions.items():
        k = _words_key(n)
        w = k.split()
        keys = {k}
        if len(w) == 2 and (w[0] in _COMPASS_WORDS) != (w[1] in _COMPASS_WORDS):
            keys.add(f"{w[1]} {w[0]}")  # "Zuidoost-Brabant" and "Brabant Zuidoost"
        for key in keys:
            if key and key not in names and key not in provinces and len(key) > 4:
                by_key.setdefault(key, (n, frozenset(members)))
    first: dict[str, set[int]] = {}
    for k in by_key:
        first.setdefault(k.split()[0], set()).add(len(k.split()))
    return by_key, first


def squashed(s: str) -> str:
    """Folded letters and digits only: the form of a name in a host name or file name ("aaenhunze")."""
    return re.sub(r"[^a-z0-9]", "", fold(s))


@lru_cache(maxsize=1)
def gemeenten_by_squashed_name() -> dict[str, list[Gemeente]]:
    """squashed(name) -> municipalities, for names written without spaces or hyphens in a URL."""
    out: dict[str, list[Gemeente]] = {}
    for k, gs in gemeenten_by_name().items():
        for g in gs:
            lst = out.setdefault(squashed(k), [])
            if g not in lst:
                lst.append(g)
    return out


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Common Dutch first names (the Meertens top-100 lists 1880-2014): "Jelle de Jong" is a person."""
    with open(DATA / "first_names.txt", encoding="utf-8") as f:
        return frozenset(line.strip() for line in f if line.strip())
