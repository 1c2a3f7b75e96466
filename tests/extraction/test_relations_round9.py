"""Relations read from the structure of a sentence (ninth round): one organisation within another, parties that work
together inside a body, laws an organisation carries out, money and contracts. Sentences invented for the tests."""

from .test_relations import _symmetric, relations

PW = ("Participatiewet", None, "Participatiewet")
WSW = ("Wet sociale werkvoorziening", "Wsw", "Wsw")
WMO = ("Wet maatschappelijke ondersteuning 2015", "Wmo 2015", "Wmo 2015")
WPG = ("Wet publieke gezondheid", None, "Wet publieke gezondheid")
JW = ("Jeugdwet", None, "Jeugdwet")


# --- part_of: one organisation within another --------------------------------------------------------------------

def test_an_organisation_within_another_by_apposition_or_relative_clause():
    for text in ("De Leerwerkplaats Noord, een onderdeel van Werkbedrijf Dal, breidde uit.",
                 "De Leerwerkplaats Noord, dat sinds 2020 onderdeel is van Werkbedrijf Dal, breidde uit.",
                 "De Leerwerkplaats Noord, het leerwerkbedrijf van Werkbedrijf Dal, breidde uit.",
                 "Leerwerkplaats Noord, dat organisatorisch onder Werkbedrijf Dal valt, breidde uit."):
        got = relations(text, orgs=["Leerwerkplaats Noord", "Werkbedrijf Dal"])
        assert ("Leerwerkplaats Noord", "part_of", "Werkbedrijf Dal") in got, text
    # two names side by side without such a phrase: nothing
    got = relations("Leerwerkplaats Noord, Werkbedrijf Dal en anderen breidden uit.",
                    orgs=["Leerwerkplaats Noord", "Werkbedrijf Dal"])
    assert not any(p == "part_of" for _, p, _ in got)


def test_an_organisation_housed_with_another_is_part_of_it_not_provided_by_it():
    got = relations("Het Meldpunt Zorg Oost is ondergebracht bij de GGD Oostland.", orgs=["Meldpunt Zorg Oost", "GGD Oostland"])
    assert ("Meldpunt Zorg Oost", "part_of", "GGD Oostland") in got
    assert ("GGD Oostland", "provides", "Meldpunt Zorg Oost") not in got
    # a service housed with an organisation is provided by it, as before
    got = relations("Het buurtwerk is ondergebracht bij Welzijn Oostland.", orgs=["Welzijn Oostland"])
    assert ("Welzijn Oostland", "provides", "buurtwerk") in got


def test_parties_that_work_together_in_a_body_take_part_in_it():
    got = relations("Lindegroep en het UWV werken samen in het Werkgeversloket Dal.",
                    orgs=["Lindegroep", "UWV", "Werkgeversloket Dal"])
    assert ("Lindegroep", "part_of", "Werkgeversloket Dal") in got
    assert ("UWV", "part_of", "Werkgeversloket Dal") in got
    assert any(p == "partner_of" and {s, o} == {"Lindegroep", "UWV"} for s, p, o in got)
    assert ("Werkgeversloket Dal", "partner_of", "Bergstad") not in got
    got = relations("Het Werkhuis Dal, een samenwerking van de gemeente met UWV, hielp 300 mensen.",
                    orgs=["Werkhuis Dal", "UWV"])
    assert ("UWV", "part_of", "Werkhuis Dal") in got
    got = relations("De bijstand voeren wij uit in het Werkhuis Dal, samen met UWV.", orgs=["Werkhuis Dal", "UWV"])
    assert ("UWV", "part_of", "Werkhuis Dal") in got


# --- under_law: an organisation that carries out a law, a service named under one ------------------------------

def test_a_law_carried_out_by_an_organisation_is_worked_under_not_provided():
    got = relations("De Participatiewet wordt sinds 2020 uitgevoerd door Werkbedrijf Dal.", orgs=["Werkbedrijf Dal"], laws=[PW])
    assert ("Werkbedrijf Dal", "under_law", "Participatiewet") in got
    # the law is no service it provides; carrying it out is (the guideline's services: "uitvoering van de X")
    assert {o for _, p, o in got if p == "provides"} == {"uitvoering van de Participatiewet"}, got


def test_an_organisation_carrying_out_tasks_of_a_law():
    for text in ("GGD Oostland voert voor ons de taken uit de Wet publieke gezondheid uit.",
                 "GGD Oostland voert taken uit op grond van de Wet publieke gezondheid.",
                 "GGD Oostland, die namens ons de monitor onder de Wet publieke gezondheid uitvoert, meldde meer."):
        got = relations(text, orgs=["GGD Oostland"], laws=[WPG])
        assert ("GGD Oostland", "under_law", "Wet publieke gezondheid") in got, text
        assert ("GGD Oostland", "provides", "taken") not in got
    # the law named after another verb is no law it carries out
    got = relations("GGD Oostland meldde dat de Wet publieke gezondheid verandert.", orgs=["GGD Oostland"], laws=[WPG])
    assert not any(p == "under_law" and s == "GGD Oostland" for s, p, _ in got)


def test_the_body_the_municipality_carries_out_a_law_in():
    got = relations("De Participatiewet voeren wij uit in het Werkhuis Dal.", orgs=["Werkhuis Dal"], laws=[PW])
    assert ("Werkhuis Dal", "under_law", "Participatiewet") in got


def test_a_phrase_right_before_onder_de_law():
    got = relations("Begeleiding onder de Wmo 2015 werd duurder.", laws=[WMO])
    assert ("Begeleiding", "under_law", WMO[0]) in got
    got = relations("De uitgaven voor de jeugdhulp onder de Jeugdwet stegen.", laws=[JW])
    assert ("jeugdhulp", "under_law", "Jeugdwet") in got
    # people are no service under a law
    got = relations("Het aantal inwoners onder de Jeugdwet daalde.", laws=[JW])
    assert not any(p == "under_law" for _, p, _ in got)


# --- provides: a coordinated list of tasks is a task each ----------------------------------------------------------

def test_a_list_of_tasks_of_one_organisation_is_a_task_each():
    got = relations("Het buurtwerk, het jongerenwerk en de inzet van wijkcoaches zijn ondergebracht bij Welzijn Dal.",
                    orgs=["Welzijn Dal"])
    assert {("Welzijn Dal", "provides", "buurtwerk"), ("Welzijn Dal", "provides", "jongerenwerk"),
            ("Welzijn Dal", "provides", "inzet van wijkcoaches")} <= got
    got = relations("Welzijn Dal verzorgt het opbouwwerk en de vrijwilligerscentrale.", orgs=["Welzijn Dal"])
    # each with its own article: a task each
    assert got == {("Welzijn Dal", "provides", "opbouwwerk"), ("Welzijn Dal", "provides", "vrijwilligerscentrale")}
    # one task: one relation
    got = relations("Welzijn Dal verzorgt het opbouwwerk.", orgs=["Welzijn Dal"])
    assert got == {("Welzijn Dal", "provides", "opbouwwerk")}


# --- funds: who receives money, read from the clause around the names ------------------------------------------------

def test_money_received_in_a_relative_clause_or_a_passive():
    got = relations("Het buurtwerk wordt gedaan door Welzijn Dal, die daarvoor een meerjarige subsidie ontvangt.",
                    orgs=["Welzijn Dal"])
    assert ("Bergstad", "funds", "Welzijn Dal") in got
    got = relations("De zorg werd geleverd door Zorgbureau Dal, dat in 2021 van de gemeente een bijdrage van € 1,5 miljoen kreeg.",
                    orgs=["Zorgbureau Dal"])
    assert ("Bergstad", "funds", "Zorgbureau Dal") in got
    got = relations("Stichting Buurtteams Dal wordt sinds 2019 door de gemeente gesubsidieerd.", orgs=["Buurtteams Dal"])
    assert ("Bergstad", "funds", "Buurtteams Dal") in got
    # paid by someone else: not the municipality
    got = relations("Zorgbureau Dal, dat een bijdrage van het Fonds Noord ontving, groeide.", orgs=["Zorgbureau Dal", "Fonds Noord"])
    assert ("Bergstad", "funds", "Zorgbureau Dal") not in got


def test_money_the_municipality_receives_from_a_payer():
    for text in ("Het budget dat wij hiervoor van het Rijk ontvangen, is niet toereikend.",
                 "Via de regeling ontvangen we van het Rijk een specifieke uitkering."):
        assert ("Rijk", "funds", "Bergstad") in relations(text, orgs=["Rijk"]), text


def test_a_fronted_means_and_its_receiver():
    got = relations("Met een bijdrage van het Fonds Noord heeft Buurtmaatjes Dal twaalf vrijwilligers opgeleid.",
                    orgs=["Fonds Noord", "Buurtmaatjes Dal"])
    assert ("Fonds Noord", "funds", "Buurtmaatjes Dal") in got
    got = relations("Met het Steunpakket Jeugd van het Rijk hebben wij extra activiteiten georganiseerd.", orgs=["Rijk"])
    assert ("Rijk", "funds", "Bergstad") in got


def test_a_payer_as_agent_before_its_participle():
    got = relations("De kosten van de nachtopvang worden door het Rijk vergoed.", orgs=["Rijk"])
    assert ("Rijk", "funds", "nachtopvang") in got
    got = relations("Bij de Ondernemersregeling zijn de lasten volledig door het Rijk gecompenseerd.",
                    orgs=["Rijk"], initiatives=["Ondernemersregeling"])
    assert ("Rijk", "funds", "Ondernemersregeling") in got
    got = relations("De kosten worden vergoed door het Rijk.", orgs=["Rijk"])
    assert ("Rijk", "funds", "Bergstad") in got


# --- contracted_by: a contract named after the organisation ---------------------------------------------------------

def test_a_contract_or_outsourcing_with_an_organisation():
    got = relations("Schuldhulp Dal, waarmee de gemeente een dienstverleningsovereenkomst heeft, hielp 80 huishoudens.",
                    orgs=["Schuldhulp Dal"])
    assert ("Schuldhulp Dal", "contracted_by", "Bergstad") in got
    got = relations("Dit jaar is met Stichting Taalpunt Dal een overeenkomst gesloten voor het taalaanbod aan nieuwkomers.",
                    orgs=["Taalpunt Dal"])
    assert ("Taalpunt Dal", "contracted_by", "Bergstad") in got
    assert ("Taalpunt Dal", "provides", "taalaanbod aan nieuwkomers") in got
    got = relations("Het dagelijks beheer is uitbesteed aan Stichting Onderdak Dal.", orgs=["Onderdak Dal"])
    assert ("Onderdak Dal", "contracted_by", "Bergstad") in got
    assert ("Onderdak Dal", "provides", "dagelijks beheer") in got
    # no contract signed
    got = relations("Met Schuldhulp Dal is geen overeenkomst gesloten.", orgs=["Schuldhulp Dal"])
    assert not any(p == "contracted_by" for _, p, _ in got)


# --- located_in: a sentence that opens with its places ----------------------------------------------------------------

def test_places_a_sentence_opens_with_are_where_its_subject_is():
    got = relations("In Akkerdorp, Veldhoek en Molenbuurt werken de buurtcoaches van Welzijn Dal vanuit de dorpshuizen.",
                    orgs=["Welzijn Dal"], places=["Akkerdorp", "Veldhoek", "Molenbuurt"])
    assert {(s, o) for s, p, o in got if p == "located_in"} == {
        ("buurtcoaches", "Akkerdorp"), ("buurtcoaches", "Veldhoek"), ("buurtcoaches", "Molenbuurt")}
    got = relations("In Veldhoek werden de kookclubs voor ouderen, waar het kon, voortgezet.", places=["Veldhoek"])
    assert ("kookclubs voor ouderen", "located_in", "Veldhoek") in got
    got = relations("In de wijken Veldhoek en Molenbuurt deden de teams mee aan de proef 'Wijk aan Zet'.",
                    places=["Veldhoek", "Molenbuurt"])
    assert ("Wijk aan Zet", "located_in", "Veldhoek") in got
    # a state, or the people who live there, is nothing located
    for text in ("In Veldhoek is de werkloosheid hoog.", "In Veldhoek wonen de meeste ouderen."):
        assert not any(p == "located_in" for _, p, _ in relations(text, places=["Veldhoek"])), text


def test_a_service_keeps_whom_it_is_for_but_not_the_place_or_body():
    got = relations("Zorgpunt Dal verzorgt de maaltijdservice voor ouderen.", orgs=["Zorgpunt Dal"])
    assert ("Zorgpunt Dal", "provides", "maaltijdservice voor ouderen") in got
    got = relations("Zorgpunt Dal verzorgt de crisisdienst voor de regio.", orgs=["Zorgpunt Dal"])
    assert ("Zorgpunt Dal", "provides", "crisisdienst") in got


# --- more cues of the same constructions -----------------------------------------------------------------------------

def test_members_of_a_joint_body_named_after_waaronder():
    got = relations("De Regio Dal is een gemeenschappelijke regeling van twaalf gemeenten, waaronder Bergstad, Akkerveen en Molendaal.",
                    orgs=["Regio Dal"], others=["Akkerveen", "Molendaal"])
    assert {s for s, p, o in _symmetric(got) if p == "part_of" and o == "Regio Dal"} == {"Bergstad", "Akkerveen", "Molendaal"}


def test_a_role_in_apposition_and_a_partner_compound():
    got = relations("Meldpunt Dal, het advies- en meldpunt voor huiselijk geweld, kreeg meer meldingen.", orgs=["Meldpunt Dal"])
    assert ("Meldpunt Dal", "provides", "advies- en meldpunt voor huiselijk geweld") in got
    got = relations("Stichting Welzijn Dal is onze belangrijkste uitvoeringspartner voor het buurtwerk en het jongerenwerk.",
                    orgs=["Welzijn Dal"])
    assert {("Welzijn Dal", "provides", "buurtwerk"), ("Welzijn Dal", "provides", "jongerenwerk")} <= got
    assert ("Welzijn Dal", "partner_of", "Bergstad") in got


def test_verbs_of_running_and_steering():
    got = relations("Welzijn Dal beheert verder de vrijwilligerscentrale.", orgs=["Welzijn Dal"])
    assert ("Welzijn Dal", "provides", "vrijwilligerscentrale") in got
    got = relations("Het buurtwerk wordt aangestuurd door Stichting Welzijn Dal.", orgs=["Welzijn Dal"])
    assert ("Welzijn Dal", "provides", "buurtwerk") in got


def test_a_phrase_under_a_law_at_the_start_of_a_paragraph():
    got = relations("Inleiding.\n\nMaatwerkvoorzieningen onder de Wmo 2015 worden ingekocht via een open procedure.", laws=[WMO])
    assert ("Maatwerkvoorzieningen", "under_law", WMO[0]) in got


def test_a_noun_pointing_back_to_the_one_organisation_named_before():
    text = "De toegang ligt sinds 2020 bij Stichting Wijkteams Dal. Deze stichting voert in opdracht van de gemeente de keukentafelgesprekken uit."
    got = relations(text, orgs=["Stichting Wijkteams Dal"])
    assert ("Stichting Wijkteams Dal", "provides", "keukentafelgesprekken") in got
    assert ("Stichting Wijkteams Dal", "contracted_by", "Bergstad") in got
    # two organisations named before: no antecedent
    text = "De toegang ligt bij Stichting Wijkteams Dal en bij Zorg Noord. Deze stichting voert de keukentafelgesprekken uit."
    got = relations(text, orgs=["Stichting Wijkteams Dal", "Zorg Noord"])
    assert not any(o == "keukentafelgesprekken" for _, _, o in got)


def test_a_bare_pair_of_services_as_passive_subject_is_one_object():
    got = relations("Begeleiding en dagbesteding worden onder meer geleverd door Zorg Noord en door Zorg Zuid.",
                    orgs=["Zorg Noord", "Zorg Zuid"])
    assert ("Zorg Noord", "provides", "Begeleiding en dagbesteding") in got
    assert ("Zorg Zuid", "provides", "Begeleiding en dagbesteding") in got


def test_no_task_pointed_at_and_the_bare_execution_of_the_project_just_named():
    got = relations("Het Inkoopbureau Dal, dat deze taak namens de regio uitvoert, groeit.", orgs=["Inkoopbureau Dal"])
    assert not any(p == "provides" for _, p, _ in got)
    got = relations("Het Sportakkoord Dal loopt tot 2025. De uitvoering ligt bij Sportbedrijf Dal.",
                    orgs=["Sportbedrijf Dal"], initiatives=["Sportakkoord Dal"])
    assert ("Sportbedrijf Dal", "provides", "Sportakkoord Dal") in got
    assert ("Sportbedrijf Dal", "provides", "uitvoering") not in got


def test_organisations_that_started_a_named_thing_provide_it():
    got = relations("Atletiekclub Dal en Zwemclub Dal zijn gestart met 'Bewegen op Recept'.",
                    orgs=["Atletiekclub Dal", "Zwemclub Dal"], initiatives=["Bewegen op Recept"])
    assert ("Atletiekclub Dal", "provides", "Bewegen op Recept") in got
    assert ("Zwemclub Dal", "provides", "Bewegen op Recept") in got


def test_the_body_a_law_is_carried_out_through_and_staff_employed_under_a_law():
    got = relations("Sinds 2020 voeren Bergstad en Akkerveen de Participatiewet en de Wsw gezamenlijk uit via het werkbedrijf Werk Dal.",
                    orgs=["Werk Dal"], others=["Akkerveen"], laws=[PW, WSW])
    assert ("Werk Dal", "under_law", "Participatiewet") in got
    assert ("Werk Dal", "under_law", WSW[0]) in got
    got = relations("Het werk ligt bij Werk Dal, dat ook de medewerkers met een Wsw-indicatie in dienst heeft.",
                    orgs=["Werk Dal"], laws=[WSW])
    assert ("Werk Dal", "under_law", WSW[0]) in got


def test_two_organisations_both_part_of_a_third():
    got = relations("GGD Dal en Meldpunt Dal zijn beide onderdeel van de Regio Dal.", orgs=["GGD Dal", "Meldpunt Dal", "Regio Dal"])
    assert ("GGD Dal", "part_of", "Regio Dal") in got
    assert ("Meldpunt Dal", "part_of", "Regio Dal") in got


def test_what_the_municipality_contributes_or_makes_available():
    got = relations("De bijdrage van Bergstad aan de Regio Dal steeg.", orgs=["Regio Dal"])
    assert ("Bergstad", "funds", "Regio Dal") in got
    got = relations("In Akkerveen organiseert Zorg Samen vervoer; de gemeente draagt hier jaarlijks € 20.000 aan bij.",
                    orgs=["Zorg Samen"])
    assert ("Bergstad", "funds", "Zorg Samen") in got
    got = relations("Voor de winter stelde de gemeente € 150.000 beschikbaar via de regeling 'Warm Dal'.", initiatives=["Warm Dal"])
    assert ("Bergstad", "funds", "Warm Dal") in got
    # a room made available is no money
    got = relations("Woonstichting Dal stelde in Akkerveen een ontmoetingsruimte beschikbaar.", orgs=["Woonstichting Dal"])
    assert not any(p == "funds" for _, p, _ in got)


# --- part_of: a named region -------------------------------------------------------------------------------------------

def test_members_of_a_named_region():
    got = relations("Voor de jeugdhulp is Bergstad aangesloten bij de jeugdzorgregio Zuidoost Dal, waarin ook Akkerveen en "
                    "De Molen deelnemen.", others=["Akkerveen", "De Molen"])
    assert {s for s, p, o in got if p == "part_of" and o == "jeugdzorgregio Zuidoost Dal"} == {"Bergstad", "Akkerveen", "De Molen"}
    got = relations("Voor de jeugdhulp maakt Bergstad deel uit van de regio IJsseldal.")
    assert ("Bergstad", "part_of", "regio IJsseldal") in got
    got = relations("Werkloket Dal, dat onderdeel is van de arbeidsmarktregio Midden-Dal, bemiddelt.", orgs=["Werkloket Dal"])
    assert ("Werkloket Dal", "part_of", "arbeidsmarktregio Midden-Dal") in got
    got = relations("Bergstad koopt samen met de andere gemeenten in de regio Centraal Dal de jeugdhulp in.")
    assert ("Bergstad", "part_of", "regio Centraal Dal") in got
    # a region named as a place, no membership
    assert not any(p == "part_of" for _, p, _ in relations("In de regio IJsseldal is de werkloosheid hoog."))


def test_an_indicator_label_of_people_with_a_law_service_states_nothing():
    law = ("Wet maatschappelijke ondersteuning 2015", "Wmo", "Wmo")
    got = relations("| Indicator | 2021 | 2022 |\n| Cliënten met een Wmo-maatwerkvoorziening | 2.100 | 2.200 |", laws=[law])
    assert not any(p == "under_law" for _, p, _ in got)
    got = relations("Het Wmo-vervoer wordt uitgevoerd door Taxi Dal.", orgs=["Taxi Dal"], laws=[law])
    assert ("Wmo-vervoer", "under_law", law[0]) in got


def test_a_preposition_and_deze_stichting_point_back_to_the_organisation_before():
    text = "Stichting Buurtteams Dal vormt de sociale teams. Aan deze stichting wordt voor 2022 een subsidie verstrekt."
    assert ("Bergstad", "funds", "Stichting Buurtteams Dal") in relations(text, orgs=["Stichting Buurtteams Dal"])
    text = "Stichting Buurtteams Dal vormt de sociale teams. Voor 2024 is voor deze stichting € 1.200.000 aan subsidie geraamd."
    assert ("Bergstad", "funds", "Stichting Buurtteams Dal") in relations(text, orgs=["Stichting Buurtteams Dal"])


def test_a_project_pointed_at_is_extended_to_a_place():
    text = "In 2021 startte het project 'Samen Thuis'. In 2022 breiden we dit project uit naar Molenbuurt."
    got = relations(text, initiatives=["Samen Thuis"], places=["Molenbuurt"])
    assert ("Samen Thuis", "located_in", "Molenbuurt") in got
    # not a programme the sentence names but the entity steps missed
    text = "In 2021 startte het project 'Samen Thuis'. Het programma Sterk Gezin is uitgebreid naar Molenbuurt."
    got = relations(text, initiatives=["Samen Thuis"], places=["Molenbuurt"])
    assert ("Samen Thuis", "located_in", "Molenbuurt") not in got


def test_staff_named_by_their_task_are_provided_by_their_organisation():
    got = relations("Daarmee worden onder meer de buurtsportcoaches van Beweegpunt Dal betaald.", orgs=["Beweegpunt Dal"])
    assert ("Beweegpunt Dal", "provides", "buurtsportcoaches") in got
    got = relations("Energiecoaches van Stichting Groen Dal bezochten 300 huishoudens.", orgs=["Groen Dal"])
    assert ("Groen Dal", "provides", "energiecoaches") in got
    # people who merely work there are no service
    got = relations("Dat is de verdienste van de medewerkers van Werkbedrijf Dal.", orgs=["Werkbedrijf Dal"])
    assert not any(p == "provides" for _, p, _ in got)


def test_working_with_unnamed_parties_on_it_states_no_partner_of_the_project():
    text = "Het project 'Sterk Begin' loopt in drie wijken. Meldpunt Dal werkt daarbij nauw samen met de wijkteams."
    got = relations(text, orgs=["Meldpunt Dal"], initiatives=["Sterk Begin"])
    assert ("Meldpunt Dal", "partner_of", "Sterk Begin") not in got
    text = "Het project 'Sterk Begin' loopt in drie wijken. Meldpunt Dal werkt daarbij samen met Humanitas Dal."
    got = relations(text, orgs=["Meldpunt Dal", "Humanitas Dal"], initiatives=["Sterk Begin"])
    assert any(p == "partner_of" and {s, o} == {"Meldpunt Dal", "Humanitas Dal"} for s, p, o in got)


def test_a_contract_is_no_partnership():
    got = relations("Voor de jeugdbeschermingsmaatregelen hebben wij een contract met Jeugdbescherming Dal.",
                    orgs=["Jeugdbescherming Dal"])
    assert ("Jeugdbescherming Dal", "contracted_by", "Bergstad") in got
    assert ("Jeugdbescherming Dal", "partner_of", "Bergstad") not in got
    text = ("Thuiszorg Dal en Zorg Noord leveren de hulp. Met hen hebben we contracten afgesloten, samen met de vier "
            "andere gemeenten in de regio.")
    got = relations(text, orgs=["Thuiszorg Dal", "Zorg Noord"])
    assert ("Thuiszorg Dal", "contracted_by", "Bergstad") in got
    assert not any(p == "partner_of" for _, p, _ in got)
    # working with someone is still a partnership
    got = relations("Voor de schuldhulp werken wij nauw met Humanitas Dal.", orgs=["Humanitas Dal"])
    assert ("Humanitas Dal", "partner_of", "Bergstad") in got


def test_a_subject_housed_in_places():
    got = relations("De teams zijn gehuisvest in Akkerdorp, Veldhoek en Molenbuurt.", places=["Akkerdorp", "Veldhoek", "Molenbuurt"])
    assert {(s, o) for s, p, o in got if p == "located_in"} == {("teams", "Akkerdorp"), ("teams", "Veldhoek"),
                                                                ("teams", "Molenbuurt")}
    # people living somewhere are nothing located
    got = relations("De bewoners zijn vooral actief in Veldhoek.", places=["Veldhoek"])
    assert not any(p == "located_in" for _, p, _ in got)


def test_parties_a_named_project_runs_with_or_that_started_it_together():
    got = relations("Met Zorggroep Dal, de wijkverpleging en de huisartsen loopt sinds 2020 het project 'Samen Oud'.",
                    orgs=["Zorggroep Dal"], initiatives=["Samen Oud"])
    assert ("Zorggroep Dal", "partner_of", "Samen Oud") in got
    got = relations("In Akkerdorp zijn Welzijn Dal en Woonstichting Dal samen het project 'Thuis in Akkerdorp' begonnen.",
                    orgs=["Welzijn Dal", "Woonstichting Dal"], initiatives=["Thuis in Akkerdorp"], places=["Akkerdorp"])
    assert ("Welzijn Dal", "partner_of", "Thuis in Akkerdorp") in got
    assert ("Woonstichting Dal", "partner_of", "Thuis in Akkerdorp") in got
