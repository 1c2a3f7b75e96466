"""Metadata inference, overrides, reference data and the laws thesaurus."""

import pytest
from sdkg.loaders import reference as ref
from sdkg.loaders.metadata import infer_meta

from .conftest import text_doc


def test_seed_metadata_with_evidence(seed_extractions, gold):
    for name, ex in seed_extractions.items():
        g = gold[name]
        assert ex.meta.municipality.cbs_code == g["municipality"]["cbs_code"]
        assert ex.meta.year == g["year"] and ex.meta.document_type == g["document_type"]
        assert ex.meta.evidence["municipality"] and ex.meta.evidence["year"]
        assert 0.0 <= ex.meta.confidence["municipality"] <= 1.0


def test_municipality_from_neighbourhoods_only():
    m = infer_meta(text_doc("Ontwikkelingen in 2019\nIn de wijken Holtenbroek en Diezerpoort en in Stadshagen "
                        "zijn bewonersavonden gehouden."), {})
    assert m.municipality.cbs_code == "GM0193"
    assert "neighbourhoods" in " ".join(m.evidence["municipality"])


def test_overrides_win_and_resolve_names():
    d = text_doc("Jaarverslag 2016. De gemeente Leiden werkt samen met partners.")
    m = infer_meta(d, {"municipality": "Zwolle", "year": "2020", "type": "begroting"})
    assert (m.municipality.cbs_code, m.year, m.document_type) == ("GM0193", 2020, "begroting")
    assert infer_meta(d, {"municipality": "GM0546"}).municipality.name == "Leiden"


def test_unknown_override_is_a_clear_error():
    d = text_doc("Jaarverslag 2016")
    with pytest.raises(ValueError, match="GM9999"):
        infer_meta(d, {"municipality": "GM9999"})
    with pytest.raises(ValueError, match="Atlantis"):
        infer_meta(d, {"municipality": "Atlantis"})


def test_low_confidence_warns():
    m = infer_meta(text_doc("Er is veel gebeurd dit jaar."), {})
    assert m.municipality is None and m.warnings


def test_programme_titles_cleaned():
    m = infer_meta(text_doc("Jaarstukken 2018\n\n04 SOCIAAL DOMEIN\n\nBelangrijke gebeurtenissen\nTekst."), {})
    assert m.programmes == ["Sociaal Domein"] and m.document_type == "jaarstukken" and m.year == 2018


def test_area_variants():
    assert {"Merenwijkdistrict", "Merenwijk"} <= ref.area_variants("Wijk 08 Merenwijkdistrict")
    assert "Glanerbrug" in ref.area_variants("Wijk 08 Glanerbrug en omgeving")
    assert {"Boswinkel", "Stadsveld"} <= ref.area_variants("Wijk 02 Boswinkel - Stadsveld")
    assert "Wesselerbrink" in ref.area_variants("Wesselerbrink Noord-Oost")
    assert "Mors" in ref.area_variants("Lage Mors")


def test_former_municipality_validity():
    zederik = ref.resolve_gemeente("Zederik", 2017)
    assert zederik.valid_in(2017) and not zederik.valid_in(2020)


def test_laws_thesaurus_from_turtle():
    laws = ref.laws()
    wmo = laws["https://w3id.org/sdkg/def/wet/wmo-2015"]
    assert wmo.bwb_id == "BWBR0035362" and wmo.abbreviation == "Wmo 2015" and "Wmo-2015" in wmo.labels
    assert laws["https://w3id.org/sdkg/def/wet/wmo"].superseded_by == wmo.iri
    assert all(c.iri.startswith("https://w3id.org/sdkg/def/wet/") for c in laws.values())
    import csv
    import os
    from pathlib import Path

    shared = Path(os.environ.get("SDKG_SHARED", Path(__file__).resolve().parents[3] / "shared"))
    with open(shared / "reference" / "laws" / "laws.csv") as f:
        bwbs = {r["bwb_id"] for r in csv.DictReader(f)}
    assert bwbs <= {c.bwb_id for c in laws.values()}


@pytest.mark.parametrize("year,expected", [(2014, "Wet maatschappelijke ondersteuning"),
                                           (2016, "Wet maatschappelijke ondersteuning 2015")])
def test_wmo_resolves_by_report_year(year, expected):
    from sdkg.loaders.extract.laws import find_laws

    names = [law.name for law in find_laws("Uitvoering van de Wmo en de AWBZ.", year)]
    assert expected in names
    assert "Algemene Wet Bijzondere Ziektekosten" in names
    assert [law.name for law in find_laws("de nieuwe Wmo-2015", 2014)] == ["Wet maatschappelijke ondersteuning 2015"]
