"""A realistic, invented jaarstukken PDF and report website, with gold for their facts.

Everything here is made up for sdkg (the municipality is real so its CBS code can be inferred; the
organisations, people, figures and text are not). The PDF has what whole municipal reports have: a
title page, a table of contents, running headers and footers with page numbers, chapters set in two
columns, words hyphenated at line ends, lasten/baten tables "(x € 1.000)" and indicator tables with
year columns, eight programmes of which two belong to the social domain, and the obligatory
paragraphs and a balance sheet at the back. The layout is done here (not by a flowing layout engine)
so the gold knows the page of every fact it lists.

    python -m bench.corpus out/             # out/jaarstukken-2024.pdf + out/jaarstukken-2024.gold.json
    python -m bench.corpus out/ --pages 400

Generation is deterministic (same bytes for the same arguments) and takes a few seconds.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

MUNICIPALITY = ("Meppel", "GM0119")
YEAR = 2024

PAGE_W, PAGE_H = 595.0, 842.0
MARGIN_X = 56.0
BODY_TOP = PAGE_H - 78.0
BODY_BOTTOM = 66.0
GUTTER = 22.0
COL_W = (PAGE_W - 2 * MARGIN_X - GUTTER) / 2
FULL_W = PAGE_W - 2 * MARGIN_X
BODY_FONT, BODY_SIZE, LEADING = "Helvetica", 9.5, 12.5
BOLD = "Helvetica-Bold"

# (number, title, social domain?, laws it works under, its paragraphs)
PROGRAMMES = [
    (1, "Bestuur en dienstverlening", False, [], ["Bestuur", "Dienstverlening", "Samenwerking in de regio"]),
    (2, "Veiligheid", False, [], ["Openbare orde", "Crisisbeheersing en brandweer", "Ondermijning"]),
    (3, "Verkeer, vervoer en waterstaat", False, [], ["Wegen en bruggen", "Openbaar vervoer", "Water en riolering"]),
    (4, "Economie en toerisme", False, [], ["Ondernemers", "Binnenstad", "Recreatie en toerisme"]),
    (5, "Onderwijs", False, [], ["Onderwijshuisvesting", "Leerlingenvervoer", "Voortijdig schoolverlaten"]),
    (6, "Zorg en ondersteuning", True, ["Wet maatschappelijke ondersteuning 2015", "Jeugdwet"],
     ["Wmo-maatwerkvoorzieningen", "Jeugdhulp", "Preventie en welzijn", "Beschermd wonen"]),
    (7, "Werk en inkomen", True, ["Participatiewet", "Wet gemeentelijke schuldhulpverlening"],
     ["Re-integratie", "Inkomensondersteuning", "Schuldhulpverlening"]),
    (8, "Wonen en ruimte", False, ["Woningwet"], ["Volkshuisvesting", "Ruimtelijke ordening", "Duurzaamheid"]),
]
PARAGRAPHS = ["Lokale heffingen", "Weerstandsvermogen en risicobeheersing", "Onderhoud kapitaalgoederen",
              "Financiering", "Bedrijfsvoering", "Verbonden partijen", "Grondbeleid"]

ORG_FIRST = ["Welzijn", "Buurtwerk", "Zorgkring", "Jeugdpunt", "Werkplaats", "Thuishulp", "Sportservice",
             "Cultuurhuis", "Stadsbeheer", "Wijkkracht", "Leerhuis", "Schuldenlab", "Mantelzorgpunt",
             "Huiskamer", "Dorpshart", "Kansrijk"]
ORG_SECOND = ["Brinkzicht", "Heidezoom", "Zandwerf", "Reestdal", "Vaartkant", "Kolkhoven", "Eshof", "Zuiderveld",
              "Beekwal", "Haverkamp", "Lindeweg", "Veenakker", "Molenerf", "Dijkzicht", "Oeverlanden"]
TOPICS = {
    1: ["de digitale dienstverlening", "het klantcontactcentrum", "de raadsinformatie", "de burgerzaken"],
    2: ["de aanpak van woninginbraken", "het toezicht in de binnenstad", "de brandveiligheid", "de buurtpreventie"],
    3: ["het onderhoud van fietspaden", "de busverbindingen", "de verkeersveiligheid", "het rioolbeheer"],
    4: ["de weekmarkt", "het ondernemersloket", "de promotie van de binnenstad", "de vaarroutes"],
    5: ["de nieuwbouw van scholen", "het leerlingenvervoer", "de voor- en vroegschoolse educatie", "de leerplicht"],
    6: ["de huishoudelijke ondersteuning", "de jeugdhulp in de wijken", "de mantelzorgondersteuning",
         "de cliëntondersteuning", "de opvang van inwoners in crisis", "de Wmo-maatwerkvoorzieningen",
         "de jeugd-GGZ", "de GGD-monitor"],
    7: ["de begeleiding naar werk", "de bijzondere bijstand", "de schuldhulpverlening", "het beschut werk",
         "de UWV-werkgeversdienstverlening", "de re-integratietrajecten"],
    8: ["de bouw van sociale huurwoningen", "het omgevingsplan", "de isolatie van woningen", "de energietransitie"],
}
FILLER = [
    "In het verslagjaar hebben we {topic} verder verbeterd en met inwoners besproken wat beter kan.",
    "Het college heeft de raad regelmatig geïnformeerd over de voortgang van {topic}.",
    "De uitvoering van {topic} verliep grotendeels volgens planning, al vroegen personeelstekorten veel aandacht.",
    "Voor {topic} zijn de afspraken uit de begroting nagekomen; de kosten vallen binnen het beschikbare budget.",
    "Met maatschappelijke partners is afgesproken dat {topic} vaker wordt geëvalueerd en dat de resultaten openbaar zijn.",
    "Inwoners gaven in de jaarlijkse peiling aan dat zij tevreden zijn over {topic}, maar ook verbeterpunten zien.",
    "We hebben onderzocht hoe {topic} beter kan aansluiten bij de behoeften van kwetsbare inwoners en ondernemers.",
    "De gevolgen van de stijgende prijzen waren ook bij {topic} merkbaar, vooral in de tweede helft van het jaar.",
    "Onze ambtelijke organisatie werkte bij {topic} nauw samen met de buurgemeenten in de regio.",
    "De verantwoordelijkheidsverdeling rond {topic} is in een uitvoeringsprogramma vastgelegd en gepubliceerd.",
    "Bij {topic} staat de leefbaarheid van wijken en dorpen centraal, met aandacht voor toegankelijkheid.",
    "Tijdens werkbezoeken hebben raadsleden kennisgemaakt met de dagelijkse praktijk van {topic}.",
    "In Meppel is {topic} in het verslagjaar samen met bewoners en vrijwilligers vormgegeven.",
    "De gemeente Meppel heeft voor {topic} extra middelen uit de algemene reserve ingezet.",
]
ORG_SENTENCE = [
    "Voor {topic} werkten we samen met Stichting {org}, die in alle wijken spreekuren hield.",
    "Stichting {org} voerde in opdracht van de gemeente {topic} uit en rapporteerde elk kwartaal.",
    "De gemeente sloot met Stichting {org} een nieuwe overeenkomst over {topic}.",
]
LAW_SENTENCE = [
    "Op grond van de {law} zijn de verordening en de beleidsregels in het verslagjaar geactualiseerd.",
    "De uitvoering van de {law} vraagt om goede samenwerking tussen de toegang, aanbieders en huisartsen.",
]
LASTEN_ROWS = {
    True: ["Maatwerkvoorzieningen", "Algemene voorzieningen", "Uitvoeringskosten", "Inkoop en contractbeheer"],
    False: ["Personeelskosten", "Kapitaallasten", "Materiële kosten", "Subsidies"],
}
INDICATORS = {
    1: ["Klanttevredenheid dienstverlening (rapportcijfer)", "Aanvragen binnen termijn afgehandeld (%)"],
    2: ["Woninginbraken per 1000 woningen", "Meldingen overlast jeugd"],
    3: ["Ernstige verkeersongevallen", "Klachten over wegonderhoud"],
    4: ["Vestigingen in de binnenstad", "Leegstand winkelpanden (%)"],
    5: ["Voortijdige schoolverlaters (%)", "Leerlingen met leerlingenvervoer"],
    6: ["Cliënten met een Wmo-maatwerkvoorziening", "Jongeren met jeugdhulp", "Meldingen bij Veilig Thuis"],
    7: ["Huishoudens met bijstandsuitkering", "Inwoners met schuldhulpverlening", "Uitstroom naar werk"],
    8: ["Opgeleverde nieuwbouwwoningen", "Sociale huurwoningen in bezit corporaties"],
}


@dataclass
class Item:
    """One piece of content in reading order: a heading, a paragraph (list of sentences) or a table."""

    kind: str  # "chapter" | "heading" | "paragraph" | "table" | "pagebreak"
    text: str = ""
    sentences: list[tuple[str, dict | None]] = field(default_factory=list)  # (sentence, fact or None)
    table: dict | None = None
    full: bool = False  # set in full page width (chapter intros), not in the two columns


class Layout:
    """Lays out items page by page; records what lands where. Drawing happens later (after the TOC)."""

    def __init__(self, rng: random.Random):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.width = stringWidth
        self.rng = rng
        self.pages: list[list[tuple]] = []  # draw operations per page
        self.chapters: list[str] = []  # running header (chapter title) per page
        self.facts: list[dict] = []
        self.hyphenated: list[str] = []
        self.splits: list[tuple[str, str]] = []
        self.compounds: list[str] = []
        self.chapter = ""
        self.section: list[str] = []
        self._new_page()

    # -- page and column state
    def _new_page(self) -> None:
        self.pages.append([])
        self.chapters.append(self.chapter)
        self.col = 0
        self.band_top = BODY_TOP  # the two columns start below full-width content
        self.y = BODY_TOP
        self._col0_y = BODY_TOP

    def page_no(self) -> int:
        return len(self.pages)

    def _x(self) -> float:
        return MARGIN_X + self.col * (COL_W + GUTTER)

    def _advance(self, height: float) -> None:
        """Room for a line of `height` in the current column, moving to the next column or page."""
        if self.y - height < BODY_BOTTOM:
            self._next_column()
        self.y -= height

    def _next_column(self) -> None:
        if self.col == 0:
            self._col0_y = self.y
            self.col, self.y = 1, self.band_top
        else:
            self._new_page()

    def page_break(self) -> None:
        if self.pages[-1]:
            self._new_page()

    # -- content
    def chapter_title(self, title: str) -> None:
        self.chapter = title
        self.section = [title]
        self.page_break()
        self.chapters[-1] = title
        self.y -= 22
        self.pages[-1].append(("text", MARGIN_X, self.y, BOLD, 17, title))
        self.y -= 16
        self.band_top = self.y

    def heading(self, text: str, *, full: bool = False) -> None:
        self.section = [self.chapter, text]
        if full:
            self._full_gap(30)
            self.y -= 16
            self.pages[-1].append(("text", MARGIN_X, self.y, BOLD, 12, text))
            self.y -= 8
            self.band_top = self.y
            return
        if self.y - 3 * LEADING < BODY_BOTTOM:  # no heading alone at the foot of a column
            self._next_column()
        self._advance(LEADING * 1.6)
        self.pages[-1].append(("text", self._x(), self.y, BOLD, 11, text))
        self.y -= 3

    def _full_gap(self, need: float) -> None:
        """Full-width content goes below both columns; start a page if it does not fit."""
        lowest = self.y if self.col == 0 else min(self.y, self._col0_y)
        if self.col == 1 or self.y < self.band_top:
            self.y = lowest
        if self.y - need < BODY_BOTTOM:
            self._new_page()
        self.col = 0

    def paragraph(self, sentences: list[tuple[str, dict | None]], *, full: bool = False) -> None:
        width = FULL_W if full else COL_W
        words: list[tuple[str, dict | None]] = []
        for sentence, fact in sentences:
            for i, w in enumerate(sentence.split()):
                words.append((w, fact if fact and fact["quote"].split()[0] == w and i == fact["word"] else None))
        lines = self._break(words, width)
        if full:
            self._full_gap(LEADING * 2)
        for line in lines:
            if full:
                if self.y - LEADING < BODY_BOTTOM:
                    self._new_page()
                self.y -= LEADING
                x = MARGIN_X
            else:
                self._advance(LEADING)
                x = self._x()
            self.pages[-1].append(("text", x, self.y, BODY_FONT, BODY_SIZE, " ".join(w for w, _ in line)))
            for _w, fact in line:
                if fact is not None:
                    fact["page"] = self.page_no()
                    fact["section"] = list(self.section)
                    self.facts.append(fact)
        if full:
            self.y -= LEADING * 0.6
            self.band_top = self.y
        else:
            self.y -= LEADING * 0.6
        if self.col == 0:
            self._col0_y = self.y

    def _break(self, words: list[tuple[str, dict | None]], width: float) -> list[list[tuple[str, dict | None]]]:
        space = self.width(" ", BODY_FONT, BODY_SIZE)
        lines: list[list[tuple[str, dict | None]]] = []
        line: list[tuple[str, dict | None]] = []
        used = 0.0
        protected = False  # words of a fact's name are never split
        for w, fact in words:
            if fact is not None:
                protected = len(fact["quote"].split())
            ww = self.width(w, BODY_FONT, BODY_SIZE)
            extra = ww + (space if line else 0)
            if used + extra <= width:
                line.append((w, fact))
                used += extra
            else:
                room = width - used - (space if line else 0)
                compound = w.find("-", 2)
                if not protected and compound > 0 and w[compound + 1:compound + 2].isalpha() and (
                        self.width(w[:compound + 1], BODY_FONT, BODY_SIZE) <= room):
                    # a compound breaks at its own hyphen, which stays ("Wmo-" + "maatwerkvoorziening")
                    line.append((w[:compound + 1], fact))
                    self.compounds.append(w)
                    lines.append(line)
                    tail = w[compound + 1:]
                    line, used = [(tail, None)], self.width(tail, BODY_FONT, BODY_SIZE)
                    if protected:
                        protected -= 1
                    continue
                head = None if protected else self._hyphenate(w, room)
                if head:
                    line.append((head[0] + "-", fact))
                    self.hyphenated.append(w)
                    self.splits.append(head)
                    lines.append(line)
                    line, used = [(head[1], None)], self.width(head[1], BODY_FONT, BODY_SIZE)
                else:
                    lines.append(line)
                    line, used = [(w, fact)], ww
            if protected:
                protected -= 1
        if line:
            lines.append(line)
        return lines

    def _hyphenate(self, word: str, room: float) -> tuple[str, str] | None:
        """Split a long plain word before a consonant that follows a vowel, if the head fits in `room`."""
        if len(word) < 9 or not word.isalpha():
            return None
        vowels = "aeiouyëéïè"
        best = None
        for i in range(4, len(word) - 3):
            if word[i - 1].lower() in vowels and word[i].lower() not in vowels and word[i + 1].lower() in vowels:
                if self.width(word[:i] + "-", BODY_FONT, BODY_SIZE) <= room:
                    best = i
        return (word[:best], word[best:]) if best else None

    def table(self, table: dict) -> None:
        """A full-width table: caption, header row, rows; right-aligned figures in their columns."""
        rows = len(table["rows"]) + 3
        self._full_gap(rows * 14 + 20)
        self.y -= 18
        page = self.pages[-1]
        page.append(("text", MARGIN_X, self.y, BOLD, 10, table["caption"]))
        if table.get("unit"):
            page.append(("right", PAGE_W - MARGIN_X, self.y, BODY_FONT, 8.5, table["unit"]))
        self.y -= 16
        n = len(table["columns"])
        label_w = FULL_W - 78 * n
        col_right = [MARGIN_X + label_w + 78 * (i + 1) for i in range(n)]
        page.append(("text", MARGIN_X, self.y, BOLD, 8.5, table["header"]))
        for x, c in zip(col_right, table["columns"], strict=True):
            page.append(("right", x, self.y, BOLD, 8.5, c))
        page.append(("rule", MARGIN_X, self.y - 4, PAGE_W - MARGIN_X))
        self.y -= 14
        for row in table["rows"]:
            page.append(("text", MARGIN_X, self.y, BODY_FONT, 8.5, row["label"]))
            for x, cell in zip(col_right, row["cells"], strict=True):
                page.append(("right", x, self.y, BODY_FONT, 8.5, cell))
            row["page"] = self.page_no()
            row["section"] = list(self.section)
            self.y -= 14
        self.y -= 6
        self.band_top = self.y
        self.col = 0
        self._col0_y = self.y


def _dutch(value: float, decimals: int = 0) -> str:
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


class _Writer:
    def __init__(self, seed: int, pages: int):
        self.rng = random.Random(seed)
        self.target = pages
        self.org_names: set[str] = set()
        self.gold_tables: list[dict] = []

    def org(self) -> str:
        while True:
            name = f"{self.rng.choice(ORG_FIRST)} {self.rng.choice(ORG_SECOND)}"
            if name not in self.org_names or len(self.org_names) > 200:
                self.org_names.add(name)
                return name

    def sentences(self, prog: int, n: int, laws: list[str], org_every: int) -> list[tuple[str, dict | None]]:
        out: list[tuple[str, dict | None]] = []
        for i in range(n):
            topic = self.rng.choice(TOPICS[prog])
            if org_every and i % org_every == org_every // 2:
                name = self.org()
                tpl = self.rng.choice(ORG_SENTENCE)
                sentence = tpl.format(topic=topic, org=name)
                quote = f"Stichting {name}"
                word = sentence.split().index("Stichting")
                out.append((sentence, {"kind": "organisation", "name": name, "quote": quote, "word": word}))
            elif laws and i % 7 == 3:
                law = self.rng.choice(laws)
                sentence = self.rng.choice(LAW_SENTENCE).format(law=law)
                word = sentence.split().index(law.split()[0], 2)
                out.append((sentence, {"kind": "law", "name": law, "quote": law, "word": word}))
            else:
                sentence = self.rng.choice(FILLER).format(topic=topic)
                out.append((sentence[0].upper() + sentence[1:], None))
        return out

    def lasten_baten(self, prog: int, title: str, social: bool) -> dict:
        rows = []
        base = self.rng.randint(800, 9000) * (6 if social else 1)
        for label in LASTEN_ROWS[social]:
            real_prev = base * self.rng.uniform(0.2, 0.6)
            cells = [real_prev, real_prev * self.rng.uniform(1.0, 1.08), real_prev * self.rng.uniform(0.95, 1.12)]
            rows.append({"label": label, "values": [round(v) for v in cells]})
        total = [sum(r["values"][i] for r in rows) for i in range(3)]
        rows.append({"label": "Totaal lasten", "values": total})
        baten = [round(t * self.rng.uniform(0.05, 0.2)) for t in total]
        rows.append({"label": "Totaal baten", "values": baten})
        for r in rows:
            r["cells"] = [_dutch(v) for v in r["values"]]
        return {"caption": f"Wat heeft het gekost? Programma {prog} {title}", "unit": "(x € 1.000)",
                "header": "Lasten en baten", "columns": [f"Realisatie {YEAR - 1}", f"Begroting {YEAR}",
                                                         f"Realisatie {YEAR}"],
                "years": [YEAR - 1, None, YEAR], "multiplier": 1000, "rows": rows, "kind": "lasten_baten"}

    def indicators(self, prog: int) -> dict:
        years = [YEAR - 3, YEAR - 2, YEAR - 1, YEAR]
        rows = []
        for label in INDICATORS[prog]:
            pct = "(%)" in label or "rapportcijfer" in label
            start = self.rng.uniform(5, 60) if pct else self.rng.randint(40, 4000)
            vals = [start * self.rng.uniform(0.9, 1.1) for _ in years]
            if pct:
                vals = [round(v, 1) for v in vals]
                cells = [_dutch(v, 1) for v in vals]
            else:
                vals = [round(v) for v in vals]
                cells = [_dutch(v) for v in vals]
            rows.append({"label": label, "values": vals, "cells": cells})
        return {"caption": "Beleidsindicatoren", "unit": "", "header": "Indicator",
                "columns": [str(y) for y in years], "years": years, "multiplier": 1, "rows": rows,
                "kind": "indicators"}


def build(seed: int = 2024, pages: int = 200) -> tuple[Layout, list[tuple[int, str, int]]]:
    """Lay the report out; returns the layout and the TOC entries (level, title, page)."""
    w = _Writer(seed, pages)
    lay = Layout(w.rng)
    toc: list[tuple[int, str, int]] = []
    tables: list[dict] = []
    lay.pages[-1].append(("title",))
    toc_pages = 2 if pages >= 120 else 1
    for _ in range(toc_pages):
        lay._new_page()
        lay.pages[-1].append(("toc",))
    per_prog = max(4, (pages - 40) // len(PROGRAMMES))  # pages of text per programme

    lay.chapter_title("Inleiding")
    toc.append((1, "Inleiding", lay.page_no()))
    lay.paragraph(w.sentences(1, 14, [], 0), full=True)
    lay.heading("Leeswijzer")
    lay.paragraph(w.sentences(1, 40, [], 0))

    for prog, title, social, laws, parts in PROGRAMMES:
        chapter = f"Programma {prog} {title}"
        lay.chapter_title(chapter)
        toc.append((1, chapter, lay.page_no()))
        lay.paragraph(w.sentences(prog, 5, [], 0), full=True)
        first = lay.page_no()
        for k, part in enumerate(parts, start=1):
            heading = f"{prog}.{k} {part}"
            lay.heading(heading)
            toc.append((2, heading, lay.page_no()))
            budget = first + (per_prog - 2) * k // len(parts)
            while lay.page_no() < budget:
                lay.paragraph(w.sentences(prog, w.rng.randint(4, 8), laws, 4 if social else 6))
        lay.heading(f"{prog}.{len(parts) + 1} Wat heeft het gekost?", full=True)
        toc.append((2, f"{prog}.{len(parts) + 1} Wat heeft het gekost?", lay.page_no()))
        t = w.lasten_baten(prog, title, social)
        lay.table(t)
        t["programme"] = chapter
        tables.append(t)
        lay.paragraph(w.sentences(prog, 3, [], 0), full=True)
        t = w.indicators(prog)
        lay.table(t)
        t["programme"] = chapter
        tables.append(t)

    lay.chapter_title("Paragrafen")
    toc.append((1, "Paragrafen", lay.page_no()))
    remaining = max(1, pages - lay.page_no() - 2)
    for k, name in enumerate(PARAGRAPHS, start=1):
        heading = f"Paragraaf {name}"
        lay.heading(heading)
        toc.append((2, heading, lay.page_no()))
        stop = lay.page_no() + max(1, remaining * k // len(PARAGRAPHS) - (lay.page_no() - toc[-k][2]))
        while lay.page_no() < min(stop, pages - 2):
            lay.paragraph(w.sentences(1 + k % 5, 6, [], 0))
    lay.chapter_title("Jaarrekening")
    toc.append((1, "Jaarrekening", lay.page_no()))
    while lay.page_no() < pages:
        lay.paragraph(w.sentences(1, 6, [], 0))
    lay.hyphen_words = lay.hyphenated
    lay.tables = tables
    lay.toc_pages = toc_pages
    return lay, toc


def write_jaarstukken(out_dir: str | Path, *, seed: int = 2024, pages: int = 200) -> tuple[Path, Path]:
    """Write jaarstukken-{YEAR}.pdf and its gold JSON into `out_dir`; returns both paths."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    lay, toc = build(seed, pages)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    name = f"jaarstukken-{YEAR}" + ("" if pages == 200 else f"-{pages}p")
    pdf_path, gold_path = out / f"{name}.pdf", out / f"{name}.gold.json"
    gm, code = MUNICIPALITY
    total = len(lay.pages)
    c = Canvas(str(pdf_path), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(f"Jaarstukken {YEAR} gemeente {gm}")
    header_left = f"Gemeente {gm}  |  Jaarstukken {YEAR}"
    boiler: set[str] = {header_left}
    for n, ops in enumerate(lay.pages, start=1):
        if n == 1:
            c.setFont(BOLD, 30)
            c.drawString(MARGIN_X, 560, f"Jaarstukken {YEAR}")
            c.setFont(BODY_FONT, 16)
            c.drawString(MARGIN_X, 530, f"Gemeente {gm}")
            c.drawString(MARGIN_X, 505, f"Jaarverslag en jaarrekening over {YEAR}")
            c.setFont(BODY_FONT, 10)
            c.drawString(MARGIN_X, 120, f"Vastgesteld door de gemeenteraad op 3 juli {YEAR + 1}")
            c.showPage()
            continue
        c.setFont(BODY_FONT, 8)
        c.drawString(MARGIN_X, PAGE_H - 40, header_left)
        if lay.chapters[n - 1]:
            c.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 40, lay.chapters[n - 1])
            boiler.add(lay.chapters[n - 1])
        c.setLineWidth(0.4)
        c.line(MARGIN_X, PAGE_H - 46, PAGE_W - MARGIN_X, PAGE_H - 46)
        footer = f"Pagina {n} van {total}"
        c.drawRightString(PAGE_W - MARGIN_X, 36, footer)
        c.drawString(MARGIN_X, 36, f"Jaarstukken {YEAR}")
        if 2 <= n < 2 + lay.toc_pages:
            _draw_toc(c, toc, n - 2, lay.toc_pages)
        for op in ops:
            if op[0] == "text":
                _, x, y, font, size, text = op
                c.setFont(font, size)
                c.drawString(x, y, text)
            elif op[0] == "right":
                _, x, y, font, size, text = op
                c.setFont(font, size)
                c.drawRightString(x, y, text)
            elif op[0] == "rule":
                _, x, y, x2 = op
                c.line(x, y, x2, y)
        c.showPage()
    c.save()
    gold = _gold(lay, toc, total, sorted(boiler))
    gold_path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return pdf_path, gold_path


def _draw_toc(c, toc: list[tuple[int, str, int]], part: int, parts: int) -> None:
    per = -(-len(toc) // parts)
    entries = toc[part * per:(part + 1) * per]
    y = BODY_TOP - 22
    if part == 0:
        c.setFont(BOLD, 17)
        c.drawString(MARGIN_X, y, "Inhoudsopgave")
        y -= 30
    for level, title, page in entries:
        font, size = (BOLD, 10) if level == 1 else (BODY_FONT, 9.5)
        x = MARGIN_X + (0 if level == 1 else 16)
        c.setFont(font, size)
        c.drawString(x, y, title)
        c.drawRightString(PAGE_W - MARGIN_X, y, str(page))
        from reportlab.pdfbase.pdfmetrics import stringWidth

        start = x + stringWidth(title, font, size) + 4
        dots = int((PAGE_W - MARGIN_X - 18 - start) / stringWidth(". ", font, size))
        c.drawString(start, y, ". " * max(0, dots))
        y -= 18 if level == 1 else 14


def _programme_of(section: list[str]) -> str | None:
    return section[0] if section and section[0].startswith("Programma ") else None


def _gold(lay: Layout, toc, total: int, boiler: list[str]) -> dict:
    facts = []
    for f in lay.facts:
        facts.append({"kind": f["kind"], "name": f["name"], "quote": f["quote"], "page": f["page"],
                      "section": f["section"], "programme": _programme_of(f["section"])})
    figures = []
    for t in lay.tables:
        for row in t["rows"]:
            for year, value, cell in zip(t["years"], row["values"], row["cells"], strict=True):
                if year is None:
                    continue
                figures.append({"table": t["caption"], "label": row["label"], "year": year, "cell": cell,
                                "value": value * t["multiplier"], "unit": "EUR" if t["multiplier"] > 1 else None,
                                "page": row["page"], "programme": t["programme"]})
    gm, code = MUNICIPALITY
    return {
        "municipality": {"name": gm, "cbs_code": code}, "year": YEAR, "document_type": "jaarstukken",
        "pages": total,
        "programmes": [f"Programma {n} {t}" for n, t, *_ in PROGRAMMES],
        "social_domain": [f"Programma {n} {t}" for n, t, social, *_ in PROGRAMMES if social],
        "toc": [{"level": lv, "title": t, "page": p} for lv, t, p in toc],
        "facts": facts,
        "figures": figures,
        "hyphenated": sorted(set(lay.hyphen_words)),
        "hyphen_splits": sorted({f"{a}-{b}" for a, b in lay.splits}),
        "compounds_at_line_end": sorted(set(lay.compounds)),
        "boilerplate": boiler + [f"Pagina {n} van {total}" for n in (2, 47, total)] + ["Inhoudsopgave"],
    }


# ---------------------------------------------------------------------------------------------- site

SITE_PAGES = [  # (path, breadcrumb trail, heading, paragraphs; each paragraph (text, fact or None))
    ("/", [], f"Jaarverslag {YEAR} gemeente {MUNICIPALITY[0]}", [
        (f"Welkom bij het digitale jaarverslag {YEAR} van de gemeente {MUNICIPALITY[0]}. Hier leest u wat "
         "de gemeente in het afgelopen jaar heeft bereikt en wat dat heeft gekost.", None)]),
    ("/p0600/zorg-en-ondersteuning/", ["Programma's"], "Programma 6 Zorg en ondersteuning", [
        ("Het programma Zorg en ondersteuning gaat over de Wet maatschappelijke ondersteuning 2015 en de "
         "Jeugdwet.", {"kind": "law", "quote": "Jeugdwet"})]),
    ("/p0601/zorg-en-ondersteuning/wmo-maatwerkvoorzieningen/",
     ["Programma's", "Programma 6 Zorg en ondersteuning"], "6.1 Wmo-maatwerkvoorzieningen", [
        ("Voor de huishoudelijke ondersteuning werkten we samen met Stichting Thuishulp Reestdal, die in alle "
         "wijken spreekuren hield.", {"kind": "organisation", "quote": "Stichting Thuishulp Reestdal"}),
        ("De uitvoering van de Wet maatschappelijke ondersteuning 2015 vraagt om goede samenwerking.",
         {"kind": "law", "quote": "Wet maatschappelijke ondersteuning 2015"})]),
    ("/p0602/zorg-en-ondersteuning/jeugdhulp/",
     ["Programma's", "Programma 6 Zorg en ondersteuning"], "6.2 Jeugdhulp", [
        ("Stichting Jeugdpunt Brinkzicht voerde in opdracht van de gemeente de jeugdhulp in de wijken uit.",
         {"kind": "organisation", "quote": "Stichting Jeugdpunt Brinkzicht"})]),
    ("/p0700/werk-en-inkomen/", ["Programma's"], "Programma 7 Werk en inkomen", [
        ("Op grond van de Participatiewet begeleiden we inwoners naar werk; Stichting Werkplaats Eshof "
         "biedt leerwerkplekken.", {"kind": "organisation", "quote": "Stichting Werkplaats Eshof"})]),
    ("/p0701/werk-en-inkomen/schuldhulpverlening/",
     ["Programma's", "Programma 7 Werk en inkomen"], "7.1 Schuldhulpverlening", [
        ("Met Stichting Schuldenlab Molenerf hielden we het spreekuur over geldzorgen.",
         {"kind": "organisation", "quote": "Stichting Schuldenlab Molenerf"})]),
    ("/p0603/zorg-en-ondersteuning/wat-heeft-het-gekost/",
     ["Programma's", "Programma 6 Zorg en ondersteuning"], "6.3 Wat heeft het gekost?", [
        ("De lasten van het programma stegen door de groei van het aantal cliënten.", None)]),
    ("/intern/concept/", [], "Concepttekst (niet openbaar)", [
        ("Stichting Geheim Concept mag niet worden opgehaald.", None)]),
]


# Tables on site pages, as report sites set them: (caption element or None, paragraph before or None,
# header cells, rows of (label, cells)); the multiplier stands in the caption or the paragraph before.
SITE_TABLES = {
    "/p0603/zorg-en-ondersteuning/wat-heeft-het-gekost/": [
        ("Lasten en baten programma 6 (x € 1.000)", None,
         ["", "Realisatie 2023", "Begroting 2024", "Realisatie 2024"],
         [("Lasten Wmo-maatwerkvoorzieningen", ["14.218", "15.000", "15.634"]),
          ("Lasten jeugdhulp", ["21.905", "20.500", "23.117"]),
          ("Baten", ["-1.312", "-1.200", "-1.408"])]),
        (None, "Kengetallen",
         ["Indicator", "2023", "2024", "Streven 2025"],
         [("Cliënten met een Wmo-maatwerkvoorziening", ["2.415", "2.587", "2.500"]),
          ("Jongeren met jeugdhulp", ["1.093", "1.151", ""])]),
    ],
}


def _site_table(caption, before, header, rows) -> str:
    import html

    out = f"<p>{html.escape(before)}</p>" if before else ""
    head = "".join(f"<th>{html.escape(c)}</th>" for c in header)
    body = "".join("<tr><th>" + html.escape(label) + "</th>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells)
                   + "</tr>" for label, cells in rows)
    cap = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    return f"{out}<table>{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _site_table_figures(path: str, programme: str | None) -> list[dict]:
    """Gold of the table figures on a site page: row label, year of the column, value times the multiplier."""
    out = []
    for caption, before, header, rows in SITE_TABLES.get(path, []):
        scope = caption or before or ""
        factor = 1000 if "x € 1.000" in scope else 1
        for label, cells in rows:
            for column, cell in zip(header[1:], cells, strict=True):
                year = re.search(r"\b20\d\d\b", column)
                if not cell or not year or column.split()[0] in ("Begroting", "Streven"):
                    continue
                value = float(cell.replace(".", "")) * factor
                out.append({"label": label, "year": int(year.group(0)), "column": column, "value": value,
                            "unit": "EUR" if factor > 1 else "count", "cell": cell, "path": path,
                            "programme": programme})
    return out


def _site_page(path: str, trail: list[str], heading: str, paragraphs, links: list[tuple[str, str]]) -> str:
    import html

    gm = MUNICIPALITY[0]
    crumbs = "".join(f'<li><a href="/">{html.escape(c)}</a></li>' for c in ["Home", *trail, heading])
    nav = "".join(f'<li><a href="{href}">{html.escape(text)}</a></li>' for href, text in links)
    body = "".join(f"<p>{html.escape(text)}</p>" for text, _fact in paragraphs)
    body += "".join(_site_table(*t) for t in SITE_TABLES.get(path, []))
    return (f'<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>{html.escape(heading)} - '
            f'Jaarverslag {YEAR} {gm}</title></head><body>\n'
            f'<header><a href="/">Jaarverslag {YEAR}</a><nav><ul>{nav}</ul></nav></header>\n'
            f'<nav aria-label="Kruimelpad" class="breadcrumb"><ol>{crumbs}</ol></nav>\n'
            f'<main><h1>{html.escape(heading)}</h1>{body}'
            f'<p><a href="/bijlagen/jaarrekening.pdf">Download de jaarrekening (PDF)</a> '
            f'<a href="https://elders.example.org/">Landelijke cijfers</a></p></main>\n'
            f'<footer>Gemeente {gm} | Printen | Delen</footer></body></html>\n')


def write_site(out_dir: str | Path) -> dict:
    """A small report website (one page per paragraph, breadcrumbs, a menu, a robots.txt that keeps
    /intern/ out, links to a PDF and to another host) for harvest and site tests; returns its gold,
    with paths relative to the site root."""
    out = Path(out_dir)
    links = [(path, heading) for path, _t, heading, _p in SITE_PAGES if not path.startswith("/intern")]
    links.append(("/intern/concept/", "Concept"))
    facts = []
    figures = []
    for path, trail, heading, paragraphs in SITE_PAGES:
        folder = out / path.strip("/")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "index.html").write_text(_site_page(path, trail, heading, paragraphs, links), encoding="utf-8")
        for _text, fact in paragraphs:
            if fact and not path.startswith("/intern"):
                programme = next((t for t in [*trail, heading] if t.startswith("Programma ")), None)
                facts.append({**fact, "path": path, "programme": programme, "section": [*trail, heading]})
        figures += _site_table_figures(path, next((t for t in [*trail, heading] if t.startswith("Programma ")), None))
    (out / "robots.txt").write_text("User-agent: *\nDisallow: /intern/\n", encoding="utf-8")
    (out / "bijlagen").mkdir(exist_ok=True)
    (out / "bijlagen" / "jaarrekening.pdf").write_bytes(b"%PDF-1.4\n% not fetched by the harvester\n")
    return {"pages": [p for p, *_ in SITE_PAGES if not p.startswith("/intern")], "facts": facts,
            "figures": figures, "refused": ["/intern/concept/"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", help="output folder")
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--seed", type=int, default=2024)
    args = ap.parse_args(argv)
    pdf, gold = write_jaarstukken(args.out, seed=args.seed, pages=args.pages)
    data = json.loads(gold.read_text(encoding="utf-8"))
    print(f"{pdf}: {data['pages']} pages, {len(data['facts'])} facts, {len(data['figures'])} table figures")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
