"""Initiatives: what is never one on any municipality's page (a team, a generic service at some level, a budget
document's or coalition agreement's quoted title, an aim stated as a quote, a sentence that opens with a
preposition and a place, a programme's grant, a paragraph above a numbered heading), and titles read whole (a plan
named by the page's title line, a compound type word with a domain after it). Organisations named after a plan
are plans.

Every text here is invented.
"""

from sdkg.loaders.extract import extract

from .conftest import text_doc


def _extract(text: str):
    return extract(text_doc(text))


def _inits(text: str) -> set[str]:
    return {i.name for i in _extract(text).initiatives}


def test_an_unnamed_team_is_no_initiative():
    names = _inits("Gemeente Zwolle. Inwoners kunnen terecht bij het Lokaal Team, en het Sociaal Team Holtenbroek "
                   "helpt bij vragen. Het project Samen Sterk Thuis loopt door.")
    assert "Lokaal Team" not in names
    assert "Sociaal Team Holtenbroek" in names  # a named team is a service the gold writes as an initiative
    assert "Project Samen Sterk Thuis" in names


def test_a_generic_service_at_some_level_is_no_initiative():
    names = _inits("Gemeente Zwolle. Er is een nadeel op de Regionale Maatschappelijke Opvang en de inkoop van "
                   "Jeugdzorg Plus is gegund. De pilot Thuis Op Maat is gestart.")
    assert not {"Regionale Maatschappelijke Opvang", "Jeugdzorg Plus"} & names, names
    assert "Pilot Thuis Op Maat" in names


def test_quoted_title_of_a_budget_document_or_an_aim_is_no_initiative():
    names = _inits("Gemeente Zwolle. In de Voorjaarsnota 2024 'Samen vooruit' staan de keuzes. Het hoofddoel van "
                   "het programma is 'Iedereen telt mee'. We zijn gestart met het project 'Buurtkracht'.")
    assert not {"Samen vooruit", "Iedereen telt mee"} & names, names
    assert "Buurtkracht" in names


def test_a_preposition_and_a_place_open_a_sentence_not_a_name():
    names = _inits("Gemeente Zwolle. Ambitie: In de Zwolle samenleving doet iedereen mee. We starten de pilot "
                   "Wijkkracht.")
    assert not {n for n in names if n.startswith("In ")}, names


def test_the_grant_of_a_national_programme_is_no_initiative():
    names = _inits("Gemeente Zwolle. De gemeente ontvangt de SPUK IZA voor de wijkaanpak.")
    assert "IZA" not in names and "Integraal Zorgakkoord" not in names, names
    names = _inits("Gemeente Zwolle. Met het IZA werken we aan gezondheid in de wijk.")
    assert names & {"IZA", "Integraal Zorgakkoord"}, names


def test_a_paragraph_above_a_numbered_heading_announces_no_list():
    text = ("Gemeente Zwolle.\n\n1. Preventie\n\nHet aanbod is uitgebreid met twee programma's voor gezinnen.\n\n"
            "2. Maatwerk\n\nEr zijn nieuwe contracten gesloten.\n")
    assert "Maatwerk" not in _inits(text)
    text = "Gemeente Zwolle.\n\nDe volgende projecten lopen:\n\n- Buurtkamer Oost\n- Taalmaatjes Zwolle\n"
    assert {"Buurtkamer Oost", "Taalmaatjes Zwolle"} <= _inits(text)


def test_a_plan_is_named_by_the_title_line_the_text_repeats():
    text = ("Samen doen en Meetellen in Zwolle!\n"
            "Het beleidskader Samen doen en Meetellen in Zwolle! is in juni 2023 vastgesteld door de gemeenteraad.\n")
    names = _inits("Gemeente Zwolle.\n" + text)
    assert any(n.startswith("Beleidskader Samen doen en Meetellen in Zwolle") for n in names), names
    assert "Beleidskader Samen" not in names


def test_a_compound_type_word_keeps_a_generic_domain_after_it():
    names = _inits("Gemeente Zwolle. We werken aan de Uitvoeringsagenda Beschermd wonen. In het programma "
                   "Sociaal Domein staat de zorg centraal.")
    assert "Uitvoeringsagenda Beschermd wonen" in names, names
    assert "Programma Sociaal Domein" not in names


def test_a_name_opening_or_closing_with_a_plan_kind_is_a_plan_not_an_organisation():
    ex = _extract("Gemeente Zwolle. Denk aan de Uitvoeringsagenda Armoede en de Uitvoeringsagenda Welzijn. We "
                  "sluiten aan bij de MRV Regiodeal, die inzet op groen. De Stichting De Brug voert het uit.")
    orgs = {o.name for o in ex.organisations}
    assert not {n for n in orgs if n.startswith("Uitvoeringsagenda") or n.endswith("Regiodeal")}, orgs
    inits = {i.name for i in ex.initiatives}
    assert {"Uitvoeringsagenda Armoede", "Uitvoeringsagenda Welzijn", "MRV Regiodeal"} <= inits, inits
    assert any("De Brug" in n for n in orgs), orgs


def test_schools_and_a_new_act_are_no_initiative():
    names = _inits("Gemeente Zwolle. De leerlingen van het Vechtdal College en de Anne Frank-school deden mee aan "
                   "de pilot Fietsmaatjes. Ook de Nieuwe Inburgeringswet vraagt aandacht.")
    assert not {n for n in names if n.endswith(("College", "school", "Inburgeringswet"))}, names
    assert "Pilot Fietsmaatjes" in names


def test_country_wide_methods_and_a_named_movement():
    names = _inits("Gemeente Zwolle. We werken volgens de IJslandse aanpak en vrijwilligers vinden elkaar via "
                   "nlvoorelkaar.nl. Met het ‘breed offensief’ helpt het Rijk. Inwoners doen mee in de beweging "
                   "Heuvelstee Doet 2.0 en dat geeft beweging in de wijk.")
    assert {"ijslandse aanpak", "nlvoorelkaar.nl", "breed offensief"} <= {n.lower() for n in names}, names
    assert any(n.startswith("Beweging Heuvelstee Doet") for n in names), names


def test_a_verb_after_a_document_and_a_determiner_before_a_noun_make_no_title():
    names = _inits("Gemeente Zwolle. De Kadernota biedt de kaders voor Alle Zwollenaren. Centrum Jeugd en Gezin Zwolle "
                   "helpt ouders. De pilot Samen Koken loopt door.")
    assert not {n for n in names if n.startswith(("Kadernota", "Alle")) or "Jeugd en Gezin" in n}, names
    assert "Pilot Samen Koken" in names


def test_an_adjective_that_opens_the_sentence_opens_the_name_too():
    # a sentence's first word is capitalised anyway; an adjective that names open with still belongs to the name
    names = _inits("Gemeente Zwolle. Het college heeft de keuzes gemaakt.\nRegionaal Actieplan Jeugd is in 2024 "
                   "vastgesteld. Sociaal Team Holtenbroek houdt elke week spreekuur.")
    assert {"Regionaal Actieplan Jeugd", "Sociaal Team Holtenbroek"} <= names, names
    assert not {"Actieplan Jeugd", "Team Holtenbroek"} & names, names


def test_another_opening_word_stays_out_of_the_name():
    names = _inits("Gemeente Zwolle. Het college heeft de keuzes gemaakt. Daarnaast Actieplan Jeugd: dat loopt door "
                   "tot 2026.")
    assert "Actieplan Jeugd" in names and not any(n.startswith("Daarnaast") for n in names), names
