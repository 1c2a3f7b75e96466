"""Guard: the extraction code and data must not know the seeds' own local names.

Only country-wide knowledge may ship (municipalities, wijken, laws, national organisations). Every gold
organisation, initiative and seed-specific string that is not such a national name must be absent from
loaders/ (code and data files).
"""

from pathlib import Path

from sdkg.loaders import reference as ref

LOADERS = Path(__file__).resolve().parents[2] / "loaders"
SCANNED = [p for p in LOADERS.rglob("*") if p.is_file() and p.suffix in {".py", ".csv", ".md", ".json", ".txt", ".ttl"}]
EXTRA_SEED_STRINGS = ["Peen en Ui", "Indebuurt033", "Libertas", "Avres", "Alifa", "Sterker", "Bindkracht10",
                      "Stadsring51", "Begeleiding Anders", "Ikpas Battle", "Skaeve Huse", "Poetsj", "Keivitaal",
                      "Pluhz", "Robijnhof", "Young Leaders"]
# Generic words that GUIDELINES.md itself lists as non-organisations; shipping them as stop words is fair.
GENERIC = {"wijkteams"}


def _national_names() -> set[str]:
    out = set()
    for o in ref.national_organisations():
        out.add(o.name.lower())
        out.update(a.lower() for a in o.aliases)
    return out


def _corpus() -> str:
    texts = []
    for p in SCANNED:
        if p.name in {"wijken.csv", "gemeenten.csv", "woonplaatsen.csv", "regional_organisations.csv", "regions.csv",
                      "government_ids.csv"}:
            continue  # country-wide registers with a source (CBS, BAG, regioatlas, GR list, OWMS, TOOI) may hold local names
        texts.append(p.read_text(encoding="utf-8", errors="ignore"))
    return "\n".join(texts).lower()


def test_no_seed_organisation_or_initiative_names_in_loaders(gold):
    national = _national_names()
    corpus = _corpus()
    leaks = []
    names = set(EXTRA_SEED_STRINGS)
    for g in gold.values():
        for o in g["organisations"]:
            names.update([o["name"], *o.get("aliases", [])])
        names.update(i["name"] for i in g["initiatives"])
    for n in sorted(names):
        low = n.lower()
        if low in national or len(low) < 4 or low in GENERIC:
            continue
        if low in corpus:
            leaks.append(n)
    assert not leaks, f"seed-specific names found in loaders/: {leaks}"
