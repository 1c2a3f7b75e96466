"""Files that are readable but are not municipal reports are skipped with the reason, not stored."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from sdkg.cli import main
from sdkg.graph.store import OxigraphStore
from sdkg.loaders import load
from sdkg.loaders.errors import SkippedInput

ROOT = Path(__file__).resolve().parents[2]

RECIPE = """Appeltaart

Ingrediënten: 250 gram bloem, 150 gram boter, 100 gram suiker, een snufje zout en 1 ei. Voor de vulling:
1 kilo appels, 50 gram rozijnen, kaneel en citroensap.

Bereiding: verwarm de oven voor op 180 graden. Meng de bloem met de boter, de suiker en het zout tot een
kruimelig deeg. Voeg het ei toe en kneed tot een soepele bal. Bekleed een ingevette springvorm met twee
derde van het deeg. Schil de appels, snijd ze in stukjes en meng ze met de rozijnen, de kaneel en het
citroensap. Schep de vulling in de vorm en leg van de rest van het deeg repen over de taart. Bak de taart
in ongeveer een uur goudbruin. Laat afkoelen en serveer met slagroom.
"""


def _not_reports() -> dict[str, tuple[bytes, str]]:
    rnd = random.Random(7)
    return {
        "recept.txt": (RECIPE.encode(), "not a municipal report: no municipality named and no social-domain vocabulary"),
        "aaaa.txt": (b"a" * 3000, "not report text: 100% of its characters are 'a'"),
        "kort.txt": (b"Gemeente Zwolle. Jaarverslag 2023. Sociaal domein.", "too little text to be a report"),
        "herhaling.txt": (b"de gemeente en de wijk " * 300, "not report text"),
        "cijfers.txt": (b"12 34 56 78 90 " * 200, "not report text: only 0% of its characters outside numbers and tables are letters"),
        "ruis.txt": (bytes(rnd.choice(range(0x21, 0x7f)) for _ in range(400)), ""),  # a tiny binary that decodes
    }


def test_files_that_are_not_reports_are_skipped_with_the_reason(tmp_path, seed_paths, capfd):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (data, _) in _not_reports().items():
        (folder / name).write_bytes(data)
    shutil.copy(seed_paths[2], folder)
    code = main(["ingest", "--quiet", "--store", str(tmp_path / "db"), str(folder)])
    out, err = capfd.readouterr()
    assert code == 1
    for name, (_, reason) in _not_reports().items():
        assert f"skipped {folder / name}: {reason}" in err, (name, err)
    assert "1 added" in out and f"{len(_not_reports())} skipped" in out
    with OxigraphStore(tmp_path / "db", read_only=True) as store:
        assert len(store.graphs()) == 1


@pytest.mark.parametrize("path", [*sorted((ROOT / "examples").glob("*-*.*"))], ids=lambda p: p.name)
def test_example_reports_pass_the_check(path):
    assert load(path, screen=True).meta.municipality is not None


def test_seed_reports_pass_the_check(seed_paths):
    for p in seed_paths:
        load(p, screen=True)


def _cost_table_page() -> str:
    """A report site's page that is a cost table: bars, amounts in thousands and the taakvelden's names."""
    rows = [("6.1 Samenkracht en burgerparticipatie", 3), ("6.2 Toegang en wijkteams", 5), ("6.3 Inkomensregelingen", 7),
            ("6.4 Begeleide participatie", 11), ("6.5 Arbeidsparticipatie", 13), ("6.6 Maatwerkvoorzieningen (Wmo)", 17),
            ("6.71 Maatwerkdienstverlening 18+", 19), ("6.72 Maatwerkdienstverlening 18-", 23),
            ("6.81 Geëscaleerde zorg 18+", 29), ("6.82 Geëscaleerde zorg 18-", 31)]
    lines = ["Wat heeft het gekost?", "Lasten en baten per taakveld (bedragen x € 1.000) | | | | | |", "---|---|---|---|---|---|",
             "Sociaal domein Noorddorp | Realisatie 2022 | Primitief 2023 | Gewijzigd 2023 | Realisatie 2023 | Afwijking |"]
    for name, k in rows:
        a, b, c, d = (k * 1013 + i * 277 for i in range(4))
        lines.append(f"{name} | Lasten | {a // 1000}.{a % 1000:03d} | {b // 1000}.{b % 1000:03d} | "
                     f"{c // 1000}.{c % 1000:03d} | {d // 1000}.{d % 1000:03d} | -{d - c} |")
        lines.append(f"Baten | {k * 31} | {k * 29} | {k * 37} | {k * 41} | {k * 4} | |")
        lines.append(f"Saldo | -{a // 1000}.{a % 1000:03d} | -{b // 1000}.{b % 1000:03d} | -{c // 1000}.{c % 1000:03d} "
                     f"| -{d // 1000}.{d % 1000:03d} | -{d - c} | |")
    return "\n".join(lines) + "\n"


def test_a_page_that_is_a_cost_table_is_a_report_page(tmp_path, capfd):
    # Digits and bars outnumber the letters on such a page; the letters it has are the words of a report. Ingested
    # as users run it (default workers), with another report beside it.
    text = _cost_table_page()
    visible = [c for c in text if not c.isspace()]
    assert sum(c.isalpha() for c in visible) / len(visible) < 0.45  # (what the share of all characters would say)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "jaarstukken-2023-zwolle-sociaal-domein.txt").write_text(text, encoding="utf-8")
    (folder / "recept.txt").write_text(RECIPE, encoding="utf-8")
    code = main(["ingest", "--quiet", "--store", str(tmp_path / "db"), str(folder)])
    out, err = capfd.readouterr()
    assert code == 1 and "1 added" in out and "1 skipped" in out, (out, err)
    assert f"skipped {folder / 'jaarstukken-2023-zwolle-sociaal-domein.txt'}" not in err, err
    # digits and bars alone stay no report
    with pytest.raises(SkippedInput, match="outside numbers and tables are letters"):
        page = tmp_path / "streep.txt"
        page.write_text("| 12 | 34 | -5.678 | (9.012) |\n" * 200, encoding="utf-8")
        load(page, {"municipality": "GM0193"}, screen=True)


def test_a_given_municipality_counts_for_a_short_report(tmp_path):
    page = tmp_path / "pagina.txt"
    page.write_text("Het college heeft in 2023 met de partners in de stad gewerkt aan een betere ondersteuning "
                    "van jongeren en ouderen. " * 3, encoding="utf-8")
    assert load(page, {"municipality": "GM0193"}, screen=True).meta.municipality.cbs_code == "GM0193"
    page.write_text("Het weer was in 2023 wisselend, met een natte zomer en een zachte winter in de hele streek. "
                    "Er viel veel regen en het waaide vaak hard langs de kust en in het binnenland. " * 2,
                    encoding="utf-8")
    with pytest.raises(SkippedInput, match="no municipality named and no social-domain vocabulary"):
        load(page, screen=True)


def _word_verdict(text: str) -> str | None:
    from sdkg.loaders.formats.text import segment
    from sdkg.loaders.metadata import infer_meta
    from sdkg.loaders.model import Document
    from sdkg.loaders.screen import not_a_report

    doc = Document(text=text, source="t.txt", sha256="0" * 64, media_type="text/plain", blocks=segment(text))
    reason = not_a_report(doc, infer_meta(doc))
    return reason if reason and ("words" in reason) else None


def test_the_word_checks_of_a_long_text_are_those_of_the_whole_text():
    from sdkg.loaders import screen

    rnd = random.Random(5)
    few = ["zorg", "welzijn", "gemeente", "wijk", "jeugd"]
    many = [f"woord{chr(97 + i)}{chr(97 + j)}" for i in range(8) for j in range(8)]
    opening = " ".join(rnd.choice(few) for _ in range(screen._WORDS_FIRST // 5))
    # few different words in the opening, many after it: the whole text passes
    assert _word_verdict(opening + " " + " ".join(many)) is None
    # few in the whole text: the count is the whole text's
    whole = opening + " " + " ".join(rnd.choice(few) for _ in range(3000))
    assert _word_verdict(whole) == (f"not report text: {len(whole.split())} words but only 5 different ones")
    # fourteen different words, one of them standing across the opening's end: a word cut there would be a
    # fifteenth, and pass
    words = few + ["armoede", "schuld", "inkomen", "wonen", "sport", "cultuur", "onderwijs", "veiligheid", "participatie"]
    text = ""
    while len(text) < screen._WORDS_FIRST + 100:
        text += rnd.choice(words) + " "
    while text[screen._WORDS_FIRST - 1] == " " or text[screen._WORDS_FIRST] == " ":
        text = " " + text  # (the opening's end inside a word)
    assert _word_verdict(text).endswith("but only 14 different ones")
