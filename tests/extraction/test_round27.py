"""Constructions of any report, twenty-seventh round: the parts a sentence gives a body that no other kind of name
plays (the task lies with it, it was contracted, it joins a network, it works or forms something together with
others, it receives a grant with words between), lists that open with a common noun or hold amounts in brackets,
and head words of centres that name organisations."""

import pytest

from .conftest import names_of
from .conftest import relation_triples as _triples

HEAD = "Jaarverslag 2023 gemeente Putten\n\nSociaal domein\n"


def _orgs(body: str) -> set[str]:
    return names_of(HEAD + body + "\n", "organisations")


# (body, names it must give): the body a task lies with, a study is by, people go to
TASK_LIES_WITH = [
    ("De uitvoering ligt bij Dalkracht. De coördinatie is in handen van Brugvast.", {"Dalkracht", "Brugvast"}),
    ("Uit onderzoek van Veldzicht blijkt dat de eenzaamheid toeneemt.", {"Veldzicht"}),
    ("Het convenant is ondertekend door Dalkracht, Brugvast en de gemeente. Het initiatief is overgenomen door "
     "Lindeloop.", {"Dalkracht", "Brugvast", "Lindeloop"}),
    ("In samenspraak met Zonnetij is het aanbod aangepast. De samenwerking met Heuveldal verloopt goed.",
     {"Zonnetij", "Heuveldal"}),
    ("De maatschappelijke ondersteuning wordt aangeboden via Brugvast.", {"Brugvast"}),
    ("Inwoners kunnen zich aanmelden bij Dalkracht. Bij Zonnetij kunnen inwoners gratis advies krijgen.",
     {"Dalkracht", "Zonnetij"}),
]


# ... a body contracted, financed, commissioned or handed a task
CONTRACTED = [
    ("Na de aanbesteding is Zonnetij gecontracteerd voor de dagbesteding. Met ingang van 1 januari is Lindeloop "
     "gestart als nieuwe aanbieder van huishoudelijke hulp.", {"Zonnetij", "Lindeloop"}),
    ("De gemeente financiert Brugvast voor het jongerenwerk. De gemeente heeft Zonnetij gevraagd om een plan te maken. "
     "We hebben Lindeloop opdracht gegeven om het jongerenwerk te vernieuwen. Daarvoor hebben we Dalkracht "
     "ingeschakeld.", {"Brugvast", "Zonnetij", "Lindeloop", "Dalkracht"}),
    ("Met Zonnetij is een nieuwe subsidieovereenkomst gesloten.", {"Zonnetij"}),
    ("Vanaf 2024 neemt Zonnetij de taken over.", {"Zonnetij"}),
    ("Het jongerenwerk is overgedragen van Dalkracht naar Brugvast.", {"Dalkracht", "Brugvast"}),
]


def test_the_agent_of_a_passive_that_opens_the_sentence():
    got = _orgs("Door Brugvast zijn 40 vrijwilligers opgeleid. Via Lindeloop zijn 25 mensen aan het werk geholpen.")
    assert {"Brugvast", "Lindeloop"} <= got, got


def test_a_crisis_that_opens_a_passive_is_no_agent():
    got = _orgs("Door Corona zijn veel activiteiten afgelast. Door Covid-19 werden de spreekuren verplaatst.")
    assert not got & {"Corona", "Covid-19"}, got


# ... the receiver of a grant, with words between
GRANT_RECEIVED = [
    ("Brugvast ontvangt jaarlijks een subsidie van de gemeente.", {"Brugvast"}),
    ("Dalkracht ontving in 2023 € 250.000 subsidie.", {"Dalkracht"}),
    ("Zowel Veldzicht als Zonnetij ontvangen subsidie.", {"Veldzicht", "Zonnetij"}),
]


# ... what a body does with others, or is called
WITH_OTHERS = [
    ("Dalkracht, Brugvast en Lindeloop vormen samen het sociaal team.", {"Dalkracht", "Brugvast", "Lindeloop"}),
    ("De huisartsen en Zonnetij werken samen in het project.", {"Zonnetij"}),
    ("Heuveldal en Veldzicht bieden samen dagbesteding aan.", {"Heuveldal", "Veldzicht"}),
    ("Lindeloop werkt nauw samen met de huisartsen.", {"Lindeloop"}),
    ("Ook Veldzicht sluit aan bij het netwerk.", {"Veldzicht"}),
    ("Dalkracht en Brugvast zijn de belangrijkste partners in het sociaal domein. Veldzicht is een belangrijke partner "
     "in de wijk.", {"Dalkracht", "Brugvast", "Veldzicht"}),
    ("Dalkracht zet in 2024 in op preventie. Zonnetij heeft een wachtlijst van 30 weken.", {"Dalkracht", "Zonnetij"}),
    ("Aanbieder Dalkracht heeft haar activiteiten uitgebreid.", {"Dalkracht"}),
]


# ... lists with a common noun, an amount or 'onder meer' in them
LISTS = [
    ("Er is een convenant met de politie, Dalkracht en Lindeloop.", {"Dalkracht", "Lindeloop"}),
    ("De subsidies zijn verleend aan Dalkracht (€ 200.000), Brugvast (€ 80.000) en Lindeloop (€ 45.000).",
     {"Dalkracht", "Brugvast", "Lindeloop"}),
    ("Het beschermd wonen wordt geboden door onder meer Lindeloop en Zonnetij. We hebben subsidie verleend aan onder "
     "andere Brugvast en Veldzicht.", {"Lindeloop", "Zonnetij", "Brugvast", "Veldzicht"}),
    ("In de stuurgroep zitten Dalkracht, Brugvast en de gemeente.", {"Dalkracht", "Brugvast"}),
    ("Het werk wordt gedaan door de stichtingen Dalkracht en Zonnetij.", {"Dalkracht", "Zonnetij"}),
    ("Het sociaal team (een samenwerking van Dalkracht, Brugvast en Lindeloop) is in 2023 gestart.",
     {"Dalkracht", "Brugvast", "Lindeloop"}),
    ("Het gaat om het verbinden van Brugvast, de bibliotheek en eventueel andere organisaties.", {"Brugvast"}),
]


def test_centres_of_culture_health_youth_and_knowledge_are_organisations():
    got = _orgs("Er was een voorstelling in het Cultuurcentrum Dalwijk. Het Gezondheidscentrum De Heuvel opende een "
                "vleugel; Jongerencentrum De Boei en het Kenniscentrum Zorgvast gaven les.")
    assert {"Cultuurcentrum Dalwijk", "Gezondheidscentrum De Heuvel", "Jongerencentrum De Boei",
            "Kenniscentrum Zorgvast"} <= got, got


def test_a_common_noun_in_a_body_s_part_stays_a_word():
    got = _orgs("De nadruk ligt bij Preventie; preventie is goedkoper. Uit onderzoek van Gezondheid blijkt weinig, want "
                "gezondheid is lastig te meten.")
    assert not got & {"Preventie", "Gezondheid"}, got


def test_an_adjective_sharing_the_noun_after_en_stays_with_its_service():
    got = _triples(HEAD + "Stichting Dalwijk (ambulant en inloopjongerenwerk): € 20.000\nStichting Heuveldal (preventieve en "
                   "curatieve zorg): € 10.000\n")
    assert ("Dalwijk", "provides", "ambulant en inloopjongerenwerk") in got, got
    assert ("Heuveldal", "provides", "preventieve en curatieve zorg") in got, got
    assert ("Dalwijk", "provides", "ambulant") not in got, got


# ... grants overviews, tables, label lines and staff lists
OVERVIEWS = [
    ("Subsidies 2023\nDalkracht € 250.000\nBrugvast € 120.000\nStichting Heuveldal € 45.000\n",
     {"Dalkracht", "Brugvast", "Heuveldal"}),
    ("Verleende subsidies\nOrganisatie Bedrag\nDalkracht: 250.000\nZonnetij: 30.000\n", {"Dalkracht", "Zonnetij"}),
    ("Tabel: gesubsidieerde instellingen\nInstelling\tSubsidie 2023\nDalkracht\t250.000\nBrugvast\t120.000\n",
     {"Dalkracht", "Brugvast"}),
    ("Project | Uitvoerder | Budget\nMaatjesproject | Dalkracht | € 20.000\nTaalcafé | Brugvast | € 10.000\n",
     {"Dalkracht", "Brugvast"}),
    ("Uitvoering: Dalkracht en Brugvast\n", {"Dalkracht", "Brugvast"}),
    ("Naam organisatie: Zonnetij\nActiviteit: ouderenwerk\n", {"Zonnetij"}),
    ("Het Sociaal Team bestaat uit medewerkers van Dalkracht, Brugvast en Lindeloop.\n",
     {"Dalkracht", "Brugvast", "Lindeloop"}),
]


GROUPS = {"task_lies_with": TASK_LIES_WITH, "contracted": CONTRACTED, "grant_received": GRANT_RECEIVED,
          "with_others": WITH_OTHERS, "lists": LISTS, "overviews": OVERVIEWS}


@pytest.mark.parametrize("body, names", [pytest.param(body, names, id=f"{group}-{k}") for group, cases in GROUPS.items()
                                         for k, (body, names) in enumerate(cases)])
def test_a_construction_names_the_bodies_it_gives_a_part(body, names):
    got = _orgs(body)
    assert names <= got, got


def test_the_sectors_and_services_of_a_grants_overview_are_no_bodies():
    got = _orgs("Subsidies 2023\nWelzijn € 1.200.000\nSport € 200.000\nMaatschappelijke opvang € 50.000\nJeugd € 10.000\n"
                "\nHet welzijn van inwoners en de sport staan centraal.")
    assert not got & {"Welzijn", "Sport", "Jeugd", "Maatschappelijke opvang"}, got


@pytest.mark.parametrize("name", ["Armoedefonds", "De Luisterlijn", "Het Vergeten Kind", "Nederland Zorgt Voor Elkaar",
                                  "Per Saldo", "Thuisgekookt", "Resto VanHarte", "Het Begint met Taal",
                                  "Samen Sterk zonder Stigma", "113 Zelfmoordpreventie", "Kerk in Actie"])
def test_national_charities_and_foundations_are_known_by_name(name):
    got = _orgs(f"In 2023 hielp {name} inwoners van onze gemeente.")
    assert name in got, got


def test_a_phrase_that_sounds_like_a_national_name_stays_a_phrase():
    got = _orgs("Per saldo is het resultaat positief. Het resultaat is per saldo € 200.000.")
    assert "Per Saldo" not in got and "Per saldo" not in got, got


def test_a_register_name_is_known_without_the_letters_after_it():
    # the register of sheltered-work companies writes "Weener XL"; reports write the name alone
    got = _orgs("In 2023 had Weener XL een goed jaar. Het aantal plaatsen bij Weener bleef gelijk; Weener zocht "
                "werkgevers.")
    assert got & {"Weener", "Weener XL"}, got
    got = _orgs("Het aantal plaatsen bij Weener bleef gelijk.")
    assert got & {"Weener", "Weener XL"}, got


def test_youth_and_neighbourhood_work_with_a_name_after_it_is_a_body():
    got = _orgs("Jongerenwerk Dalwijk is actief in alle wijken. Ook Buurtwerk Heuvelstee deed mee.")
    assert {"Jongerenwerk Dalwijk", "Buurtwerk Heuvelstee"} <= got, got


def test_a_national_name_broken_over_lines_is_still_known():
    text = HEAD + ("In 2023 heeft de Raad voor de\nKinderbescherming 12 onderzoeken gedaan. Ook het Leger des\nHeils hielp. "
                   "Gemeenten hebben het\nIntegraal\nZorgakkoord ondertekend (IZA). Het IZA helpt.\n")
    assert {"Raad voor de Kinderbescherming", "Leger des Heils"} <= names_of(text, "organisations")
    assert "Integraal Zorgakkoord" in names_of(text, "initiatives")
