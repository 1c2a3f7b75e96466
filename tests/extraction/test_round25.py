"""Constructions of any report, twenty-fifth round: a table column headed as organisations (the verbonden partijen
table of a begroting), a company form after an article."""

from .conftest import names_of
from .conftest import relation_triples as _triples

PARTIES_TABLE = (
    "Paragraaf verbonden partijen\n\n"
    "Gerelateerd aan de definitie van verbonden partijen kent de gemeente Ommen de volgende verbonden partijen:\n"
    "Rechtsvorm | Verbonden partij | Verbonden programma |\n"
    "Gemeenschappelijke regelingen | Werkvoorziening Heuvelstee-Dalwijk | 1. Sociaal Domein |\n"
    "Modulaire Regeling Sociaal Domein regio Bergstad | 1. Sociaal Domein | |\n"
    "Vervoersorganisatie regio Dalwijk Bergstad | 1. Sociaal Domein | |\n"
    "GO Bergstad City Region | 2. Ruimtelijk Domein\n"
    "Vennootschappen | |\n"
    "Afvalbedrijf Heuvelstee | 2. Ruimtelijk Domein\n"
)


def test_each_row_of_a_verbonden_partijen_column_names_a_body():
    got = names_of("Programmabegroting 2018 gemeente Ommen\n\n" + PARTIES_TABLE, "organisations")
    for name in ("Werkvoorziening Heuvelstee-Dalwijk", "Modulaire Regeling Sociaal Domein regio Bergstad",
                 "Vervoersorganisatie regio Dalwijk Bergstad", "GO Bergstad City Region", "Afvalbedrijf Heuvelstee"):
        assert name in got, (name, got)
    assert not got & {"Vennootschappen", "Sociaal Domein", "Ruimtelijk Domein", "Rechtsvorm"}, got


def test_the_municipality_is_partner_of_each_verbonden_partij_of_its_table():
    got = _triples("Programmabegroting 2018 gemeente Ommen\n\n" + PARTIES_TABLE)
    for name in ("Werkvoorziening Heuvelstee-Dalwijk", "Vervoersorganisatie regio Dalwijk Bergstad"):
        assert (name, "partner_of", "Ommen") in got or ("Ommen", "partner_of", name) in got, (name, got)


def test_a_column_of_subsidy_receivers_names_organisations():
    text = ("Jaarverslag 2022 gemeente Putten\n\nSubsidies sociaal domein\n\n"
            "Subsidieontvanger | Doel | Bedrag |\n"
            "Stichting Heuvelstee Welzijn | ouderenwerk | 120.000 |\n"
            "Dalwijk Thuiszorg | mantelzorgondersteuning | 45.000 |\n"
            "Totaal | | 165.000 |\n")
    got = names_of(text, "organisations")
    assert {"Heuvelstee Welzijn", "Dalwijk Thuiszorg"} <= got, got
    assert "Totaal" not in got


def test_a_table_without_an_organisation_column_names_none_by_its_cells():
    text = ("Jaarverslag 2022 gemeente Putten\n\nIndicatoren\n\n"
            "Indicator | 2021 | 2022 |\n"
            "Jongeren met jeugdhulp | 9,1 | 9,4 |\n"
            "Cliënttevredenheid Wmo | 7,6 | 7,8 |\n")
    assert not names_of(text, "organisations") & {"Jongeren met jeugdhulp", "Cliënttevredenheid Wmo"}


def test_a_company_form_after_an_article_opens_the_name():
    text = ("Programmabegroting 2021 gemeente Goirle\n\nDe NV Heuvelstee Waterleidingmaatschappij heeft haar activa "
            "in 2007 overgedragen aan Dalwijk Water.\n")
    assert "Heuvelstee Waterleidingmaatschappij" in names_of(text, "organisations")
