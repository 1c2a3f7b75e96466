"""Stores for the publication tests: a small hand-built report holding every kind of entity,
and the five seed reports ingested through the real pipeline."""

from __future__ import annotations

import hashlib

import pytest
from sdkg.graph.build import build_quads
from sdkg.graph.iris import Minter
from sdkg.graph.store import OxigraphStore
from sdkg.loaders.model import (
    Document,
    Extraction,
    Figure,
    Initiative,
    Law,
    Municipality,
    Organisation,
    Person,
    Place,
    Relation,
    ReportMeta,
    Span,
)

TEXT = ("In samenwerking met Stichting Welzijn Oost en de GGD voert Zwolle de Wmo 2015 uit in Holtenbroek. "
        "Wethouder Jan de Vries opende het Buurtteam Holtenbroek. "
        "Samen met de gemeente Kampen ondersteunden wij 1.250 cliënten. "
        "Welzijn Oost levert huiskamers aan inwoners.")


def _span(s: str) -> Span:
    i = TEXT.index(s)
    return Span(i, i + len(s), s)


def small_extraction() -> Extraction:
    doc = Document(text=TEXT, source="zwolle/jaarverslag-2019.txt", sha256=hashlib.sha256(TEXT.encode()).hexdigest(),
                   media_type="text/plain", title="Jaarverslag 2019", source_url="https://www.zwolle.nl/jaarverslag-2019")
    return Extraction(
        document=doc,
        meta=ReportMeta(Municipality("Zwolle", "GM0193"), 2019, "jaarverslag", ["Sociaal Domein"]),
        organisations=[Organisation("Welzijn Oost", ["Stichting Welzijn Oost"], "welfare", 0.9,
                                    [_span("Stichting Welzijn Oost"), _span("Welzijn Oost levert")]),
                       Organisation("GGD", [], "health", 1, [_span("GGD")])],
        laws=[Law("Wet maatschappelijke ondersteuning 2015", "Wmo 2015", "BWBR0035362", [_span("Wmo 2015")])],
        initiatives=[Initiative("Buurtteam Holtenbroek", "project", ["Holtenbroek"], ["Welzijn Oost"],
                                [_span("Buurtteam Holtenbroek")])],
        neighbourhoods=[Place("Holtenbroek", "WK019304", [_span("Holtenbroek")])],
        other_municipalities=[Place("Kampen", "GM0166", [_span("Kampen")])],
        people=[Person("Jan de Vries", "wethouder", [_span("Jan de Vries")])],
        figures=[Figure("cliënten ondersteund", 1250, "count", 2019, _span("1.250 cliënten"))],
        relations=[
            Relation("Welzijn Oost", "partner_of", "Zwolle", _span("In samenwerking met Stichting Welzijn Oost"),
                     "organisation", "municipality"),
            Relation("Welzijn Oost", "provides", "huiskamers", _span("Welzijn Oost levert huiskamers"),
                     "organisation", "other", 0.8),
        ],
    )


@pytest.fixture
def small_store():
    """In-memory store with the model and one report holding every kind of entity."""
    ex = small_extraction()
    store = OxigraphStore(None)
    store.ensure_model()
    store.put_graph(Minter().report_graph(ex.document.sha256), build_quads(ex))
    return store


@pytest.fixture(scope="session")
def seed_store(seed_paths, tmp_path_factory):
    """The five seed reports ingested into an on-disk store, as `sdkg ingest` does."""
    from sdkg.graph.ingest import ingest

    try:
        from sdkg.loaders.extract import extract  # noqa: F401
        from sdkg.loaders.metadata import infer_meta  # noqa: F401
    except ImportError as e:  # the extractor is a separate stage; without it nothing can be ingested
        pytest.skip(f"extraction stage not available: {e}")
    path = tmp_path_factory.mktemp("seeds") / "db"
    store = OxigraphStore(path)
    summary = ingest(store, seed_paths, workers=1)
    assert summary.ok, [(r.path, r.reason) for r in summary.results if not r.ok]
    yield store
    store.close()
