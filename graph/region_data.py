"""Derive loaders/data/regions.csv, mergers.csv and government_ids.csv from the reference data (run by hand when the sources
change):

    python -m sdkg.graph.region_data ../shared/reference

mergers.csv: one row per municipality that ended in a merger or a split, and each municipality that took its area.
regions.csv: one row per municipality (CBS code) and region type, naming the regional organisation that serves
it: the regioatlas tables of 2016, carried forward to municipalities formed later through the TOOI merger
events (a new municipality inherits the region its predecessors agree on, else the one most of them share).
government_ids.csv: authoritative identifiers (TOOI for provinces, OWMS for regional and national bodies).
See SOURCES.md for the sources and licences.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "loaders" / "data"
TOOI = "https://identifier.overheid.nl/tooi/id/"

# region type -> (regioatlas file, how the organisation is named from the region)
TABLES = {
    "ggd": ("ggds.csv", "{region}"),
    "veilig_thuis": ("veiligthuisregios.csv", "Veilig Thuis {region}"),
    "veiligheidsregio": ("veiligheidsregios.csv", "Veiligheidsregio {region}"),
    "zorgkantoor": ("zorgkantoorregios.csv", "{region}"),
    "jeugdzorgregio": ("jeugdzorgregios1.csv", "{region}"),
    "werkbedrijf": ("arbeidsmarktregios.csv", "Werkbedrijf {region}"),
    "sociale_dienst": ("intergemeentelijkesocialediensten.csv", "{region}"),
    "provincie": ("provincies.csv", "Provincie {region}"),
}


def _read_table(path: Path) -> dict[str, str]:
    out = {}
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = csv.reader(f, delimiter=";")
        next(rows)
        for r in rows:
            if len(r) >= 3 and r[1].strip() and r[2].strip():
                out.setdefault("GM" + r[1].strip().zfill(4), r[2].strip())
    return out


def _mergers(ref: Path) -> list[tuple[str, list[str], str]]:
    """(successor code, predecessor codes, date) from the TOOI change events, oldest first."""
    data = json.loads((ref / "gemeenten" / "tooi_rwc_gemeenten_compleet_4.json").read_text(encoding="utf-8"))
    out = []
    for n in data:
        gone = [x["@id"].rsplit("/", 1)[-1] for x in n.get("http://www.w3.org/ns/prov#invalidated", [])]
        new = [x["@id"].rsplit("/", 1)[-1] for x in n.get("http://www.w3.org/ns/prov#generated", [])]
        kept = [x["@id"].rsplit("/", 1)[-1] for x in n.get("http://www.w3.org/ns/prov#used", [])]
        when = (n.get("https://identifier.overheid.nl/tooi/def/ont/tijdstipWijziging") or [{}])[0].get("@value", "")
        for succ in new + kept:
            if gone and succ.startswith("gm"):
                out.append((succ.upper(), [g.upper() for g in gone if g.startswith("gm")], when))
    return sorted(out, key=lambda x: x[2])


def main(ref: Path) -> None:
    mergers = _mergers(ref)
    rows = []
    for rtype, (fname, pattern) in TABLES.items():
        table = _read_table(ref / "regions" / "regioatlas_2016" / fname)
        for succ, preds, _when in mergers:  # carry forward, oldest change first
            if succ in table and succ not in preds:
                continue
            got = [table[p] for p in preds if p in table]
            if got:
                table[succ] = Counter(got).most_common(1)[0][0]
        for code in sorted(table):
            rows.append((code, rtype, " ".join(pattern.format(region=table[code]).split())))
    with open(HERE / "regions.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["cbs_code", "region_type", "organisation"])
        w.writerows(rows)

    with open(HERE / "mergers.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["predecessor", "successor", "date"])
        w.writerows(sorted({(p, succ, when[:10]) for succ, preds, when in mergers for p in preds if p != succ},
                           key=lambda r: (r[2], r[0], r[1])))

    ids = []
    prov = json.loads((ref / "gemeenten" / "tooi_rwc_provincies_compleet_1.json").read_text(encoding="utf-8"))
    for n in prov:
        name = (n.get("https://identifier.overheid.nl/tooi/def/ont/officieleNaamExclSoort") or [{}])[0].get("@value")
        if name and n["@id"].startswith(TOOI + "provincie/"):
            ids.append((f"Provincie {name}", n["@id"]))
    with open(ref / "organisations" / "openstate" / "owms-don.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["type"] in ("Regionaal samenwerkingsorgaan", "Zelfstandig bestuursorgaan", "Dienst",
                             "Overheidsorganisatie", "Ministerie", "Koepelorganisatie") and not r["endDate"]:
                ids.append((r["owms_label"].strip(), r["owms_uri"].strip()))
                if r["afkorting"].strip():
                    ids.append((r["afkorting"].strip(), r["owms_uri"].strip()))
    with open(HERE / "government_ids.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "identifier"])
        w.writerows(sorted(set(ids)))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else HERE.parents[2] / "shared" / "reference"))  # ../shared
