"""Initiatives: named projects, pilots, campaigns, programmes, schemes, plans and agreements.

Found by form: quoted titles, a type word followed by a name ("wijkvisie Vogelbuurt", "pilot stoppen met
roken"), capitalised compounds ending in a type word ("Ouderenagenda 2023-2026"), runs of capitalised
words that are nothing else (not an organisation, place, law or person), and hashtags.
"""

from __future__ import annotations

import bisect
import re

from sdkg.loaders import reference as ref
from sdkg.loaders.model import Initiative

from .normalise import span

TYPE_SUFFIX = (r"(?:visie|plan|plannen|nota|notitie|kader|programma|aanpak|agenda|akkoord|deal|regeling|verordening|"
               r"convenant|project|pilot|campagne|traject|overleg|model|methode|symposium|manifest|tafel|platform|"
               r"actieplan|uitvoeringsplan|beleidsplan|beleidskader|werkwijze|concept|festival|week|dag)")
TYPE_WORD = re.compile(rf"(?i)^[\wëïéè\-]*{TYPE_SUFFIX}$")
# Type words that are too generic to be named by what follows them in lower case.
LOWER_TAIL_TYPES = re.compile(r"(?i)^(?:pilot|deal|kadernotitie|kadernota|cursus)$")
PROVINCES = {"groningen", "friesland", "fryslan", "drenthe", "overijssel", "flevoland", "gelderland", "utrecht",
             "noord holland", "zuid holland", "zeeland", "noord brabant", "limburg", "twente", "brabant"}
STOP_TAIL = {
    "is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "heeft", "hebben", "had", "zal", "zullen",
    "kan", "kunnen", "moet", "gaat", "gaan", "die", "dat", "om", "waarin", "waarmee", "waarbij", "en", "of", "met",
    "te", "als", "door", "bij", "tot", "naar", "uit", "over", "tegen", "sinds", "vanaf", "per", "in", "op", "aan",
    "van", "voor", "de", "het", "een", "dit", "deze", "we", "wij", "zij", "er", "ook", "nog", "al", "niet", "wel",
}
CONNECT = {"en", "van", "voor", "in", "de", "het", "op", "naar", "aan", "met", "&", "der", "den", "tot"}
GENERIC_CAPS = {
    "sociaal domein", "beschermd wonen", "maatschappelijke zorg", "maatschappelijke opvang", "sociale basis",
    "jeugdzorg", "transitie jeugdzorg", "sociaal cultureel werk", "wijkteams", "sociale wijkteams", "hulp bij huishouden",
    "huishoudelijke hulp", "individuele voorzieningen", "informele zorg", "maatschappelijke ondersteuning",
    "algemene voorzieningen", "eigen kracht", "lasten", "baten", "staat van het programma", "wat hebben we bereikt",
    "high intensive care", "spoedeisende zorg", "veilig thuis", "raad", "college", "gemeenteraad", "burgemeester",
    "wethouders", "college van b en w", "b en w", "beschermd thuis", "jeugdhulp", "jeugdbescherming",
    "doelstelling a", "doelstelling b", "doelstelling c", "politiek speerpunt", "politieke speerpunten",
    "sociaal wijkteam", "wijkteam", "zorg en welzijn", "welzijn en zorg",
}
EXCLUDE_WORDS = re.compile(r"(?i)monitor|\bfonds\b|enquête|coalitieakkoord|collegeakkoord|motie|reserve|\bbudget|begroting|"
                           r"jaarverslag|jaarstukken|gemeentefonds|raadsinformatiebrief|circulaire|onderzoek\b")
TYPE_PREFIX = re.compile(r"(?i)^[\w\-]*" + TYPE_SUFFIX)
_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


def _key(name: str) -> str:
    """Folded name with punctuation as space: the identity of an initiative."""
    return _SPACES.sub(" ", _NON_WORD.sub(" ", ref.fold(name))).strip()


QUOTE = re.compile(r"(?:‘([^’\n]{3,90})’|“([^”\n]{3,90})”|'([^'\n]{3,90})'|\"([^\"\n]{3,90})\"|„([^”\n]{3,90})”)")
CAPWORD = r"(?:[A-Z][\w\-.'’&]*[\w]|[A-Z])"
# An enumeration "Fit4Kids, Kookmaatjes en Beweegwijs": each item starts at a word start, and a comma run is
# consumed whole (the "en" tail is optional and checked afterwards), so no start inside a failed list is retried.
_ITEM = r"(?<![\w.\-])[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*)?"
ENUM_ITEM = re.compile(_ITEM)
ENUMERATION = re.compile(rf"({_ITEM}(?:,[ \t]+{_ITEM})+)([ \t]+en[ \t]+{_ITEM})?")


def find_initiatives(text: str, *, blocked: set[str], areas: dict[str, str], programme_keys: set[str],
                     law_spans: list[tuple[int, int]], places: set[str] = frozenset()) -> list[Initiative]:
    """`blocked`: folded names that are organisations, places, laws, people; `areas`: folded -> display name."""
    found: list[tuple[str, int, int, str | None, float]] = []  # name, start, end, kind, confidence
    # Law spans sorted by start with the running max of their ends: "overlaps a law" is one bisect.
    law_sorted = sorted(law_spans)
    law_starts = [a for a, _b in law_sorted]
    law_reach: list[int] = []
    for _a, b in law_sorted:
        law_reach.append(max(b, law_reach[-1]) if law_reach else b)

    def ok(name: str, start: int) -> bool:
        k = _key(name)
        if not k or k in blocked or k in GENERIC_CAPS or k in programme_keys or EXCLUDE_WORDS.search(name):
            return False
        end = start + len(name)
        i = bisect.bisect_left(law_starts, end)
        if i and law_reach[i - 1] > start and not TYPE_PREFIX.match(name):
            return False
        if any(k in pk for pk in programme_keys if len(k) >= 8):
            return False  # a piece of the programme title
        return True

    # 1. quoted titles
    for m in QUOTE.finditer(text):
        title = next(g for g in m.groups() if g is not None).strip(" ,.;:")
        s = m.start() + 1
        words = title.split()
        if len(words) > 10 or (len(words) == 1 and not title[:1].isupper()):
            continue
        if title.endswith(".") or re.search(r"[.!]\s+[A-Z]", title):
            continue
        before = text[max(0, m.start() - 40):m.start()]
        prev = re.findall(r"[\wëï\-]+", before)[-2:] if before else []
        typ = next((w for w in reversed(prev) if TYPE_WORD.match(w)), None)
        if re.search(r"(?i)indicator|monitor|term\s*$|zogenaamde\s*$|woord", before[-25:]):
            continue
        if not title[:1].isupper() and typ is None and not re.search(r"(?i)(?:agenda|we hebben|hebben we)\s*$", before):
            continue
        if re.match(r"(?i)^(?:het|de|een)\s", title) and typ is None:
            continue
        name = title
        if typ and not title[:1].isupper():
            name = typ[:1].upper() + typ[1:] + " " + title
        if ok(name, s):
            found.append((name, s, s + len(title), (typ or "").lower() or None, 0.8))

    # 2. type word + name: "wijkvisie Vogelbuurt", "traject Jonge Helden", "pilot bewegen voor ouderen"
    for m in re.finditer(r"(?<![\w\-])([\wëïéè\-]*" + TYPE_SUFFIX + r")[ \t\u00a0]*(?:\|\s*)?(?=\S)", text):
        typ = m.group(1)
        rest = text[m.end():m.end() + 120]
        if rest[:1] in "‘'“\"":
            continue
        lower_ok = bool(LOWER_TAIL_TYPES.match(typ))
        tail = _name_tail(rest, lower_ok=lower_ok or typ[:1].isupper(), keep_connectors=lower_ok)
        if not tail:
            continue
        if not tail[:1].isupper() and (not (lower_ok or typ[:1].isupper()) or len(tail.split()) < 2):
            continue
        if typ.lower() in {"plan", "kader", "model", "concept", "week", "dag", "overleg", "werkwijze", "platform"} \
                and not typ[:1].isupper():
            if not tail[:1].isupper():
                continue
        start = m.start()
        prefix = re.search(r"(?<=[a-z,;:] )([A-Z][a-zë]+)[ \t]+$", text[max(0, start - 30):start])
        name = typ[:1].upper() + typ[1:] + " " + tail
        if prefix and typ[:1].islower() and ref.fold(prefix.group(1)) not in blocked:
            name = prefix.group(1) + " " + typ + " " + tail  # "Vernieuwing agenda Jeugd"
            start -= len(prefix.group(0))
        tail_parts = re.split(r"\s+en\s+", tail)
        if len(tail_parts) > 1 and all(ref.fold(x) in places for x in tail_parts):
            for x in tail_parts:  # "wijkenvisie Meerburg-Roomburg en Prinsessenbuurt-Hoven": one plan per area
                found.append((typ[:1].upper() + typ[1:] + " " + x, m.start(), m.end() + len(tail), typ.lower(), 0.7))
            continue
        if ok(name, start) and (prefix or ref.fold(tail) in places or ok(tail, m.end())):
            found.append((name, start, m.end() + len(tail), typ.lower(), 0.7))

    # 3. capitalised compound ending in a type word, mid-sentence: "Schuldentafel", "Ouderenagenda 2023-2026"
    for m in re.finditer(rf"(?<=[a-z,;:)’'”] )([A-Z][\wëï]{{3,}}{TYPE_SUFFIX})(?:[ \t]+((?:19|20)\d\d(?:-(?:19|20)\d\d)?))?(?![\w\-])", text):
        name = m.group(0)
        if ok(name, m.start()):
            found.append((name, m.start(), m.end(), None, 0.6))

    # 4. lower-case compounds of a campaign: "mantelzorgcampagne"
    for m in re.finditer(r"(?<![\w\-])([a-z]{4,}campagne)(?![\w\-])", text):
        name = m.group(1)[0].upper() + m.group(1)[1:]
        if ok(name, m.start()):
            found.append((name, m.start(), m.end(), "campagne", 0.5))

    # 5. acronym/name + "-project" / "-aanpak": "BUUR-project", "JIM-aanpak"
    for m in re.finditer(r"(?<![\w\-])([A-Z][\w]*-(?:project|aanpak|methode|programma|campagne|pilot))(?![\w\-])", text):
        if ok(m.group(1), m.start()):
            found.append((m.group(1), m.start(), m.end(), None, 0.7))

    # 6. hashtags naming a scheme or method
    for m in re.finditer(r"(?<![\w&])#([A-Za-z][\w]{2,})", text):
        name = "#" + m.group(1)
        if ref.fold(name) not in blocked and ok(name, m.start()):
            found.append((name, m.start(), m.end(), None, 0.7))

    # 7. runs of two or more capitalised words, mid-sentence, that are nothing else
    for m in re.finditer(rf"(?<=[a-zëï0-9,;:)’'”] )({CAPWORD}(?:[ \t]+(?:(?:{'|'.join(CONNECT)})[ \t]+)?{CAPWORD})+)", text):
        name = _trim_connectors(m.group(1))
        if len(name.split()) < 2 or name.isupper() or any(w.isupper() and len(w) > 1 for w in name.split()[:1]):
            continue
        parts = re.split(r"\s*,\s*|\s+en\s+|\s+&\s+|\s+in\s+", name)
        if re.match(r"^(?:De|Het|Een)\s", name) or ref.fold(parts[0]) in PROVINCES:
            continue
        if len(parts) == 2 and all(len(x.split()) == 1 for x in parts) and " en " in name:
            continue  # "Weezenhof en Meijhorst": a list of names, not one title
        if ok(name, m.start(1)) and not any(ref.fold(x) in blocked or ref.fold(x.split()[0]) in blocked for x in parts if x):
            found.append((name, m.start(1), m.start(1) + len(name), None, 0.5))

    # 8. an enumeration of names right after programme/project words: "programma's ... Het gaat om Fit4Kids, Kookmaatjes en Beweegwijs"
    for m in ENUMERATION.finditer(text):
        if m.group(1).count(",") < 2 or not m.group(2):
            continue  # three or more items, the last joined by "en"
        ctx = text[max(0, m.start() - 250):m.start()]
        if not re.search(r"(?i)programma'?s|projecten|interventies|initiatieven|methodieken|methoden|activiteiten", ctx):
            continue
        for im in ENUM_ITEM.finditer(m.group(0)):
            name = im.group(0)
            s0 = m.start(1) + im.start()
            if name.lower() in STOP_TAIL or not ok(name, s0) or name in {"De", "Het"}:
                continue
            found.append((name, s0, s0 + len(name), None, 0.6))

    return _merge(text, found, areas)


def _name_tail(rest: str, lower_ok: bool, keep_connectors: bool = True) -> str:
    """The name after a type word: capitalised words (with connectors), or up to six plain words when allowed."""
    words = re.findall(r"[^\s,.;:()!?‘’“”\"|]+", rest.split("\n")[0])
    out: list[str] = []
    pos = 0
    line = rest.split("\n")[0]
    for w in words[:7]:
        idx = line.find(w, pos)
        if idx < 0 or re.search(r"[,.;:()!?|]", line[pos:idx]):
            break
        pos = idx + len(w)
        lw = w.lower()
        if w[:1].isupper() or re.fullmatch(r"(?:19|20)\d\d(?:-(?:19|20)\d\d)?", w):
            out.append(w)
            continue
        if lw in CONNECT and out and len(out) < 5:
            nxt = line[pos:].split()
            if keep_connectors or (nxt and nxt[0][:1].isupper()):
                out.append(w)
                continue
            break
        if lower_ok and lw not in STOP_TAIL and not re.match(r"^\d", w) and (out or lw not in CONNECT):
            out.append(w)
            continue
        break
    return _trim_connectors(" ".join(out))


def _trim_connectors(s: str) -> str:
    words = s.split()
    while words and (words[-1].lower() in CONNECT or words[-1].lower() in STOP_TAIL):
        words.pop()
    return " ".join(words)


def _merge(text: str, found: list[tuple[str, int, int, str | None, float]], areas: dict[str, str]) -> list[Initiative]:
    """One Initiative per folded name; a name whose words all occur in a longer one is the same item."""
    type_words = re.compile(rf"(?i)^(?:{TYPE_SUFFIX}|wijkvisie|wijkenvisie|gebiedsvisie|wijkplan|actieplan|uitvoeringsplan)$")
    found.sort(key=lambda f: (-f[4], f[1]))
    items: dict[str, Initiative] = {}
    order: dict[str, int] = {}  # item key -> insertion rank
    tokens: dict[str, set[str]] = {}
    postings: dict[str, list[str]] = {}  # token -> keys of the items holding it
    area_rank = {ak: i for i, ak in enumerate(areas)}
    area_words = max((len(ak.split()) for ak in areas), default=0)  # n-grams longer than any area are no area
    # A key that joined an earlier item keeps joining it: items are only ever appended, so the first
    # item whose words cover the key's (or vice versa) stays the first.
    joined: dict[str, Initiative] = {}
    starts: dict[int, set[int]] = {}
    for name, s, e, kind, _conf in found:
        key = _key(name)
        toks = {t for t in key.split() if not type_words.match(t)}
        if not toks:
            continue  # a bare type word ("Actieplan") names nothing
        target = items.get(key) or joined.get(key)
        if target is None:
            k = _first_cover(toks, tokens, postings, order)
            if k is not None:
                target = joined[key] = items[k]
        if target is None:
            target = items[key] = Initiative(name=name, kind=kind)
            order[key] = len(order)
            tokens[key] = toks
            for t in toks:
                postings.setdefault(t, []).append(key)
            words = key.split()
            hits = {" ".join(words[i:j]) for i in range(len(words))
                    for j in range(i + 1, min(len(words), i + area_words) + 1)}
            for ak in sorted((h for h in hits if h in area_rank), key=area_rank.get):
                if areas[ak] not in target.neighbourhoods:
                    target.neighbourhoods.append(areas[ak])
        sp = span(text, s, e)
        seen = starts.get(id(target))
        if seen is None:
            seen = starts[id(target)] = {x.start for x in target.mentions}
        if sp.start not in seen:
            seen.add(sp.start)
            target.mentions.append(sp)
    out = list(items.values())
    out.sort(key=lambda i: i.mentions[0].start if i.mentions else 0)
    return out


def _first_cover(toks: set[str], tokens: dict[str, set[str]], postings: dict[str, list[str]],
                 order: dict[str, int]) -> str | None:
    """The earliest item whose words contain `toks` or are contained in them (via the word postings)."""
    best = None
    # items holding every word of toks: all in the postings of its rarest word
    rare = min((postings.get(t, ()) for t in toks), key=len)
    for k in rare:
        if toks <= tokens[k] and (best is None or order[k] < order[best]):
            best = k
    # items all of whose words are in toks: counted over the postings of toks' words
    hits: dict[str, int] = {}
    for t in toks:
        for k in postings.get(t, ()):
            hits[k] = hits.get(k, 0) + 1
    for k, n in hits.items():
        if n == len(tokens[k]) and (best is None or order[k] < order[best]):
            best = k
    return best
