"""Who an organisation is: its identity key, scope, label and authoritative identifiers.

The key is a pure function of what the report says (the organisation's names) and where the report comes from
(its municipality): no store lookup decides it, so the same reports give the same IRIs in any order and
whoever ingests them.

- national: an organisation of the country-wide reference list (UWV, Humanitas, Rijk) under any of its names;
- regional: a bare regional name (GGD, Veilig Thuis, Jeugdbescherming, veiligheidsregio, werkbedrijf,
  zorgkantoor, sociale dienst, Provincie) is the regional body serving the report's municipality, read from the
  region tables (loaders/data/regions.csv, carried forward through municipal mergers): "GGD" in a Leiden report
  is GGD Hollands-Midden. A named regional body ("GGD IJsselland", "Veilig Thuis Midden Gelderland") is the
  same organisation under that name. Two regional bodies never share a key;
- local: any other named organisation, keyed by its canonical name. A generic name that could be anyone's
  ("Welzijn", "MEE", "wijkteam") without a region table is scoped to the report's municipality.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache

from sdkg.graph.iris import normalise_name
from sdkg.loaders import reference as ref

# normalised bare name -> region type (loaders/data/regions.csv), and the organisation kind it has
REGIONAL = {
    "ggd": "ggd", "gemeentelijke gezondheidsdienst": "ggd", "publieke gezondheidsdienst": "ggd",
    "veilig thuis": "veilig_thuis", "amhk": "veilig_thuis",
    "veiligheidsregio": "veiligheidsregio",
    "zorgkantoor": "zorgkantoor",
    "werkbedrijf": "werkbedrijf", "regionaal werkbedrijf": "werkbedrijf",
    "sociale dienst": "sociale_dienst", "intergemeentelijke sociale dienst": "sociale_dienst",
    "provincie": "provincie",
    "jeugdbescherming": "jeugdbescherming", "jeugdbescherming regio": "jeugdbescherming",
}
REGION_KINDS = {"ggd": "health", "veilig_thuis": "care", "veiligheidsregio": "government", "zorgkantoor": "health",
                "werkbedrijf": "government", "sociale_dienst": "government", "provincie": "government",
                "jeugdbescherming": "care"}
# the words a named regional body starts with ("GGD IJsselland"), per region type
REGION_PREFIX = {"ggd": ("ggd",), "veilig_thuis": ("veilig thuis",), "veiligheidsregio": ("veiligheidsregio",),
                 "zorgkantoor": ("zorgkantoor",), "werkbedrijf": ("werkbedrijf", "regionaal werkbedrijf"),
                 "provincie": ("provincie",), "jeugdbescherming": ("jeugdbescherming",)}
# names that could be any municipality's own body: scoped to the report's municipality
LOCAL_GENERIC = {
    "mee", "welzijn", "wijkteam", "wijkteams", "buurtteam", "buurtteams", "sociaal team", "sociale teams",
    "sociaal wijkteam", "jeugdteam", "centrum voor jeugd en gezin", "cjg", "jeugdgezondheidszorg", "jgz",
    "gemeenschappelijke regeling", "gr", "bibliotheek", "de bibliotheek", "ouderenbond", "wijkcentrum",
    "welzijnsorganisatie", "zorgaanbieder", "woningcorporatie", "huisartsen", "politie", "brandweer",
    "stichting welzijn", "vrijwilligerscentrale", "steunpunt mantelzorg", "mantelzorgsteunpunt", "jongerenwerk",
}


@dataclass(frozen=True)
class Identity:
    key: str  # path under {base}id/organisatie/
    label: str  # the name the graph calls it by
    scope: str  # national | regional | local
    kind: str | None = None  # from reference data, when it knows
    same_as: tuple[str, ...] = ()  # authoritative identifiers (TOOI, OWMS)
    names: tuple[str, ...] = field(default=())  # other names it goes by in this report


@lru_cache(maxsize=1)
def _regions() -> dict[tuple[str, str], str]:
    out = {}
    with open(ref.DATA / "regions.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out[(r["cbs_code"], r["region_type"])] = r["organisation"]
    return out


@lru_cache(maxsize=1)
def _regional_names() -> dict[str, tuple[str, str]]:
    """Folded token set of a regional body's name (without its type words) -> (region type, label)."""
    out: dict[str, tuple[str, str]] = {}
    for (_code, rtype), label in _regions().items():
        k = _region_key(rtype, label)
        if k:
            out.setdefault(k, (rtype, label))
        if rtype == "provincie":  # youth protection is organised per province
            jb = "Jeugdbescherming " + label.removeprefix("Provincie ")
            out.setdefault(_region_key("jeugdbescherming", jb), ("jeugdbescherming", jb))
    return out


def _region_key(rtype: str, name: str) -> str | None:
    """'ggd:hollands midden' for 'GGD Hollands-Midden' (the region's words, sorted); the full name when the
    body's name does not start with its type words; None for a name of another type."""
    words = normalise_name(name).split()
    prefixes = REGION_PREFIX.get(rtype, ())
    for prefix in sorted(prefixes, key=len, reverse=True):
        p = prefix.split()
        if words[:len(p)] == p:
            rest = sorted(w for w in words[len(p):] if w not in ("en", "regio", "de", "van"))
            return rtype + ":" + " ".join(rest) if rest else None
    return None


@lru_cache(maxsize=1)
def _regional_labels() -> dict[str, tuple[str, str]]:
    """Normalised full name of every regional body -> (region type, label)."""
    return {normalise_name(label): (rtype, label) for (_c, rtype), label in _regions().items()}


@lru_cache(maxsize=1)
def _joint_bodies() -> dict[str, tuple[ref.RegionalOrg, frozenset[str] | None]]:
    """Normalised name or alias -> the regional body of loaders/data/regional_organisations.csv it names
    (gemeenschappelijke regelingen, sociale werkvoorziening), the table's rows reconciled: two rows are
    one body when they share a name or alias and most members ("Alescon" and "Werkvoorzieningschap
    Alescon"), or have the same members and one name holds the other's words ("Werk en Inkomen
    Lekstroom"); that body is named by its longest name. A name two different bodies go by ("BWB") is
    left out, as are municipality names, regional and generic words, and aliases under four letters
    that are not an acronym. A one-word name ("Delta", "WIL") stands for the body only in a report of
    one of its member municipalities (the members, CBS codes of 2016, come with it); a longer name
    anywhere (None)."""
    rows = ref.regional_organisations()
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def names(o: ref.RegionalOrg) -> set[str]:
        return {k for k in (normalise_name(n) for n in (o.name, *o.aliases)) if k}

    def same_body(a: ref.RegionalOrg, b: ref.RegionalOrg) -> bool:
        overlap = len(a.members & b.members) / max(1, len(a.members | b.members))
        if overlap >= 0.5 and names(a) & names(b):
            return True
        wa, wb = set(normalise_name(a.name).split()), set(normalise_name(b.name).split())
        return a.members == b.members and bool(a.members) and (wa <= wb or wb <= wa)

    by_name: dict[str, list[int]] = {}
    for i, o in enumerate(rows):
        for k in names(o):
            by_name.setdefault(k, []).append(i)
    by_members: dict[frozenset[str], list[int]] = {}
    for i, o in enumerate(rows):
        by_members.setdefault(o.members, []).append(i)
    for group in [*by_name.values(), *by_members.values()]:
        for i in group:
            for j in group:
                if i < j and same_body(rows[i], rows[j]):
                    parent[find(j)] = find(i)
    clusters: dict[int, list[int]] = {}
    for i in range(len(rows)):
        clusters.setdefault(find(i), []).append(i)
    canonical, member_codes = {}, {}
    for members in clusters.values():
        best = max((rows[i] for i in members), key=lambda o: (len(o.name), o.name))
        codes = frozenset().union(*(rows[i].members for i in members))
        for i in members:
            canonical[i], member_codes[i] = best, codes
    municipalities = set(ref.gemeenten_by_name())
    out: dict[str, tuple[ref.RegionalOrg, frozenset[str] | None]] = {}
    ambiguous: set[str] = set()
    for k, idx in by_name.items():
        bodies = {canonical[i].name for i in idx}
        if len(bodies) > 1:
            ambiguous.add(k)
            continue
        short_alias = len(k) < 4 and not any(a.isupper() and normalise_name(a) == k
                                              for i in idx for a in rows[i].aliases)
        if k in municipalities or k in REGIONAL or k in LOCAL_GENERIC or (short_alias and all(
                normalise_name(rows[i].name) != k for i in idx)):
            continue
        out[k] = (canonical[idx[0]], None if len(k.split()) > 1 else member_codes[idx[0]])
    return out


@lru_cache(maxsize=1)
def _national() -> dict[str, ref.NationalOrg]:
    out = {}
    for org in ref.national_organisations():
        if org.extend:  # regional or scoped names are not one national body
            continue
        for n in (org.name, *org.aliases):
            out.setdefault(normalise_name(n), org)
    return out


@lru_cache(maxsize=1)
def _identifiers() -> dict[str, str]:
    out = {}
    with open(ref.DATA / "government_ids.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out.setdefault(normalise_name(r["name"]), r["identifier"])
    return out


def _same_as(*names: str) -> tuple[str, ...]:
    ids = _identifiers()
    return tuple(dict.fromkeys(ids[k] for k in (normalise_name(n) for n in names) if k in ids))


def _province_of(cbs_code: str | None) -> str | None:
    label = _regions().get((cbs_code or "", "provincie"))
    return label.removeprefix("Provincie ") if label else None


def regional_body(rtype: str, cbs_code: str | None) -> str | None:
    """The label of the regional body of this type that serves the municipality, or None."""
    if not cbs_code:
        return None
    if rtype == "jeugdbescherming":
        province = _province_of(cbs_code)
        return f"Jeugdbescherming {province}" if province else None
    return _regions().get((cbs_code, rtype))


def resolve(name: str, aliases: list[str] | tuple[str, ...] = (), cbs_code: str | None = None) -> Identity:
    """The identity of an organisation a report of municipality `cbs_code` names as `name` (and `aliases`)."""
    forms = [name, *aliases]
    keys = [normalise_name(f) for f in forms]
    # 1. a named regional body, under any of its names
    named, full = _regional_names(), _regional_labels()
    for f in forms:
        if normalise_name(f) in full:
            return _regional(*full[normalise_name(f)], forms)
        for rtype in REGION_PREFIX:
            k = _region_key(rtype, f)
            if k in named:
                return _regional(*named[k], forms)
    # 2. a bare regional name: the body serving the report's municipality
    for k in keys:
        rtype = REGIONAL.get(k)
        if rtype:
            label = regional_body(rtype, cbs_code)
            if label:
                return _regional(rtype, label, forms)
            return _local(name, forms, cbs_code, REGION_KINDS.get(rtype))
    # 3. national reference organisations
    nat = _national()
    for k in keys:
        if k in nat:
            org = nat[k]
            return Identity(normalise_name(org.name).replace(" ", "-"), org.name, "national", org.kind,
                            _same_as(org.name, *org.aliases), tuple(f for f in forms if f != org.name))
    # 4. regional bodies of the joint-arrangement tables, under any of their names
    joint = _joint_bodies()
    for k in keys:
        body, members = joint.get(k, (None, None))
        if body is not None and (members is None or cbs_code in members):
            # the body of regions.csv, where that table names it ("... Lekstroom (WIL)")
            for label in (body.name, *(f"{body.name} ({a})" for a in body.aliases)):
                if normalise_name(label) in full:
                    return _regional(*full[normalise_name(label)], forms)
            return Identity(normalise_name(body.name).replace(" ", "-"), body.name, "regional", body.kind,
                            _same_as(body.name, *body.aliases, *forms),
                            tuple(f for f in forms if normalise_name(f) != normalise_name(body.name)))
    # 5. generic names belong to the municipality; other names are themselves
    if any(k in LOCAL_GENERIC for k in keys):
        return _local(name, forms, cbs_code, None)
    return Identity(normalise_name(name).replace(" ", "-") or "x", name, "local", None, _same_as(*forms),
                    tuple(forms[1:]))


def _regional(rtype: str, label: str, forms: list[str]) -> Identity:
    return Identity(normalise_name(label).replace(" ", "-"), label, "regional", REGION_KINDS.get(rtype),
                    _same_as(label), tuple(f for f in forms if normalise_name(f) != normalise_name(label)))


def _local(name: str, forms: list[str], cbs_code: str | None, kind: str | None) -> Identity:
    scope = (cbs_code or "onbekend").lower()
    return Identity(f"{scope}/{normalise_name(name).replace(' ', '-') or 'x'}", name, "local", kind, (),
                    tuple(forms[1:]))
