"""Year and document type from evidence that holds on any municipality's page: the budget's own questions, the
past tense of strong verbs as history, a letter's date line, a title's period, a year that only dates an event.
The texts are invented for these tests."""

from sdkg.loaders.metadata import infer_meta

from .conftest import text_doc


def _meta(text: str):
    return infer_meta(text_doc(text), {})


def test_the_colleges_plan_and_what_it_may_cost_are_budget_questions():
    text = ("Wat gaat het college daarvoor doen?\nBuurtwerk\nWe organiseren ontmoeting in de wijk en steunen "
            "vrijwilligers bij hun werk.\n")
    assert _meta(text).document_type == "begroting"
    text = "Sport en bewegen\n\nWe steunen de verenigingen in de kernen.\n\nWat mag het kosten?\n\nLasten en baten"
    assert _meta(text).document_type == "begroting"


def test_a_year_with_a_strong_past_verb_is_history_in_a_budget():
    text = ("Wat willen we bereiken?\nInwoners krijgen passende hulp.\n"
            "• In 2019 vond de aanbesteding van de huishoudelijke hulp plaats; de contracten lopen door.\n"
            "Wat gaan we daarvoor doen?\nWe voeren gesprekken met aanbieders.")
    meta = _meta(text)
    assert meta.document_type == "begroting"
    assert meta.year is None


def test_a_letter_is_dated_by_its_date_line():
    text = ("Raadsinformatiebrief\n\nAan: de gemeenteraad\nDatum: 3 oktober 2023\nOnderwerp: wachttijden jeugdhulp\n\n"
            "Geachte leden van de raad,\n\nDe kosten vallen binnen de begroting 2024. In 2024 starten we een proef.")
    meta = _meta(text)
    assert meta.document_type == "other"
    assert meta.year == 2023


def test_a_title_naming_a_period_is_about_its_first_year():
    text = ("Actieplan Meedoen 2021-2024\n\nDit plan beschrijft hoe inwoners meedoen. Het plan loopt tot en met 2024 "
            "en wordt in 2024 geëvalueerd.")
    assert _meta(text).year == 2021


def test_a_period_in_the_first_sentence_is_no_title():
    text = ("In het coalitieakkoord 2022-2026 zijn vier opgaven benoemd waar we aan werken, met inwoners en "
            "partners, in alle dorpen van de gemeente.\nWat willen we bereiken?\nMeer inwoners doen mee.")
    assert _meta(text).year is None


def test_the_year_of_an_event_named_with_van_is_no_report_year():
    text = ("Programma Zorg\n\nMet de decentralisaties van 2015 kregen gemeenten meer taken in het sociaal domein. "
            "Wat willen we bereiken?\nGoede zorg dichtbij.")
    assert _meta(text).year is None


def test_a_year_and_following_years_is_a_period():
    text = ("Wat willen we bereiken?\n • Nieuwe samenwerkingsagenda met de zorgverzekeraar 2026 e.v. vaststellen.\n"
            "Wat gaan we daarvoor doen?\nWe overleggen met partners.")
    assert _meta(text).year is None
