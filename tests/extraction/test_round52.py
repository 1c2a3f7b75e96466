"""Constructions of any report, fifty-second round. Every text here is invented."""

from sdkg.loaders.extract import extract
from sdkg.loaders.metadata import infer_meta

from .conftest import names_of, relation_triples, text_doc


def _type(text: str) -> str:
    return infer_meta(text_doc(text), {}).document_type


def _programmes(text: str) -> list[str]:
    return infer_meta(text_doc(text), {}).programmes


def _figures(text: str) -> list[tuple[float, int | None]]:
    return [(f.value, f.year) for f in extract(text_doc(text)).figures]



def test_the_national_reporting_centre_and_the_regional_intelligence_centres_are_organisations():
    # the advice and reporting centre Veilig Thuis replaced in 2015, and the RIEC every region has
    text = ("Gemeente Bergveen, begroting 2015\n\nDit jaar gaan het AMHK en de dagbesteding over naar de gemeente. Een "
            "analyse van het RIEC wijst op meer signalen van fraude met zorggeld.\n")
    assert {"AMHK", "RIEC"} <= names_of(text, "organisations")


def test_the_youth_sport_fund_and_the_youth_culture_fund_are_two_organisations():
    # two funds until they joined in 2020; the joint fund is a third name
    text = ("Gemeente Bergveen, jaarverslag 2016\n\nKinderen uit gezinnen met weinig geld sporten via het "
            "Jeugdsportfonds en volgen muziekles via het Jeugdcultuurfonds.\n")
    assert {"Jeugdsportfonds", "Jeugdcultuurfonds"} <= names_of(text, "organisations")
    assert names_of("Gemeente Bergveen.\n\nDe aanvragen lopen via het Jeugdfonds Sport & Cultuur.\n",
                    "organisations") == {"Jeugdfonds Sport & Cultuur"}
