"""Extraction time on pathological text shapes at doubling sizes: it must grow linearly.

    .venv/bin/python bench/bench_shapes.py [--sizes 20000,40000,80000] [--shape caps_run ...]

Each shape is text that reports, PDF text layers without spaces or broken converters produce: one run of
capitals, letters without spaces, text dense in quotation marks, long lists, lines without sentence ends.
For each shape it prints the CPU time (least of --repeat runs) of metadata inference + extract() per size and the ratio between
successive sizes (sizes double, so linear time gives ~2; the bar is <= 2.5). Times are CPU time of this
process; on a busy machine compare the ratios, not the absolute seconds.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _rand(alphabet: str, n: int, seed: int = 1) -> str:
    rnd = random.Random(seed)
    return "".join(rnd.choice(alphabet) for _ in range(n))


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


SHAPES = {
    "caps_run": lambda n: "A" * n,
    "caps_random": lambda n: _rand("ABCDEFGHIJKLMNOPQRSTUVWXYZ", n),
    "letters": lambda n: _rand("abcdefghijklmnopqrstuvwxyz", n),
    "letters_mixed_case": lambda n: _rand("abcdefghijklmnopABCDEFGHIJ", n),
    "quotes_only": lambda n: _repeat("'\"‘’“”„", n),
    "quotes_dense": lambda n: _repeat("‘a’ “b” 'c' \"d\" ", n),
    "quoted_titles": lambda n: _repeat("het ‘Project Een’ en de “Aanpak Twee” met 'Plan Drie' ", n),
    "punctuation": lambda n: _repeat("(.,-/)", n),
    "digits": lambda n: _rand("0123456789", n),
    "numbers_dotted": lambda n: _repeat("1.234.", n),
    "capitalised_words": lambda n: _repeat("Abc Def Ghi Jkl ", n),
    "caps_words": lambda n: _repeat("ABC DEF GHI ", n),
    "comma_list": lambda n: _repeat("Abc Def, ", n),
    "org_list_one_line": lambda n: "samen met " + _repeat("Stichting Abc Def, Vereniging Ghi, ", n),
    "municipality_list": lambda n: _repeat("Gemeente Abc, Def Ghi, ", n),
    "no_sentence_end": lambda n: _repeat("de zorgaanbieder Welzijn Oost en het project Buurt ", n),
    "hyphens": lambda n: _repeat("Abc-", n),
    "brackets": lambda n: _repeat("Abc Def (ABC) ", n),
    "newlines": lambda n: _repeat("Abc\n", n),
    "bullets": lambda n: "De volgende projecten:\n" + _repeat("- Project Abc\n", n),
    "bullets_blank": lambda n: "De volgende projecten:\n" + _repeat("\n\n- Abc\n", n),
    "spaces": lambda n: "Gemeente " + " " * n + "Zwolle",
    "bar_tables": lambda n: _repeat("Bedragen x € 1.000\n\n| Taakveld | Realisatie 2022 | Begroting 2023 |\n"
                                    "| Wijkteams | 3.120 | 3.410 |\n\n", n),
    "indicator_cells": lambda n: _repeat("Jaar meting\nGelderland\n", n),
    "web_addresses_glued": lambda n: _repeat("abc.nl", n),
    "web_addresses": lambda n: _repeat("via www.abcdoet.nl en ", n),
    "contents_glued": lambda n: "Inhoudsopgave\n\n" + _repeat("Abc 12Def 13Ghi 142.0 Programma Jkl 15 ", n),
    "type_items": lambda n: "Wat doen we:\n" + _repeat("- Project abc def\n", n),
    "unit_brackets": lambda n: _repeat("uitgaven (x 1.000 euro): 12.345,00\n", n),
    "indicator_lines": lambda n: "Indicator Eenheid Periode Abc Nederland Bron\n" + _repeat("Abc def % 2021 12,5 ", n),
    "indicator_rows": lambda n: _repeat("Indicator Eenheid Periode\nAbc def % 2021 12,5 13,1 CBS\n", n),
    "split_columns": lambda n: _repeat("Rekening 2022\n\nBegroting 2023\n\nLasten\n\nBaten\n\nLasten\n\nBaten\n\n"
                                       "Abc\n\n1.200\n\n5\n\n1.300\n\n7\n\n", n),
    "kern_names": lambda n: _repeat("in de kern Abc en de kern Twisk/Abbekerk ", n),
    "plans_in_place": lambda n: _repeat("de dorpsvisie in Abc Def en het plan in Twisk ", n),
    "plans_in_year": lambda n: _repeat("In 2024 onderzoeken we inmiddels. In 2024 worden ", n),
    "committees": lambda n: _repeat("de adviescommissie Van Abc, de commissie-Def en de provincie, ", n),
    "change_cells": lambda n: "Wijzigingen (bedragen x € 1.000)\n2024\n2025\n2026\n" + _repeat(
        "A. Besluit abc\n* Post def\nStr\n12\n-4\n", n),
    "holder_names": lambda n: _repeat("Jeugdhulp\n\nA.B. van Wijhe\n\n", n),
    "contents_run": lambda n: _repeat("2.1 Programma zorg en welzijn 7 2.2 Programma veiligheid 21 ", n),
    "chapter_lines": lambda n: _repeat("Veiligheid\n18\nSociaal domein\n27\nOnderwijs ...31\n", n),
    "glued_headings": lambda n: _repeat("Terug naar navigatie - Abc - InleidingWe hebben idem\n", n),
    # one long line of titles and small numbers, and another with a year in it (where the paged-run line gives up)
    "paged_run_line": lambda n: _repeat("Programma Abc & Def 12 Programma Ghi 15 Deel 3 JKL 18 ", n) + "\n"
    + _repeat("Titel 4 Titel 5 2024 Titel 6 ", n),
    "clause_after_type": lambda n: _repeat("de Verbeteragenda dan hun werking zullen hebben, ", n),
}


def run_shape(name: str, sizes: list[int], extract, infer_meta, Document, repeat: int = 3) -> list[float]:
    """The least CPU time of `repeat` runs per size (the least is the one the other load disturbed least)."""
    times = []
    for n in sizes:
        text = SHAPES[name](n)
        best = float("inf")
        for i in range(repeat):
            doc = Document(text=text, source=f"{name}-{i}.txt", sha256=hashlib.sha256(text.encode()).hexdigest(),
                           media_type="text/plain")
            t = time.process_time()
            extract(doc, infer_meta(doc, {}))
            best = min(best, time.process_time() - t)
            if best > 5:
                break  # a slow shape needs no second opinion
        times.append(best)
    return times


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="20000,40000,80000")
    ap.add_argument("--shape", action="append", choices=sorted(SHAPES))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from sdkg.loaders.extract import extract
    from sdkg.loaders.metadata import infer_meta
    from sdkg.loaders.model import Document

    sizes = [int(x) for x in args.sizes.split(",")]
    extract(Document(text="Gemeente Zwolle, jaarverslag 2020.", source="warm.txt", sha256="0", media_type="text/plain"))
    print(f"{'shape':<22}" + "".join(f"{n:>10}" for n in sizes) + "   ratios (<= 2.5)")
    worst = 0.0
    for name in args.shape or SHAPES:
        times = run_shape(name, sizes, extract, infer_meta, Document, args.repeat)
        # ratios of times under 20 ms say nothing (timer and allocator noise)
        ratios = [b / a for a, b in zip(times, times[1:], strict=False) if a >= 0.02]
        worst = max([worst, *ratios])
        print(f"{name:<22}" + "".join(f"{t:>9.2f}s" for t in times) + "   "
              + " ".join(f"{r:.2f}" for r in ratios), flush=True)
    print(f"worst ratio: {worst:.2f} ({'ok' if worst <= 2.5 else 'ABOVE 2.5'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
