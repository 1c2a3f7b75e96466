"""Forty-second round: a college's list of decisions whose title qualifies it, the answers to a council member's
questions, a web post's byline, a year told by the part of it ("in het derde kwartaal van 2021"), a text whose only
title cue refers to another document, a budget set beside the one before it, grantees named after the grant's verb, a
ministry written without "van", a numbered list run into one line, and country-wide methods written in lower case.
The texts are invented for these tests."""

import pytest
from sdkg.loaders.metadata import infer_meta

from .conftest import initiatives_in, orgs_in, text_doc

_TYPED = [
    pytest.param(
        "Collegebesluiten B&W besluitenlijst van 3 maart 2021\n\nWelzijn\n\nHet college van burgemeester en "
        "wethouders heeft besloten het buurtwerk in 2022 en 2023 voort te zetten; de begroting 2022 dekt de kosten.\n",
        "other", 2021, id="college-decisions-qualified-title"),
    pytest.param(
        "Mantelzorgwaardering\n\nVraag 1\nHoeveel mantelzorgers kregen in 2019 een "
        "blijk van waardering?\n\nAntwoord:\nIn 2019 hebben wij 800 mantelzorgers een waardering gegeven. In 2020 "
        "gaan we de regeling verruimen.\n",
        "other", None, id="answers-to-questions"),
    pytest.param(
        "Steun voor de voedselbank\n\nDoor Anna Visser, Fractie Zuid op 3 mei 2019 om 10:15\n\nTijdens de "
        "behandeling van de begroting stelden wij voor de voedselbank extra te steunen. Het voorstel werd aangenomen. "
        "We zijn blij.\n",
        "other", 2019, id="web-post-byline"),
    pytest.param(
        "Jeugdhulp\n\nOntwikkelingen\n\nVooral in het derde kwartaal van 2021 waren de wachtlijsten lang. Dat is "
        "mede de reden geweest voor een nieuwe werkwijze. De regio zal in de komende jaren haar rol herzien.\n",
        "jaarverslag", 2021, id="year-told-by-its-quarter"),
]


@pytest.mark.parametrize(("text", "kind", "year"), _TYPED)
def test_a_page_is_typed_and_dated_by_what_it_is(text, kind, year):
    meta = infer_meta(text_doc(text), {})
    assert meta.document_type == kind, meta.evidence["document_type"]
    if year is not None:
        assert meta.year == year, meta.evidence["year"]


def test_a_referred_budget_does_not_date_an_annual_report():
    text = ("Welzijn\n\nToelichting\n\nIn 2022 hebben we de buurtteams uitgebreid. In 2022 is het buurtfonds gestart "
            "en zijn er veertig activiteiten georganiseerd. Vrijwilligers hebben elkaar vaker gevonden.\n\nZoals in de "
            "begroting 2023 staat, krijgt het welzijnswerk een nieuwe indeling.\n")
    meta = infer_meta(text_doc(text), {})
    assert (meta.document_type, meta.year) == ("jaarverslag", 2022), meta.evidence["year"]


def test_a_budget_beside_the_one_before_is_dated_by_the_later():
    text = ("Bedragen x € 1.000\n\nVerschillen\n\nHieronder staat waarom begroting 2020 afwijkt van begroting 2019:"
            "\n\n1\nIn 2019 waren eenmalige kosten voor de huisvesting geraamd.\nL\n26\nV\n\n2\nIn 2019 is de "
            "uitvoering dubbel geraamd.\nL\n14\nV\n\n3\nDe kosten voor hulpmiddelen waren in 2019 hoger geraamd.\n"
            "L\n10\nV\n")
    meta = infer_meta(text_doc(text), {})
    assert (meta.document_type, meta.year) == ("begroting", 2020), meta.evidence["year"]


def test_grantees_named_after_the_grants_verb_are_organisations():
    names = orgs_in("Het college besluit voor 2024 een subsidie te verlenen aan Zorgkring, Jeugdanker en "
                    "Gezinsbaken voor hun werk in de wijken.")
    assert {"Zorgkring", "Jeugdanker", "Gezinsbaken"} <= names


def test_a_ministry_written_without_van_is_an_organisation():
    text = "De bijdrage die het Ministerie Sociale Zaken en Werkgelegenheid gaf, is voor de helft gebruikt."
    assert "Ministerie Sociale Zaken en Werkgelegenheid" in orgs_in(text)
    assert "Ministerie Sociale Zaken en Werkgelegenheid" not in initiatives_in(text)


def test_a_numbered_list_run_into_one_line_names_no_organisation_or_initiative():
    text = ("Deze begroting kent vijf programma's:1. Programma Ruimte en Groen2. Programma Werk en Economie3. "
            "Programma Samen Leven4. Programma Bestuur5. Algemene middelen\n\nWij zullen de programma's elk jaar "
            "herzien.\n")
    names = orgs_in(text)
    assert not {n for n in names if n[-1].isdigit()}, names
    found = initiatives_in(text)
    assert not {n for n in found if n[-1].isdigit()}, found
    # a name that ends in its own number stays one ("Kompas10" in a sentence)
    assert "Kompas10" in orgs_in("Het buurtwerk wordt uitgevoerd door Kompas10. De wijkteams werken samen.")


def test_country_wide_methods_written_in_lower_case_are_initiatives():
    found = initiatives_in("Uit het preventiebudget betaalden we onder meer 'één tegen eenzaamheid' en 'welzijn op "
                           "recept' in alle kernen.")
    assert {"één tegen eenzaamheid", "welzijn op recept"} <= {f.lower() for f in found}, found
