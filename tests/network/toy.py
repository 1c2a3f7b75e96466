"""A tiny hand-made corpus whose networks are known by heart (see the tests for the answers).

Zwolle 2019: Welzijn Oost, GGD, Humanitas; Wmo 2015; initiative Buurtkracht (GGD + Humanitas)
Zwolle 2020: Welzijn Oost, Humanitas, Tactus
Deventer 2019: GGD, Humanitas
Kampen 2020: GGD
Every partner is stated by a relation (a mention alone makes none).
"""

from __future__ import annotations

import hashlib

from sdkg.graph.build import build_quads
from sdkg.graph.iris import Minter
from sdkg.graph.store import OxigraphStore
from sdkg.loaders.model import (
    Document,
    Extraction,
    Initiative,
    Law,
    Municipality,
    Organisation,
    Relation,
    ReportMeta,
    Span,
)

KINDS = {"Welzijn Oost": "welfare", "GGD": "health", "Humanitas": "welfare", "Tactus": "care"}
FILLER = " Dit is een lange alinea over het sociaal domein zonder partners." * 12  # > paragraph window

REPORTS = [
    ("Zwolle", "GM0193", 2019, [
        "In samenwerking met Welzijn Oost voert Zwolle de Wmo 2015 uit.",
        FILLER,
        "De GGD en Humanitas werken samen in Buurtkracht.",
    ], [("Welzijn Oost", "partner_of", "Zwolle", "In samenwerking met Welzijn Oost"),
        ("GGD", "partner_of", "Buurtkracht", "De GGD en Humanitas werken samen in Buurtkracht."),
        ("Humanitas", "partner_of", "Buurtkracht", "De GGD en Humanitas werken samen in Buurtkracht.")],
        [("Buurtkracht", ["GGD", "Humanitas"])]),
    ("Zwolle", "GM0193", 2020, [
        "In samenwerking met Welzijn Oost voert Zwolle de Wmo 2015 uit.",
        FILLER,
        "Humanitas begeleidt vrijwilligers.",
        FILLER,
        "Tactus biedt verslavingszorg.",
    ], [("Welzijn Oost", "partner_of", "Zwolle", "In samenwerking met Welzijn Oost voert Zwolle de Wmo 2015 uit."),
        ("Humanitas", "partner_of", "Zwolle", "Humanitas begeleidt vrijwilligers."),
        ("Tactus", "contracted_by", "Zwolle", "Tactus biedt verslavingszorg.")], []),
    ("Deventer", "GM0150", 2019, [
        "De GGD en Humanitas ondersteunen inwoners van Deventer.",
    ], [("GGD", "partner_of", "Deventer", "De GGD en Humanitas ondersteunen inwoners van Deventer"),
        ("Humanitas", "partner_of", "Deventer", "De GGD en Humanitas ondersteunen inwoners van Deventer")], []),
    ("Kampen", "GM0166", 2020, ["Kampen financiert de GGD."], [("Kampen", "funds", "GGD", "Kampen financiert de GGD.")],
     []),
]


def extraction(name, code, year, sentences, relations, initiatives) -> Extraction:
    text = " ".join(sentences)

    def spans(needle):
        out, i = [], text.find(needle)
        while i >= 0:
            out.append(Span(i, i + len(needle), needle))
            i = text.find(needle, i + 1)
        return out

    doc = Document(text=text, source=f"toy/{code}-{year}.txt",
                   sha256=hashlib.sha256(text.encode() + code.encode()).hexdigest(), media_type="text/plain",
                   title=f"Jaarverslag {year} {name}")
    orgs = [Organisation(o, [], k, 1.0, spans(o)) for o, k in KINDS.items() if o in text]
    laws = [Law("Wet maatschappelijke ondersteuning 2015", "Wmo 2015", "BWBR0035362", spans("Wmo 2015"))] \
        if "Wmo 2015" in text else []
    inits = [Initiative(i, "project", [], members, spans(i)) for i, members in initiatives]
    law_names = [law.name for law in laws]
    rels = [Relation(s, p, o, spans(q)[0], "organisation", "municipality", 1.0, law_names if "Wmo" in q else [])
            for s, p, o, q in relations]
    meta = ReportMeta(Municipality(name, code), year, "jaarverslag")
    return Extraction(doc, meta, orgs, laws, inits, relations=rels)


def toy_store(path=None) -> OxigraphStore:
    store = OxigraphStore(path)
    store.ensure_model()
    minter = Minter()
    for spec in REPORTS:
        ex = extraction(*spec)
        store.put_graph(minter.report_graph(ex.document.sha256), build_quads(ex, minter))
    return store


def iri(kind: str, key: str) -> str:
    """The IRI of a toy entity; organisations as a Zwolle report names them (all four toy municipalities share
    one GGD region, so "GGD" is the same organisation in each)."""
    from sdkg.graph.identity import resolve

    m = Minter()
    return {"gm": lambda: m.municipality(key),
            "org": lambda: m.organisation_key(resolve(key, [], "GM0193").key)}[kind]().value
