"""A hand-built store: two years of one municipality's reports, so that figures become charts
and two years can be compared. Built with the real graph builder from plain Extractions."""

from __future__ import annotations

import hashlib

from sdkg.graph.build import build_quads
from sdkg.graph.iris import Minter
from sdkg.graph.store import OxigraphStore
from sdkg.loaders.model import (
    Document,
    Extraction,
    Figure,
    Law,
    Municipality,
    Organisation,
    Relation,
    ReportMeta,
    Span,
)

TEXTS = {
    2019: ("In samenwerking met Stichting Welzijn Oost ondersteunden wij 1.250 cliënten in de Wmo 2015. "
           "De GGD organiseert samen met ons het spreekuur."),
    2020: ("In samenwerking met Stichting Welzijn Oost ondersteunden wij 1.480 cliënten in de Wmo 2015. "
           "Tactus levert in opdracht van de gemeente verslavingszorg."),
}


def _extraction(year: int) -> Extraction:
    text = TEXTS[year]

    def span(s: str) -> Span:
        i = text.index(s)
        return Span(i, i + len(s), s)

    doc = Document(text=text, source=f"zwolle/jaarverslag-{year}.txt", sha256=hashlib.sha256(text.encode()).hexdigest(),
                   media_type="text/plain", title=f"Jaarverslag {year}")
    orgs = [Organisation("Welzijn Oost", ["Stichting Welzijn Oost"], "welfare", 0.9, [span("Stichting Welzijn Oost")])]
    orgs.append(Organisation("GGD", [], "health", 1, [span("GGD")]) if year == 2019 else
                Organisation("Tactus", [], "care", 1, [span("Tactus")]))
    value = 1250 if year == 2019 else 1480
    return Extraction(
        document=doc, meta=ReportMeta(Municipality("Zwolle", "GM0193"), year, "jaarverslag", ["Sociaal Domein"]),
        organisations=orgs,
        laws=[Law("Wet maatschappelijke ondersteuning 2015", "Wmo 2015", "BWBR0035362", [span("Wmo 2015")])],
        figures=[Figure("cliënten ondersteund", value, "count", year, span(f"{value:,}".replace(",", ".") + " cliënten"))],
        relations=[Relation("Welzijn Oost", "partner_of", "Zwolle", span("In samenwerking met Stichting Welzijn Oost"),
                            "organisation", "municipality"),
                   # the second partner of each year, stated by its own sentence
                   Relation("GGD", "partner_of", "Zwolle", span("De GGD organiseert samen met ons het spreekuur."),
                            "organisation", "municipality") if year == 2019 else
                   Relation("Tactus", "contracted_by", "Zwolle",
                            span("Tactus levert in opdracht van de gemeente verslavingszorg."),
                            "organisation", "municipality")],
    )


def two_year_store() -> OxigraphStore:
    store = OxigraphStore(None)
    store.ensure_model()
    for year in TEXTS:
        ex = _extraction(year)
        store.put_graph(Minter().report_graph(ex.document.sha256), build_quads(ex))
    return store
