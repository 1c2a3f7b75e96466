"""Constructions of any report, twenty-third round: an organisation that opens its sentence and does something in named
neighbourhoods (with no initiative named for it) is located there; time adverbials are no part of what it provides."""

import pytest
from sdkg.loaders.extract import extract

from .conftest import names_of, text_doc
from .conftest import relation_triples as _triples


@pytest.mark.parametrize("muni, sentence, org, places", [
    ("Vlissingen", "Stichting Tafel van Heuvelstee verzorgt in Oost-Souburg en het Middengebied wekelijks een "
                   "gezamenlijke maaltijd voor alleenstaande ouderen.", "Tafel van Heuvelstee",
     ("Oost-Souburg", "Middengebied")),
    ("Venray", "Stichting Beweegwijs Dalwijk organiseert al jaren beweegactiviteiten voor ouderen in Smakt en Leunen; "
               "de gemeente is hierbij niet betrokken.", "Beweegwijs Dalwijk", ("Smakt", "Leunen")),
    ("Opsterland", "De Sportstichting Heuvelstee zet in opdracht van de gemeente vijf buurtsportcoaches in, onder meer in "
                   "Lippenhuizen en Tijnje.", "Sportstichting Heuvelstee", ("Lippenhuizen", "Tijnje")),
    ("Woerden", "De jeugdhulp is gegund aan Stichting Jeugd Dalwijk (JDW). In 2025 richt JDW in Molenvliet en Snel en "
                "Polanen een extra inloopspreekuur in.", "Jeugd Dalwijk", ("Molenvliet", "Snel en Polanen")),
])
def test_an_organisation_that_does_something_in_neighbourhoods_is_located_there(muni, sentence, org, places):
    got = _triples(f"Jaarverslag 2023 gemeente {muni}\n\n{sentence}\n")
    for place in places:
        assert (org, "located_in", place) in got, got


def test_a_subsidy_line_that_says_where_the_money_is_spent_locates_the_organisation():
    got = _triples("Jaarverslag 2024 gemeente Purmerend\n\nSubsidies 2024:\n"
                   "- Stichting Sportpunt Heuvelstee, beweegaanbod in Gors en Wheermolen: € 48.500\n")
    assert ("Sportpunt Heuvelstee", "located_in", "Gors") in got
    assert ("Sportpunt Heuvelstee", "located_in", "Wheermolen") in got


@pytest.mark.parametrize("sentence", [
    # a named project: the place is the project's
    "Stichting Heuvelstee organiseert in Oost-Souburg het project 'Samen aan Tafel'.",
    # the organisation is not the subject
    "De gemeente verzorgt samen met Stichting Heuvelstee in Oost-Souburg een maaltijd.",
    # it works with others there, it is not said to act there itself
    "Stichting Heuvelstee werkt samen met de scholen in Oost-Souburg.",
])
def test_no_seat_where_the_organisation_does_not_itself_act_in_the_place(sentence):
    got = _triples(f"Jaarverslag 2023 gemeente Vlissingen\n\n{sentence}\n")
    assert ("Heuvelstee", "located_in", "Oost-Souburg") not in got, got


def test_how_long_an_organisation_has_done_something_is_no_part_of_what_it_provides():
    got = _triples("Jaarverslag 2023 gemeente Venray\n\nStichting Beweegwijs Dalwijk organiseert al jaren "
                   "beweegactiviteiten voor ouderen.\n")
    assert ("Beweegwijs Dalwijk", "provides", "beweegactiviteiten voor ouderen") in got, got


def test_the_assignment_to_an_organisation_contracts_it():
    got = _triples("Begroting 2025 gemeente Emmen\n\nHiermee is in 2024 invulling gegeven aan de opdracht aan Stichting "
                   "Heuvelstee en de subsidieafspraken met Dalwijk Welzijn.\n")
    assert ("Heuvelstee", "contracted_by", "Emmen") in got
    assert ("Dalwijk Welzijn", "contracted_by", "Emmen") not in got
    assert ("Emmen", "funds", "Dalwijk Welzijn") in got


@pytest.mark.parametrize("sentence", [
    "Het Rijk heeft in 2019 besloten om gemeenten tot en met 2021 te compenseren voor de extra uitgaven in de jeugdhulp.",
    "Het Rijk compenseert gemeenten voor de tekorten in de jeugdhulp.",
])
def test_the_state_that_compensates_municipalities_funds_this_one(sentence):
    assert ("Rijk", "funds", "Deventer") in _triples(f"Begroting 2022 gemeente Deventer\n\n{sentence}\n")


def test_no_assignment_where_none_was_given():
    got = _triples("Begroting 2025 gemeente Emmen\n\nEr is geen opdracht aan Stichting Heuvelstee verstrekt.\n")
    assert ("Heuvelstee", "contracted_by", "Emmen") not in got


def test_a_group_of_municipalities_is_no_organisation_and_its_assignment_is_this_municipalitys():
    text = ("Jaarverslag 2022 gemeente Heerlen\n\nDe GGD Zuid Limburg voerde in opdracht van de Parkstadgemeenten de "
            "jeugdgezondheidszorg uit.\n")
    assert "Parkstadgemeenten" not in names_of(text, "organisations")
    assert ("GGD Zuid Limburg", "contracted_by", "Heerlen") in _triples(text)


def test_an_organisation_that_holds_the_municipalitys_assignment_is_contracted():
    got = _triples("Jaarverslag 2022 gemeente Heerlen\n\nHet opbouwwerk wordt uitgevoerd door Stichting Wijkkracht "
                   "Heuvelstee, die hiervoor een meerjarige opdracht van de gemeente heeft.\n")
    assert ("Wijkkracht Heuvelstee", "contracted_by", "Heerlen") in got


@pytest.mark.parametrize("muni, sentence, clients", [
    ("Hardenberg", "Heuvelstee Werk voert namens Hardenberg en Ommen de Wet sociale werkvoorziening uit.",
     ("Hardenberg", "Ommen")),
    ("Stadskanaal", "Heuvelstee Werk voert voor Stadskanaal en Veendam de Wet sociale werkvoorziening uit; Westerwolde "
                    "is in 2022 met Heuvelstee Werk in gesprek gegaan over deelname.", ("Stadskanaal", "Veendam")),
    ("Sneek", "Heuvelstee Werk voert voor ons de Wet sociale werkvoorziening uit en begeleidt daarnaast inwoners uit de "
              "Participatiewet in het project 'Wurk foar Elkenien'.", ("Súdwest-Fryslân",)),
])
def test_a_body_that_carries_out_a_law_for_municipalities_is_contracted_by_each(muni, sentence, clients):
    got = _triples(f"Jaarverslag 2023 gemeente {muni}\n\n{sentence}\n")
    assert ("Heuvelstee Werk", "under_law", "Wet sociale werkvoorziening") in got, got
    for client in clients:
        assert ("Heuvelstee Werk", "contracted_by", client) in got, got
    # the law is no service; carrying it out is ("uitvoering van de Wet ...", as the guideline's services are named)
    assert not {t for t in got if t[1] == "provides" and t[2].startswith("Wet")}, got
    assert ("Heuvelstee Werk", "under_law", "Participatiewet") not in got  # the next clause's law


def test_partners_a_fronted_pact_is_closed_with_are_the_municipalitys():
    got = _triples("Jaarverslag 2023 gemeente Hardenberg\n\nMet GGD IJsselland, zorgverzekeraar Heuvelstee Zorg en de "
                   "huisartsen in het Vechtdal is in maart het lokale preventieakkoord 'Gezond in Hardenberg' gesloten.\n")
    assert ("GGD IJsselland", "partner_of", "Hardenberg") in got
    assert ("Heuvelstee Zorg", "partner_of", "Hardenberg") in got


def test_partners_of_a_team_of_the_municipalitys_own_are_the_municipalitys():
    got = _triples("Jaarverslag 2024 gemeente Hoogeveen\n\nVoor schuldhulpverlening werkt het team Schulddienstverlening "
                   "samen met Voedselbank Dalwijk en Stichting Leergeld Heuvelstee.\n")
    assert ("Voedselbank Dalwijk", "partner_of", "Hoogeveen") in got
    assert ("Leergeld Heuvelstee", "partner_of", "Hoogeveen") in got


def test_grants_listed_under_a_title_a_blank_line_above_are_the_municipalitys():
    got = _triples("Begroting 2025 gemeente Veldhoven\n\nSubsidies 2025 (bedragen in euro's)\n\n"
                   "Stichting Welzijnsnet Heuvelstee: € 1.245.000\nHuiskamer De Dalwijk: € 48.000\n"
                   "Stichting Voedselhulp Bergstad: € 22.500\n"
                   "Atletiekvereniging De Heuvellopers ('Bewegen in de Buurt'): € 15.000\n")
    for org in ("Welzijnsnet Heuvelstee", "Huiskamer De Dalwijk", "Voedselhulp Bergstad", "Atletiekvereniging De Heuvellopers"):
        assert ("Veldhoven", "funds", org) in got, got
    # the initiative in brackets after the grantee is what it runs with the grant
    assert ("Atletiekvereniging De Heuvellopers", "provides", "Bewegen in de Buurt") in got


def test_a_header_row_of_years_under_a_subsidy_title_is_no_grantee():
    got = _triples("Jaarverslag 2021 gemeente Raalte\n\nSubsidies 2021\n\n"
                   "Ontvanger                          Verleend 2021       Vastgesteld 2021\n"
                   "Stichting Heuvelstee Welzijn       € 812.000           € 809.500\n")
    assert ("Raalte", "funds", "Heuvelstee Welzijn") in got, got
    assert not {t for t in got if t[2] == "Ontvanger"}, got


@pytest.mark.parametrize("muni, sentence, body, members", [
    ("Peel en Maas", "Werkbedrijf Heuvelstee (WHS) is de gemeenschappelijke regeling van Peel en Maas en Horst aan de "
                     "Maas voor de uitvoering van de Participatiewet.", "Werkbedrijf Heuvelstee",
     ("Peel en Maas", "Horst aan de Maas")),
    ("Noordenveld", "De Participatiewet wordt uitgevoerd door Werkbedrijf Dalwijk, een gemeenschappelijke regeling van "
                    "Noordenveld en Tynaarlo.", "Werkbedrijf Dalwijk", ("Noordenveld", "Tynaarlo")),
    ("Noordenveld", "Noordenveld is, met de elf andere Drentse gemeenten, deelnemer in de GGD Drenthe.", "GGD Drenthe",
     ("Noordenveld",)),
    ("Smallingerland", "De inkoop is belegd bij Sociaal Domein Fryslân (SDF), de gemeenschappelijke regeling van de "
                       "achttien Friese gemeenten.", "Sociaal Domein Fryslân", ("Smallingerland",)),
])
def test_the_members_of_a_joint_body_are_part_of_it(muni, sentence, body, members):
    got = _triples(f"Jaarverslag 2023 gemeente {muni}\n\n{sentence}\n")
    for m in members:
        assert (m, "part_of", body) in got, got
        assert (m, "partner_of", body) not in got and (body, "partner_of", m) not in got, got


def test_a_joint_body_for_carrying_out_a_law_works_under_it_and_two_names_joined_by_en_are_no_initiative():
    text = ("Jaarverslag 2022 gemeente Peel en Maas\n\nWerkbedrijf Heuvelstee is de gemeenschappelijke regeling van "
            "Peel en Maas en Horst aan de Maas voor de uitvoering van de Wet sociale werkvoorziening en de "
            "Participatiewet.\n")
    got = _triples(text)
    assert ("Werkbedrijf Heuvelstee", "under_law", "Wet sociale werkvoorziening") in got
    assert ("Werkbedrijf Heuvelstee", "under_law", "Participatiewet") in got
    assert not names_of(text, "initiatives"), names_of(text, "initiatives")


def test_an_organisation_named_after_a_place_that_holds_en_keeps_the_whole_place():
    text = ("Jaarverslag 2022 gemeente Peel en Maas\n\nDe uitvoering ligt bij Welzijn Peel en Maas Verbindt (PMV). "
            "Stichting Meedoen Peel en Maas verstrekt namens de gemeente bijdragen. In 2021 is met Huisartsenkring "
            "Peel en Maas een overeenkomst gesloten.\n")
    orgs = names_of(text, "organisations")
    assert {"Welzijn Peel en Maas Verbindt", "Meedoen Peel en Maas", "Huisartsenkring Peel en Maas"} <= orgs, orgs
    assert not {"Maas", "Welzijn Peel", "Meedoen Peel"} & orgs, orgs


def test_a_place_adjective_before_a_noun_is_no_organisation_and_the_municipalities_it_names_pay():
    text = ("Jaarverslag 2022 gemeente Peel en Maas\n\nVeilig Thuis Limburg-Noord wordt gezamenlijk gefinancierd door "
            "de Noord-Limburgse gemeenten, waaronder Peel en Maas.\n")
    assert "Noord-Limburgse" not in names_of(text, "organisations")
    assert ("Peel en Maas", "funds", "Veilig Thuis Limburg-Noord") in _triples(text)


def test_the_page_numbers_of_a_running_header_copied_from_a_pdf_are_no_figures():
    text = ("Jaarstukken 2022 | Gemeente Heerlen | 87\n\nIn 2022 ontvingen 1.240 huishoudens een bijstandsuitkering.\n\n"
            "Jaarstukken 2022 | Gemeente Heerlen | 88\n\nHet aantal meldingen bij Veilig Thuis steeg naar 412.\n\n"
            "Jaarstukken 2022 | Gemeente Heerlen | 89\n")
    values = {f.value for f in extract(text_doc(text)).figures}
    assert {1240, 412} <= values, values
    assert not {87, 88, 89} & values, values


def test_a_line_that_comes_back_with_a_larger_number_is_no_running_header():
    text = ("Jaarverslag 2022 gemeente Heerlen\n\nHet aantal huishoudens met schulden in Zuid steeg naar 436\n\n"
            "Toelichting.\n\nHet aantal huishoudens met schulden in Zuid steeg naar 512\n")
    values = {f.value for f in extract(text_doc(text)).figures}
    assert {436, 512} <= values, values


def test_a_place_before_a_clause_break_or_a_funder_is_not_where_the_name_after_it_is():
    got = _triples("Jaarverslag 2022 gemeente Stadskanaal\n\nMet ingang van oktober zetten de Energiefixers in Maarsveld "
                   "en Vledderveen 412 woningen energiezuiniger in; dit project werd mede mogelijk gemaakt door een "
                   "bijdrage uit het Nationaal Programma Groningen.\n")
    assert not {t for t in got if t[0] == "Nationaal Programma Groningen" and t[1] == "located_in"}, got
    got = _triples("Bestuursrapportage 2022 gemeente Tytsjerksteradiel\n\nIn Sumar heeft Stichting Doarpskeamer Dalwijk "
                   "met steun van het Iepen Mienskipsfûns van de provincie een dorpshuiskamer geopend.\n")
    assert ("Doarpskeamer Dalwijk", "located_in", "Sumar") in got, got
    assert ("Iepen Mienskipsfûns", "located_in", "Sumar") not in got, got


def test_a_project_an_organisation_starts_in_fronted_places_is_there():
    got = _triples("Begroting 2024 gemeente Vlissingen\n\nIn Paauwenburg-Oost en de Binnenstad start de GGD het "
                   "programma 'Gezond Opgroeien aan de Schelde'.\n")
    assert ("Gezond Opgroeien aan de Schelde", "located_in", "Paauwenburg-Oost") in got, got


@pytest.mark.parametrize("sentence, org", [
    ("We onderzoeken samen met zorgverzekeraar Heuvelstee Zorg of de inzet van een wijkverpleegkundige structureel kan "
     "worden gefinancierd.", "Heuvelstee Zorg"),
    ("Verder verkennen we met Dalwijk Zorg of de aanpak een vervolg kan krijgen.", "Dalwijk Zorg"),
])
def test_exploring_whether_to_work_together_is_no_partnership(sentence, org):
    got = _triples(f"Begroting 2025 gemeente Borsele\n\n{sentence}\n")
    assert (org, "partner_of", "Borsele") not in got, got


def test_an_overview_of_joint_bodies_ends_where_a_list_under_another_heading_begins():
    got = _triples("Begroting 2025 gemeente Borsele\n\nVerbonden partijen\n\n• GGD Zeeland\n"
                   "• Sociaal Werkbedrijf Heuvelstee (gemeenschappelijke regeling van de vijf Bevelandse gemeenten)\n\n"
                   "Subsidies 2025\n\n• Stichting Welzijn Dalwijk: € 1.126.000\n• Bibliotheek Heuvelstee: € 264.000\n")
    assert ("Borsele", "funds", "Welzijn Dalwijk") in got, got
    assert not {t for t in got if t[1] == "partner_of" and "Welzijn Dalwijk" in t}, got
    # what a joint body is, in brackets after its name, is no service it provides
    assert not {t for t in got if t[1] == "provides" and "regeling" in t[2]}, got


def test_a_participant_of_the_joint_body_just_named_is_part_of_it():
    got = _triples("Begroting 2025 gemeente Veldhoven\n\nDe jeugdgezondheidszorg wordt uitgevoerd door de GGD "
                   "Brabant-Zuidoost, waarvoor Veldhoven als deelnemer van de gemeenschappelijke regeling een "
                   "inwonerbijdrage betaalt.\n")
    assert ("Veldhoven", "part_of", "GGD Brabant-Zuidoost") in got, got
    assert ("GGD Brabant-Zuidoost", "partner_of", "Veldhoven") not in got, got


def test_organisations_that_started_a_named_project_provide_it_and_are_no_mere_partners_of_it():
    got = _triples("Bestuursrapportage 2022 gemeente Tytsjerksteradiel\n\nWoonstichting Heuvelstee en Stichting Welzijn "
                   "Dalwijk zijn in Eastermar gestart met het project 'Fitaal Thús', waarin huurders een huisbezoek "
                   "krijgen.\n")
    for org in ("Woonstichting Heuvelstee", "Welzijn Dalwijk"):
        assert (org, "provides", "Fitaal Thús") in got, got
        assert (org, "partner_of", "Fitaal Thús") not in got, got


def test_those_a_project_was_started_with_do_not_provide_it():
    got = _triples("Jaarverslag 2022 gemeente Heerlen\n\nSamen met de GGD en zorgverzekeraar Heuvelstee Zorg is in 2022 "
                   "gestart met 'Kansrijke Start Heerlen'.\n")
    assert not {t for t in got if t[1] == "provides"}, got
    assert ("Heuvelstee Zorg", "partner_of", "Kansrijke Start Heerlen") in got, got


def test_the_body_care_is_bought_in_through_is_contracted_unless_the_municipality_is_part_of_it():
    got = _triples("Jaarverslag 2022 gemeente Stadskanaal\n\nDe specialistische jeugdhulp is ingekocht via de Regionale "
                   "Inkooporganisatie Heuvelstee (RIH).\n")
    assert ("Regionale Inkooporganisatie Heuvelstee", "contracted_by", "Stadskanaal") in got, got
    got = _triples("Begroting 2025 gemeente Borsele\n\nDe specialistische jeugdhulp wordt ingekocht via het Regionaal "
                   "Inkoopbureau Heuvelstee (RIH), waarin Borsele met de andere Zeeuwse gemeenten samenwerkt.\n")
    assert ("Borsele", "part_of", "Regionaal Inkoopbureau Heuvelstee") in got, got
    assert ("Regionaal Inkoopbureau Heuvelstee", "contracted_by", "Borsele") not in got, got


def test_what_an_organisation_organised_past_a_phrase_between_commas_it_provides():
    got = _triples("Jaarverslag 2024 gemeente Noordenveld\n\nSportstichting Heuvelstee organiseerde, met een bijdrage uit "
                   "het Sportakkoord, het beweegprogramma 'Peize Beweegt' voor ouderen.\n")
    assert ("Sportstichting Heuvelstee", "provides", "Peize Beweegt") in got, got


def test_an_organisation_that_contributes_an_amount_to_the_project_funds_it():
    got = _triples("Begroting 2022 gemeente Peel en Maas\n\nSamen met Woonstichting Heuvelstee start de stichting het "
                   "project 'Langer Thuis in Meijel'. Woonstichting Heuvelstee draagt € 40.000 bij aan het project.\n")
    assert ("Woonstichting Heuvelstee", "funds", "Langer Thuis in Meijel") in got, got


def test_indicators_listed_with_their_values_are_no_initiatives():
    text = ("Jaarverslag 2022 gemeente Tubbergen\n\nVoor het programma Zorg gebruiken we deze "
            "kengetallen:\n\n  • Aandeel inwoners met een mantelzorgcompliment: 64,3% (volgens de "
            "enquête)\n  • Huishoudens met bijstandsuitkeringen: 200\n\nWe werken met de volgende projecten:\n\n"
            "  • Samen Sterk in de Kern\n  • Dorpsteam Heuvelstee\n")
    inits = names_of(text, "initiatives")
    assert not {i for i in inits if ":" in i}, inits
    assert "Samen Sterk in de Kern" in inits, inits


def test_a_sector_word_keeps_its_name_at_the_start_of_a_line_broken_mid_sentence():
    text = ("Jaarstukken 2023 gemeente Westland\n\nDe uitvoering van de Participatiewet is belegd bij de "
            "bedrijfsvoeringsorganisatie\nWerkbedrijf Westland. In 2023 zijn 186 inwoners uitgestroomd.\n")
    orgs = names_of(text, "organisations")
    assert "Werkbedrijf Westland" in orgs and "Werkbedrijf" not in orgs, orgs


def test_a_preposition_and_a_place_that_open_a_sentence_are_no_organisation():
    text = ("Begroting 2025 gemeente Borsele\n\n• In Kwadendamme organiseert de zorgcoöperatie Heuvelstee Zorgt met "
            "vrijwilligers vervoer voor ouderen.\n")
    orgs = names_of(text, "organisations")
    assert "In Kwadendamme" not in orgs, orgs


def test_a_national_name_with_what_its_branch_does_and_its_place_is_one_name():
    text = ("Jaarverslag 2023 gemeente Hardenberg\n\nOok in 2023 ontvingen de volgende organisaties een subsidie:\n"
            "• Voedselbank Dalwijk: € 22.000\n• Humanitas Thuisadministratie Hardenberg: € 15.750\n"
            "• Overige subsidies armoede en schulden: € 31.500\n")
    assert "Humanitas Thuisadministratie Hardenberg" in names_of(text, "organisations")
    got = _triples(text)
    assert ("Hardenberg", "funds", "Humanitas Thuisadministratie Hardenberg") in got, got
    assert not {t for t in got if t[2].startswith("Overige")}, got  # a row of what is left, no grantee


def test_a_count_before_a_service_is_no_part_of_it_and_names_it_once():
    got = _triples("Jaarverslag 2024 gemeente Noordenveld\n\nStichting Welzijn Dalwijk is ook verantwoordelijk voor de drie "
                   "buurtteams in Roden, Peize en Norg.\n")
    assert ("Welzijn Dalwijk", "provides", "buurtteams") in got, got
    assert not {t for t in got if t[0].startswith("drie")}, got


def test_fronted_places_of_an_organisation_named_after_its_kind_word_are_its_places():
    got = _triples("Begroting 2025 gemeente Borsele\n\n• In Kwadendamme organiseert de zorgcoöperatie Heuvelstee Zorgt "
                   "met ruim 60 vrijwilligers vervoer voor ouderen.\n")
    assert ("Heuvelstee Zorgt", "located_in", "Kwadendamme") in got, got
    assert ("zorgcoöperatie", "located_in", "Kwadendamme") not in got, got


def test_the_municipalities_working_together_in_the_joint_body_just_named_are_part_of_it():
    got = _triples("Jaarverslag 2022 gemeente Waalwijk\n\nDe Participatiewet wordt uitgevoerd door Werkbedrijf Heuvelstee. "
                   "In deze gemeenschappelijke regeling werken wij samen met de gemeenten Loon op Zand en Heusden.\n")
    for m in ("Waalwijk", "Loon op Zand", "Heusden"):
        assert (m, "part_of", "Werkbedrijf Heuvelstee") in got, got
    assert not {t for t in got if t[1] == "partner_of"}, got


def test_the_partners_of_the_municipalitys_own_teams_are_its_partners():
    got = _triples("Begroting 2025 gemeente Borsele\n\nBij zorgen over de veiligheid van kinderen werkt het sociaal team "
                   "nauw samen met Veilig Thuis Zeeland en het Zorg- en Veiligheidshuis Zeeland.\n")
    assert ("Veilig Thuis Zeeland", "partner_of", "Borsele") in got, got
    assert ("Zorg- en Veiligheidshuis Zeeland", "partner_of", "Borsele") in got, got


def test_a_fronted_partner_with_no_project_or_other_actor_works_with_the_municipality():
    got = _triples("Bestuursrapportage 2024 gemeente Súdwest-Fryslân\n\nSamen met De Fryske Marren bereiden we de lokale "
                   "inrichting voor, conform de Regiovisie Beschermd Wonen Fryslân.\n")
    assert ("De Fryske Marren", "partner_of", "Súdwest-Fryslân") in got or \
        ("Súdwest-Fryslân", "partner_of", "De Fryske Marren") in got, got
    # a plan the work follows ("conform de X") is no project the partners work on
    assert not {t for t in got if t[2].startswith("Regiovisie")}, got


@pytest.mark.parametrize("sentence, org, service", [
    ("Buurtwerk Heuvelstee levert daarvoor twee opbouwwerkers en beheert het buurthuis.", "Buurtwerk Heuvelstee",
     "opbouwwerkers"),
    # (a number in digits stays: "realiseerde 16 kleine woningen" says how many, test_round17)
    ("Bibliotheek Dalwijk verzorgt daar taalcursussen en digitale spreekuren.", "Bibliotheek Dalwijk", "taalcursussen"),
])
def test_a_pointing_adverb_and_a_count_in_words_before_a_service_are_no_part_of_it(sentence, org, service):
    got = _triples(f"Begroting 2025 gemeente Vlissingen\n\n{sentence}\n")
    assert (org, "provides", service) in got, got


def test_a_one_word_name_ending_in_se_that_acts_is_still_an_organisation():
    text = "Jaarverslag 2023 gemeente Rheden\n\nDe voetbalclub Vitesse organiseert voor ouderen een beweegprogramma.\n"
    assert "Vitesse" in names_of(text, "organisations")
