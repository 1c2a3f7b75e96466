"""Gold pages with their local organisations renamed (`sdkg eval --unknown-names`).

sdkg knows national bodies and the regional ones of the registers by name; a municipality's own partners it must
find by what the sentence says of them. On pages it was developed on it may also have learnt their names' shapes.
Renaming every gold organisation that no register knows to an invented one-word name, in the text and in the gold
alike (the head word of a name kept: "Stichting X", "Sportbedrijf X", "X Welzijn"), measures what the sentence alone
finds, as on a page of a municipality sdkg has never seen.
"""

from __future__ import annotations

import itertools
import json
import re
from functools import lru_cache

from sdkg.loaders import reference as ref

# Invented names: two syllables that make no Dutch word, no place and no first name (checked when first used), and
# whose ending is no plural or noun ending the extraction reads as a common word.
_FIRST = ("Dal", "Brug", "Lin", "Taf", "Zon", "Heu", "Mar", "Vel", "Kor", "Bra", "Ster", "Wol", "Ras", "Fen", "Gol", "Tri")
_SECOND = ("kracht", "vast", "deloop", "tij", "velstee", "wende", "hoef", "kamp", "rode", "linde", "moer", "stede",
           "bron", "wijk", "dreef", "gaard")


@lru_cache(maxsize=1)
def invented_names() -> tuple[str, ...]:
    """The invented names, in a fixed order; none is a place, a municipality or a first name."""
    areas, towns, first = ref.area_index(), ref.gemeenten_by_name(), ref.first_names()
    places = ref.woonplaats_gemeenten()
    out = []
    for a, b in itertools.product(_FIRST, _SECOND):
        name = a + b
        key = ref.fold(name)
        if key in areas or key in towns or key in places or name in first:
            continue
        out.append(name)
    return tuple(out)


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    """The folded names and aliases of the national and regional registers' bodies."""
    out = set()
    for o in ref.national_organisations():
        out.update(ref.fold(x) for x in (o.name, *o.aliases))
    for o in ref.regional_organisations():
        out.update(ref.fold(x) for x in (o.name, *o.aliases))
    return frozenset(out)


@lru_cache(maxsize=1)
def _national_stems() -> tuple[str, ...]:
    """National bodies whose name may carry a region ("GGD Zeeland", "Veilig Thuis Drenthe")."""
    return tuple(ref.fold(o.name) + " " for o in ref.national_organisations() if o.extend)


def known(names: list[str]) -> bool:
    """Whether a register knows the body by one of its names."""
    keys = [ref.fold(n) for n in names]
    return any(k in _known() or k.startswith(_national_stems()) for k in keys)


def _renamed(name: str, fake: str) -> str:
    """The invented name in the place of a name's own words, its head word kept ("Stichting X", "Instituut X",
    "X Welzijn"); an acronym becomes an invented one."""
    from sdkg.loaders.extract.organisations import HEAD_FIRST, HEAD_LAST, ORG_HEAD

    words = name.split()
    if len(words) == 1 and name.isupper() and len(name) <= 8:  # the syllables' initials: "Dalkracht" -> "DKX"
        first = next(a for a in _FIRST if fake.startswith(a))
        return (first[0] + fake[len(first)]).upper() + "X"
    if len(words) > 1 and (words[0] in HEAD_FIRST or words[0].lower() == "stichting" or ORG_HEAD.search(words[0])):
        return f"{words[0]} {fake}"
    if len(words) > 1 and (words[-1] in HEAD_LAST or ORG_HEAD.search(words[-1])):
        return f"{fake} {words[-1]}"
    return fake


def rename_unknown(gold: dict, text: str) -> tuple[dict, str, int]:
    """(gold, text, how many renamed): every gold organisation no register knows renamed in both, consistently
    (names, aliases, relation ends and quotes, initiatives that hold the name). The gold is not changed in place."""
    fakes = iter(invented_names())
    forms: list[tuple[str, str]] = []
    renamed = 0
    for o in gold.get("organisations") or []:
        names = [o["name"], *(o.get("aliases") or [])]
        if known(names):
            continue
        fake = next(fakes, None)
        if fake is None:  # more local bodies on one page than invented names: the rest keep theirs
            break
        renamed += 1
        forms.extend((n, _renamed(n, fake)) for n in names if len(n) >= 3)
    if not forms:
        return json.loads(json.dumps(gold)), text, 0
    forms.sort(key=lambda f: -len(f[0]))
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n, _ in forms), re.I)
    table = {n.lower(): new for n, new in forms}

    def sub(s: str) -> str:
        return pattern.sub(lambda m: table.get(m.group(0).lower(), m.group(0)), s)

    def walk(v, key=None):
        if isinstance(v, dict):
            return {k: walk(x, k) for k, x in v.items()}
        if isinstance(v, list):
            return [walk(x, key) for x in v]
        if isinstance(v, str) and key not in ("source_file", "cbs_code", "url", "query"):
            return sub(v)
        return v

    new_gold = walk(gold)
    for o in new_gold.get("organisations") or []:  # a renamed body's aliases that became its name are none
        o["aliases"] = [a for a in dict.fromkeys(o.get("aliases") or []) if a.lower() != o["name"].lower()]
    return new_gold, sub(text), renamed
