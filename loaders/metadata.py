"""Report metadata: which municipality wrote it, about which year, what kind of document, which programmes.

Each answer carries human-readable evidence and a 0..1 confidence; a low confidence adds a warning.
"""

from __future__ import annotations

import re
from collections import Counter

from sdkg.loaders import reference as ref
from sdkg.loaders.extract import places
from sdkg.loaders.extract.nlp import parse
from sdkg.loaders.extract.normalise import title_case
from sdkg.loaders.extract.scan import anchored_finditer, capitalised_phrases, find_all, occurrences
from sdkg.loaders.model import DOCUMENT_TYPES, Document, Municipality, ReportMeta

LOW_CONFIDENCE = 0.6

YEAR_HEADINGS = [
    # (pattern, weight): a year named in the report's own title or standard headings.
    (r"(?i)\b(?:jaarstukken|jaarverslag|jaarrekening|verantwoording|realisatie|programmaverantwoording)\s+((?:19|20)\d\d)\b", 6),
    (r"(?i)\b(?:programma)?begroting\s+((?:19|20)\d\d)\b", 6),
    (r"(?i)\bontwikkelingen\s+in\s+((?:19|20)\d\d)\b", 5),
    (r"(?i)\bwat\s+(?:doen|gaan)\s+we\s+(?:doen\s+)?in\s+((?:19|20)\d\d)\b", 5),
    (r"(?i)\bwat\s+hebben\s+we\s+in\s+((?:19|20)\d\d)\s+bereikt", 5),
    (r"(?i)\bbegrotingsjaar\s+((?:19|20)\d\d)\b", 4),
]
# Each pattern above and in TYPE_CUES opens with \b and a word; the word (lower case for (?i) patterns) is
# all a match can start with, so the patterns run only where one stands (loaders.extract.scan).
_FIRST_WORD = re.compile(r"^(\(\?i\))?\\b(?:\(\?:)?([A-Za-z]+)")
_YEAR_FREQ = re.compile(r"(?<![\d/.\-])((?:19|20)\d\d)(?![\d/])")
_YEAR_ANY = re.compile(r"(?:19|20)\d\d")
_JAARSTUKKEN_HEAD = re.compile(r"(?m)^\s*Jaarstukken\b.*$")
_JAARSTUKKEN_YEAR = re.compile(r"\bJaarstukken\s+(?:19|20)\d\d\b")
_HET_PROGRAMMA = re.compile(r"\b[Hh]et\s+programma\s+([A-Z][a-zà-ü][\w\-]*(?:,?\s+(?:en\s+)?[A-Z][\w\-]*)*)\s+(?:bestaat|omvat|richt|is|heeft)\b")
_PROGRAMMA_HEADING = re.compile(r"(?m)^\s*Programma\s+\d*\s*[:.]?\s*([A-Z][^\n|]{3,60}?)\s*$")
TYPE_CUES: dict[str, list[str]] = {
    "begroting": [r"(?i)\bprogrammabegroting\b", r"(?i)\bbegrotingsjaar\b", r"(?i)\bbegroting\s+(?:19|20)\d\d\b",
                  r"(?i)\bwat\s+(?:gaan|doen)\s+we\s+(?:doen\s+)?in\s+(?:19|20)\d\d", r"(?i)\bwat\s+willen\s+we\s+bereiken",
                  r"(?i)\bwat\s+gaan\s+we\s+daarvoor\s+doen", r"\bStreven\s+(?:19|20)\d\d"],
    "jaarverslag": [r"(?i)\bwat\s+hebben\s+we\s+(?:dit\s+jaar\s+|in\s+\d{4}\s+)?bereikt", r"(?i)\bwat\s+hebben\s+we\s+daarvoor\s+gedaan",
                    r"(?i)\brealisatie\s+(?:19|20)\d\d", r"(?i)\bontwikkelingen\s+in\s+(?:19|20)\d\d", r"(?i)\bjaarverslag\b",
                    r"(?i)\bverantwoording\b", r"(?i)\bwat\s+heeft\s+het\s+gekost", r"\bGerealiseerd\b",
                    r"(?i)\bprogrammaverantwoording\b", r"(?i)\bjaarrekening\b"],
}
# A mid-year progress report names itself; it is "other" by the guideline.
_MIDYEAR = re.compile(r"(?i)\b(?:bestuursrapportage|zomernota|voorjaarsnota|najaarsnota|tussenrapportage|"
                      r"voortgangsrapportage|burap)\b")
# Without a cue, the tense says it: an accountability text looks back, a budget looks ahead.
_PAST = re.compile(
    r"(?i)\b(?:was|waren|werd|werden|hadden|hebben\s+we|hebben\s+wij|we\s+hebben|wij\s+hebben|zijn\s+we|zijn\s+wij|"
    r"(?:is|zijn)\s+(?:[\w’'\-]+\s+){0,6}?(?:vastgesteld|gerealiseerd|gestart|afgerond|uitgevoerd|geweest|ontwikkeld|"
    r"opgesteld|gehouden|geopend|ingevoerd|aangenomen|georganiseerd|geëvalueerd|ondertekend)|"
    r"\w{3,}(?:dden|tten|kten|pten|ften|chten|sten|rden|lden|nden)\s+(?:we|wij))\b")
_PRESENT_NDEN = re.compile(r"(?i)^(?:worden|vinden|zenden|wenden|branden|binden|melden|kosten|verwachten|achten|wachten|"
                           r"letten|zetten|zitten|praten|laten|weten|moeten|bieden)$")
_FUTURE = re.compile(r"(?i)\b(?:gaan\s+we|we\s+gaan|wij\s+gaan|zullen|willen\s+we|we\s+willen|wij\s+willen|"
                     r"verwachten\s+we|we\s+verwachten|in\s+de\s+komende|komend\s+jaar|beogen|streven\s+we|"
                     r"we\s+streven|gaat\s+(?:[\w’'\-]+\s+){0,4}?(?:worden|plaatsvinden))\b")


def _anchored(pattern: str) -> tuple[re.Pattern, tuple[str, ...], bool]:
    """(compiled, anchor words, case-folded) for a cue pattern; the alternatives of a leading group all count."""
    pat = re.compile(pattern)
    m = _FIRST_WORD.match(pattern)
    fold = bool(m and m.group(1))
    head = re.match(r"^(?:\(\?i\))?\\b\(\?:([a-z|]+)\)(\??)([a-z]*)", pattern)
    if head and head.group(2):  # an optional leading group: "(?:programma)?begroting"
        words = tuple(w + head.group(3) for w in head.group(1).split("|")) + (head.group(3),)
    elif head:
        words = tuple(head.group(1).split("|"))
    elif m:
        words = (m.group(2).lower() if fold else m.group(2),)
    else:
        words = ()
    return pat, words, fold


def _cue_matches(cue: tuple[re.Pattern, tuple[str, ...], bool], text: str):
    pat, words, fold = cue
    return find_all(pat, text, words, fold_case=fold) if words else pat.finditer(text)


STANDARD_HEADINGS = re.compile(
    r"(?i)^(?:wat\s+(?:hebben|willen|gaan|mag|heeft|doen)\b.*|reguliere\s+(?:taken|werkzaamheden)|concrete\s+acties|"
    r"belangrijke\s+gebeurtenissen|ontwikkelingen.*|doelstellingen|indicatoren|lasten|baten|onderwerp|ga\s+naar\s+boven|"
    r"inleiding|samenvatting|hoofddoel|beleidsindicatoren|financi[eë]n|toelichting.*|jaarstukken.*|jaarverslag.*|"
    r"(?:programma)?begroting.*|realisatie.*)$"
)


_YEAR_CUES = [(_anchored(p), w) for p, w in YEAR_HEADINGS]
_TYPE_CUES = {t: [_anchored(p) for p in pats] for t, pats in TYPE_CUES.items()}


def _year_candidates(text: str) -> set[int]:
    """Where _YEAR_FREQ can match: "19"/"20" not preceded by a digit, '/', '.' or '-'."""
    out = set()
    for lead in ("19", "20"):
        for q in occurrences(text, lead):
            if q == 0 or not (text[q - 1].isdigit() or text[q - 1] in "/.-"):
                out.add(q)
    return out


def infer_meta(doc: Document, overrides: dict | None = None) -> ReportMeta:
    overrides = overrides or {}
    text = doc.text
    evidence: dict[str, list[str]] = {}
    confidence: dict[str, float] = {}
    warnings: list[str] = []

    year, yconf, yev = _infer_year(text)
    if overrides.get("year") not in (None, ""):
        year, yconf, yev = int(overrides["year"]), 1.0, [f"given: year={overrides['year']}"]
    evidence["year"], confidence["year"] = yev, yconf

    dtype, tconf, tev = _infer_type(text)
    if overrides.get("type"):
        t = str(overrides["type"]).lower()
        if t not in DOCUMENT_TYPES:
            raise ValueError(f"unknown document type {overrides['type']!r}: expected one of {', '.join(DOCUMENT_TYPES)}")
        dtype, tconf, tev = t, 1.0, [f"given: type={t}"]
    evidence["document_type"], confidence["document_type"] = tev, tconf

    if overrides.get("municipality"):
        g = ref.resolve_gemeente(str(overrides["municipality"]), year)
        muni, mconf, mev = Municipality(g.label, g.cbs_code), 1.0, [f"given: municipality={overrides['municipality']}"]
    else:
        muni, mconf, mev = _infer_municipality(doc, year)
    evidence["municipality"], confidence["municipality"] = mev, mconf

    programmes, pev = _infer_programmes(text)
    evidence["programmes"] = pev
    confidence["programmes"] = 0.8 if programmes else 0.5

    for k, c in confidence.items():
        if c < LOW_CONFIDENCE and k != "programmes":
            warnings.append(f"low confidence in {k} ({c:.2f}); pass it explicitly to be sure")
    if muni is None:
        warnings.append("municipality not found; pass --municipality")
    return ReportMeta(municipality=muni, year=year, document_type=dtype, programmes=programmes,
                      evidence=evidence, confidence=confidence, warnings=warnings)


# --------------------------------------------------------------------------- year


def _infer_year(text: str) -> tuple[int | None, float, list[str]]:
    scores: Counter[int] = Counter()
    ev: list[str] = []
    head = text[:3000]
    for cue, w in _YEAR_CUES:
        for m in _cue_matches(cue, text):
            y = int(m.group(1))
            bonus = 2 if m.start() < 600 else 0
            scores[y] += w + bonus
            if len(ev) < 6:
                ev.append(f"'{m.group(0).strip()}'")
    strong = bool(scores)
    freq = Counter(int(m.group(1)) for m in anchored_finditer(_YEAR_FREQ, text, _year_candidates(text)))
    head_years = _YEAR_ANY.findall(head)
    for y, c in freq.items():
        scores[y] += c * 0.5 + (0.5 if y in head_years else 0)
    if not scores:
        return None, 0.0, ["no year found"]
    (best, s1), *rest = scores.most_common(2) + [(None, 0.0)]
    s2 = rest[0][1] if rest else 0.0
    if not strong:
        ev.append(f"most frequent year {best} ({freq[best]} mentions)")
    conf = min(1.0, 0.5 + (s1 - s2) / (s1 + 1e-9) * 0.5 + (0.3 if strong else 0.0))
    return best, round(conf, 2), ev


# --------------------------------------------------------------------------- type


def _infer_type(text: str) -> tuple[str, float, list[str]]:
    head = text[:1500]
    m = _JAARSTUKKEN_HEAD.search(head) or next(find_all(_JAARSTUKKEN_YEAR, text, ("Jaarstukken",), fold_case=False), None)
    if m:
        return "jaarstukken", 0.95, [f"the text calls itself '{m.group(0).strip()}'"]
    counts = {}
    ev: dict[str, list[str]] = {}
    for t, cues in _TYPE_CUES.items():
        counts[t] = 0
        for cue in cues:
            for mm in _cue_matches(cue, text):
                counts[t] += 1
                ev.setdefault(t, []).append(f"'{mm.group(0)}'")
    best = max(counts, key=counts.get)
    other = min(counts, key=counts.get)
    if counts[best] == 0:
        mid = _MIDYEAR.search(text)
        if mid:
            return "other", 0.7, [f"a mid-year report: '{mid.group(0)}'"]
        return _type_by_tense(text)
    conf = 0.5 + 0.5 * (counts[best] - counts[other]) / counts[best]
    return best, round(conf, 2), ev[best][:6]


def _type_by_tense(text: str) -> tuple[str, float, list[str]]:
    """jaarverslag when the text looks back, begroting when it looks ahead, else other."""
    past = [m.group(0) for m in _PAST.finditer(text) if not _PRESENT_NDEN.match(m.group(0).split()[0])]
    future = [m.group(0) for m in _FUTURE.finditer(text)]
    ev = [f"{len(past)} past-tense cues ({', '.join(past[:3])}), {len(future)} future cues ({', '.join(future[:3])})"]
    if len(past) >= 2 and len(past) > len(future):
        return "jaarverslag", 0.55, ev
    if len(future) >= 2 and len(future) > len(past):
        return "begroting", 0.55, ev
    return "other", 0.4, ["no budget or accountability cues", *ev]


# --------------------------------------------------------------------------- municipality


def _infer_municipality(doc: Document, year: int | None) -> tuple[Municipality | None, float, list[str]]:
    pdoc = parse(doc.text)
    text = doc.text
    scores: Counter[str] = Counter()
    ev: dict[str, list[str]] = {}
    gm = ref.gemeenten()
    for m in places.municipality_mentions(pdoc):
        valid = [c for c in m.codes if (gm[c].valid_in(year) if year else gm[c].valid_to is None)]
        if not valid:
            valid = list(m.codes)
            if year is None:
                w_former = 0.3  # a former municipality, now a village of another: weak without a year
            else:
                w_former = 1.0
        else:
            w_former = 1.0
        pre = text[max(0, m.start - 30):m.start].lower()
        w = 1.0
        if re.search(r"gemeente\s*$", pre):
            w = 3.0
        elif re.search(r"(?:centrumgemeente|regiogemeenten?|buurgemeenten?|gemeenten)\s*$", pre):
            w = 0.3
        if m.in_region:
            w = 0.3
        elif m.in_name:
            w *= 0.7
        if re.search(r",\s*$", pre) or re.match(r"\s*(?:,|en\s+[A-Z])", text[m.end:m.end + 6]):
            w *= 0.4  # one of a list of municipalities: partners rather than the author
        if m.start < 300:
            w += 1.0
        for c in valid:
            scores[c] += w * w_former / len(valid)
            ev.setdefault(c, []).append(f"'{text[max(0, m.start - 25):m.end + 15].strip()}'".replace("\n", " "))
    area_scores: Counter[str] = Counter()
    area_ev: dict[str, list[str]] = {}
    for a in places.area_mentions(pdoc):
        if not a.codes or a.sent_start:
            continue
        for c in a.codes:
            if c in gm and gm[c].valid_in(year) or year is None:
                area_scores[c] += 1.0 / len(a.codes)
                area_ev.setdefault(c, []).append(a.surface)
    total: Counter[str] = Counter()
    for c, s in scores.items():
        total[c] += s
    for c, s in area_scores.items():
        total[c] += 0.8 * s
    for c, s, what in _other_evidence(text, year):
        total[c] += s
        area_ev.setdefault(c, []).append(what)
    if not total:
        return None, 0.0, ["no municipality or neighbourhood named"]
    (best, s1), *rest = total.most_common(2)
    s2 = rest[0][1] if rest else 0.0
    conf = (s1 - s2) / s1 * min(1.0, s1 / 2.5)
    g = gm[best]
    out_ev = []
    if ev.get(best):
        out_ev.append(f"named {len(ev[best])}x: " + "; ".join(ev[best][:4]))
    else:
        out_ev.append("never named; identified by its neighbourhoods, villages, demonyms or regional bodies")
    if area_ev.get(best):
        out_ev.append("neighbourhoods and other evidence: " + ", ".join(sorted(set(area_ev[best]))[:10]))
    return Municipality(g.label, g.cbs_code), round(min(1.0, conf), 2), out_ev


def _other_evidence(text: str, year: int | None):
    """(GM code, score, what) from a demonym ("Osse samenleving": strong), a village or town of the
    municipality (BAG woonplaatsen), and the members of a regional public body named in the text (weak,
    shared by its members)."""
    gm = ref.gemeenten()

    def valid(codes):
        return [c for c in codes if c in gm and (year is None or gm[c].valid_in(year))]

    dem_first, dem = ref.demonym_index()
    for _s, _e, code in capitalised_phrases(text, dem_first, dem, ref.fold):
        yield code, 2.0, f"demonym '{text[_s:_e]}'"
    wp, wp_first = ref.woonplaatsen()
    for s, e, codes in capitalised_phrases(text, wp_first, wp, ref.fold):
        if not _sentence_start(text, s):
            cs = valid(codes)
            for c in cs:
                yield c, 0.5 / len(cs), f"village '{text[s:e]}'"
    by_key, first = ref.regional_index()
    for s, e, body in capitalised_phrases(text, first, by_key, ref.fold):
        cs = valid(body.members)
        for c in cs:
            yield c, min(0.5, 2.0 / len(cs)), f"member of '{text[s:e]}'"


def _sentence_start(text: str, pos: int) -> bool:
    return bool(re.search(r"(?:^|[.!?:\n]\s*)$", text[max(0, pos - 3):pos])) or pos == 0


# --------------------------------------------------------------------------- programmes


def _line_starts_before(text: str, word: str) -> set[int]:
    """Line starts inside the white space before each occurrence of `word`: where a (?m)^\\s*word match starts."""
    out = set()
    for q in occurrences(text, word):
        r = q
        while r > 0 and text[r - 1].isspace():
            r -= 1
        if r == 0 or text[r - 1] == "\n":
            out.add(r)
        out.update(i + 1 for i in range(r, q) if text[i] == "\n")
    return out


def _infer_programmes(text: str) -> tuple[list[str], list[str]]:
    out: list[str] = []
    ev: list[str] = []
    lines = [ln.strip() for ln in text.splitlines()]
    nonempty = [ln for ln in lines if ln]
    # "04 SOCIAAL DOMEIN": a numbered all-caps chapter title.
    for ln in nonempty[:80]:
        m = re.fullmatch(r"(?:Programma\s+)?\d{1,2}[.)]?\s+([A-ZÀ-Ü][A-ZÀ-Ü ,&\-]{3,80})", ln)
        if m:
            out.append(title_case(m.group(1).strip(" ,")))
            ev.append(f"chapter title '{ln}'")
    # "Het programma Wijkontwikkeling, Zorg en Welzijn bestaat uit ..."
    for m in find_all(_HET_PROGRAMMA, text, ("Het", "het"), fold_case=False, whole=True):
        out.append(m.group(1))
        ev.append(f"'{m.group(0)}'")
    for m in anchored_finditer(_PROGRAMMA_HEADING, text, _line_starts_before(text, "Programma")):
        name = m.group(1).strip()
        if not re.search(r"['‘“\"]", name):
            out.append(title_case(name) if name.isupper() else name)
            ev.append(f"heading '{m.group(0).strip()}'")
    # A short title line directly followed by a standard heading ("Wat hebben we dit jaar bereikt").
    for i, ln in enumerate(nonempty[:40]):
        if STANDARD_HEADINGS.match(ln) or len(ln.split()) > 8 or re.search(r"\d|[.:?!|]$|:\s", ln):
            continue  # "Label: value" lines (Portefeuillehouder: ...) are not titles
        nxt = nonempty[i + 1:i + 3]
        if nxt and any(re.match(r"(?i)^wat\s+(?:hebben|willen|gaan)\s+we\b", x) for x in nxt) and ln[:1].isupper():
            out.append(title_case(ln) if ln.isupper() else ln)
            ev.append(f"title line '{ln}' above '{nxt[0]}'")
            break
    seen: set[str] = set()
    uniq = []
    for p in out:
        k = ref.fold(p)
        if k not in seen and not STANDARD_HEADINGS.match(p):
            seen.add(k)
            uniq.append(p)
    return uniq, ev
