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


def test_policy_intentions_are_a_budgets_and_their_realisation_an_annual_reports():
    text = ("Hieronder staat per verbonden partij welk doel de gemeente ermee nastreeft en welke beleidsvoornemens er "
            "zijn.\nGemeenschappelijke regeling Werkbedrijf\nDoel: de uitvoering van de Participatiewet.")
    assert _meta(text).document_type == "begroting"
    text = ("Realisatie van de beleidsvoornemens\nDe gemeente nam deel aan de gemeenschappelijke regeling. "
            "Hieronder de beleidsvoornemens per verbonden partij.")
    assert _meta(text).document_type == "jaarverslag"


def test_one_look_ahead_and_none_back_is_a_budget():
    text = ("Doelstellingen\n\nInwoners wonen zelfstandig. Wij streven naar een sluitende aanpak voor jongeren.\n"
            "• Minder schooluitval.\n• Meer mantelzorgers in beeld.")
    assert _meta(text).document_type == "begroting"


def test_a_coalition_or_a_colleges_programme_is_no_report():
    text = ("Coalitie in Noorddorp, Friesland\n\nGemeente Noorddorp\n\nIn 2020 is de campagne gestart. Er waren veel "
            "bijeenkomsten en er werden veel gesprekken gevoerd met inwoners.")
    assert _meta(text).document_type == "other"
    text = ("Collegeprogramma 2022-2026\n\nWij hebben in de afgelopen periode veel bereikt. Het was een jaar waarin "
            "de wachtlijsten daalden.")
    assert _meta(text).document_type == "other"


def test_a_coalition_agreement_named_in_the_first_sentence_is_no_title():
    text = ("In het coalitieakkoord zijn vijf opgaven benoemd. Wij gaan hiermee aan de slag in de wijken en we "
            "zullen de inwoners erbij betrekken.\nWat willen we bereiken?\nMeer inwoners doen mee.")
    assert _meta(text).document_type == "begroting"


def test_a_plan_named_with_its_place_holds_its_horizon_not_the_report_year():
    text = ("Wat willen we bereiken?\nDit draagt bij aan de Visie Noorddorp 2030. De Agenda Zuidwijk 2030 "
            "vraagt veel van partners.\nWat gaan we daarvoor doen?\nWe werken samen.")
    assert _meta(text).year is None


def test_a_budget_referred_to_with_an_article_does_not_date_the_text():
    text = ("Wat willen we bereiken?\nDe verwachte kosten 2025 zijn lager. Dit vonden we in 2025 te onzeker. In de "
            "aanloop naar de begroting 2027 onderzoeken we de kosten. Over 2025 rapporteren we bij de kwartaalrapportage; "
            "de kosten 2025 dalen.")
    assert _meta(text).year == 2025
    assert _meta("Begroting 2027\n\nWat willen we bereiken?\nIn 2025 en 2025 en 2025 deden we veel.").year == 2027


def test_a_title_opening_with_a_note_a_motion_or_a_plan_is_no_report():
    body = ("\n\nWat willen we bereiken?\nMeer inwoners doen mee. In 2024 hebben we veel bereikt en we gaan door.\n"
            "Wat gaan we daarvoor doen?\nWe werken samen met partners.")
    for title in ("Kadernota 2025", "Perspectiefnota 2026-2029", "Motie vreemd aan de orde van de dag",
                  "Beantwoording schriftelijke vragen over de jeugdhulp", "Beleidsplan Sociaal Domein 2024-2027",
                  "Memo aan de commissie Samenleving", "Werkplan 2025 welzijnswerk",
                  "Raadsmededeling stand van zaken jeugdhulp", "Notitie reikwijdte sociaal domein"):
        assert _meta(title + body).document_type == "other", title
    assert _meta("Programma 2 Samenleving" + body).document_type == "begroting"


def test_in_an_annual_report_a_year_that_lies_ahead_is_not_the_year_reported_on():
    text = ("Programmaverantwoording\n\nIn juni van dit jaar hebben we het convenant ondertekend. Ook zijn we gestart "
            "met gesprekken over de te openen buurthuizen in 2027. Daarna was er veel aandacht voor mantelzorg.")
    meta = _meta(text)
    assert meta.document_type == "jaarverslag"
    assert meta.year is None
    text = ("Programmaverantwoording\n\nWe hebben de buurthuizen in 2026 geopend. Ook zijn we gestart met de "
            "gesprekken over de te openen buurthuizen in 2027.")
    assert _meta(text).year == 2026
