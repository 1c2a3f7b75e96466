"""Derive regional_organisations.csv from the shared reference folder (run by hand; see SOURCES.md).

    .venv/bin/python loaders/data/make_regional_organisations.py ../shared/reference > loaders/data/regional_organisations.csv

Rows: name, aliases (|), kind, members (CBS codes of 2016, |), source. From regioatlas 2016 (sociale
werkvoorziening, intergemeentelijke sociale diensten, GGD's) and the Open State list of
gemeenschappelijke regelingen with their participants.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

GENERIC_PREFIX = re.compile(
    r"(?i)^(?:gemeenschappelijke regeling|werkvoorzieningschap|intergemeentelijke sociale dienst(?: \(werkplein\))?|"
    r"openbaar lichaam|regionaal samenwerkingsverband|samenwerkingsverband|stichting|uitvoeringsorganisatie)\s+")


OWMS_LEFT_OUT = frozenset(("Het Plein", "De Waard", "Plusteam", "Hefpunt", "De Waddeneilanden", "Stedendriehoek",
                           "De Kompanjie", "Drechtsteden", "De Drechtsteden", "Parkstad Limburg", "Holland Rijnland",
                           "BrabantStad", "Stichtse Groenlanden", "Nieuw Reijerwaard"))


def _aliases(name: str) -> tuple[str, list[str]]:
    """The name without a parenthesised acronym, and the aliases: the acronym, the name without a generic prefix."""
    out = []
    m = re.search(r"\s*\(([^()]{2,12})\)\s*$", name)
    base = name
    if m:
        base = name[:m.start()].strip()
        acr = m.group(1).strip()
        if re.fullmatch(r"[A-Z][A-Za-z&\- ]{1,11}", acr):
            out.append(acr)
    short = GENERIC_PREFIX.sub("", base)
    if short != base and len(short) >= 4:
        out.append(short)
    return base, out


def _unmangled(s: str) -> str:
    """The text as written where the source holds UTF-8 read as Windows-1252 ("FryslÃ¢n" for "Fryslân")."""
    if "Ã" not in s and "Â" not in s:
        return s
    for codec in ("cp1252", "latin-1"):
        try:
            return s.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return s


def main(ref: Path) -> int:
    rows: dict[str, dict] = {}

    def add(name: str, kind: str, member: str, source: str) -> None:
        name = re.sub(r"\s+", " ", name.replace('"', "")).strip()
        if not name or len(name) < 3:
            return
        base, aliases = _aliases(name)
        r = rows.setdefault(base.lower(), {"name": base, "aliases": [], "kind": kind, "members": set(),
                                           "source": source})
        for a in aliases:
            if a not in r["aliases"]:
                r["aliases"].append(a)
        if member:
            r["members"].add(member)

    atlas = ref / "regions" / "regioatlas_2016"
    for fname, kind in (("socialewerkvoorziening.csv", "government"), ("intergemeentelijkesocialediensten.csv", "government"),
                        ("ggds.csv", "health")):
        with open(atlas / fname, encoding="utf-8-sig", newline="") as f:
            for row in csv.reader(f, delimiter=";"):
                if row and row[0] != "Gemeente" and len(row) >= 3:
                    add(row[2], kind, "GM" + row[1].zfill(4), f"regioatlas 2016 {fname}")
    names = {}
    with open(ref / "gemeenten" / "gemeenten.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            names.setdefault((row["tooi_name"] or row["name"]).lower(), row["cbs_code"])
            names.setdefault(row["name"].lower(), row["cbs_code"])
    with open(ref / "organisations" / "openstate" / "opengr_provincies.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            gr = _unmangled(row["Gemeenschappelijke regeling"])
            kind = "health" if re.search(r"(?i)\bggd\b|gezondheid", gr) else "government"
            add(gr, kind, names.get(_unmangled(row["Deelnemer"]).strip().lower(), ""), "Open State opengr_provincies")
    # The regional bodies of the government's register of organisations (OWMS) still in being, by their name and
    # abbreviation; their members are not in it. (Left out: names that are also a common phrase or an area's name.)
    # A body the other sources have under another spelling ("Werk & Inkomen Lekstroom", "Regionale
    # uitvoeringsorganisatie Werk en Inkomen Lekstroom") is not added again.
    def key(n: str) -> str:
        return " ".join(re.findall(r"\w+", GENERIC_PREFIX.sub("", n.lower().replace("&", " en "))))

    known = {key(n) for r in rows.values() for n in (r["name"], *r["aliases"])}
    with open(ref / "organisations" / "openstate" / "owms-don.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            name = row["owms_label"].strip()
            if row["type"] != "Regionaal samenwerkingsorgaan" or row["endDate"] or name in OWMS_LEFT_OUT \
                    or "|" in name or any(k == key(name) or k.endswith(" " + key(name)) for k in known):
                continue
            kind = "health" if re.search(r"(?i)\bggd\b|gezondheid", name) else "government"
            add(name, kind, "", "OWMS (Open State owms-don)")
            row_of = rows[_aliases(name)[0].lower()]
            if row["afkorting"].strip() and row["afkorting"].strip() != name:
                row_of["aliases"].append(row["afkorting"].strip())
            known.update(key(n) for n in (row_of["name"], *row_of["aliases"]))
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["name", "aliases", "kind", "members", "source"])
    for r in sorted(rows.values(), key=lambda r: r["name"].lower()):
        w.writerow([r["name"], "|".join(r["aliases"]), r["kind"], "|".join(sorted(r["members"])), r["source"]])
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
