"""Constructions of any report, nineteenth round: coordinated services as the gold writes them, membership of a
regeling, who gives money to whom, teams, fronted objects and places, and names that ran into the next word or body."""

from .test_relations import relations


def test_the_executor_of_services_provides_them_not_the_role():
    got = relations("Stichting Welzijn Heuvelstee is de uitvoerder van het opbouwwerk en het jongerenwerk.",
                    orgs=["Welzijn Heuvelstee"])
    provided = {o for s, p, o in got if p == "provides"}
    assert provided == {"opbouwwerk", "jongerenwerk"}
    got = relations("Het Steunpunt Dalwijk is het meldpunt voor vragen over mantelzorg.", orgs=["Steunpunt Dalwijk"])
    assert ("Steunpunt Dalwijk", "provides", "meldpunt voor vragen over mantelzorg") in got


def test_a_member_of_a_gemeenschappelijke_regeling_is_part_of_it():
    text = "Bergstad neemt deel aan de gemeenschappelijke regeling GGD Dalwijk, samen met onder meer Maasdorp en Vlietstad."
    got = relations(text, orgs=["GGD Dalwijk"], others=["Maasdorp", "Vlietstad"])
    assert {(m, "part_of", "GGD Dalwijk") for m in ("Bergstad", "Maasdorp", "Vlietstad")} <= got
    assert not [r for r in got if r[1] == "partner_of"]  # the sentence says more than working together
    got = relations("Bergstad is een van de deelnemende gemeenten van de Veiligheidsregio Dalwijk.",
                    orgs=["Veiligheidsregio Dalwijk"])
    assert ("Bergstad", "part_of", "Veiligheidsregio Dalwijk") in got
    # taking part in what an organisation does is working with it
    got = relations("Wij nemen deel aan de acties van Welzijn Heuvelstee.", orgs=["Welzijn Heuvelstee"])
    assert {r[1] for r in got} == {"partner_of"}


def test_two_organisations_both_housed_in_a_third():
    text = "De GGD Dalwijk en Veilig Thuis Dalwijk, beide ondergebracht bij de gemeenschappelijke regeling Regio Dalwijk, " \
           "werken samen met ons."
    got = relations(text, orgs=["GGD Dalwijk", "Veilig Thuis Dalwijk", "Regio Dalwijk"])
    assert {("GGD Dalwijk", "part_of", "Regio Dalwijk"), ("Veilig Thuis Dalwijk", "part_of", "Regio Dalwijk")} <= got


def test_people_an_organisation_has_supported():
    for text in ("Welzijn Heuvelstee heeft in 2022 134 statushouders begeleid.",
                 "In 2022 heeft Welzijn Heuvelstee 134 statushouders begeleid bij hun inburgering."):
        got = relations(text, orgs=["Welzijn Heuvelstee"])
        assert ("Welzijn Heuvelstee", "provides", "begeleiding van statushouders") in got, text
    got = relations("Welzijn Heuvelstee heeft 80 mantelzorgers ondersteund.", orgs=["Welzijn Heuvelstee"])
    assert ("Welzijn Heuvelstee", "provides", "ondersteuning van mantelzorgers") in got
    # what was done to no people is no service
    got = relations("Welzijn Heuvelstee heeft het plan ondersteund.", orgs=["Welzijn Heuvelstee"])
    assert not [r for r in got if r[1] == "provides"]


def test_a_verb_that_starts_like_a_sector_word_is_no_part_of_a_name():
    from .conftest import names_of
    text = ("Gemeente Bergstad, jaarverslag 2023. In samenwerking met Welzijn Heuvelstee zorgden we voor een warm welkom. "
            "Met Stichting Dalwijk zorgen wij voor maaltijden.")
    got = names_of(text, "organisations")
    assert {"Welzijn Heuvelstee", "Dalwijk"} <= got
    assert not [n for n in got if n.lower().endswith(" zorg")]


def test_the_municipality_works_on_what_others_take_part_in():
    from .test_relations import OWN
    cases = (("De gemeente gaat meewerken aan het project 'Samen Sterk'.", "Samen Sterk"),
             ("In Bergstad werkten we aan de doelstellingen van het Gezond Leven Akkoord.", "Gezond Leven Akkoord"),
             ("Wij geven uitvoering aan het Pact Wonen en Zorg.", "Pact Wonen en Zorg"))
    for text, thing in cases:
        got = relations(text, initiatives=[thing])
        assert (OWN, "partner_of", thing) in got, text
        assert (OWN, "provides", thing) not in got, text
    # carrying out a plan of its own is providing it
    got = relations("Wij geven uitvoering aan het actieplan Grip op Zorg.", initiatives=["Grip op Zorg"])
    assert (OWN, "provides", "Grip op Zorg") in got


def test_an_object_before_the_verb_and_its_subject_after_it():
    got = relations("De jeugdgezondheidszorg voert de GGD Dalwijk uit.", orgs=["GGD Dalwijk"])
    assert ("GGD Dalwijk", "provides", "jeugdgezondheidszorg") in got
    got = relations("Het leerlingenvervoer verzorgt Vervoer Heuvelstee.", orgs=["Vervoer Heuvelstee"])
    assert ("Vervoer Heuvelstee", "provides", "leerlingenvervoer") in got
    # a subject first, then a verb and an indirect object, is no fronted object
    got = relations("De stichting levert Welzijn Heuvelstee de gegevens aan voor de monitor.", orgs=["Welzijn Heuvelstee"])
    assert ("Welzijn Heuvelstee", "provides", "stichting") not in got


def test_staff_deployed_somewhere_are_what_is_deployed():
    got = relations("Welzijn Heuvelstee zet buurtsportcoaches in op de basisscholen in Dalwijk.", orgs=["Welzijn Heuvelstee"])
    assert ("Welzijn Heuvelstee", "provides", "buurtsportcoaches") in got
    # "zet (sterk) in op X" is a focus, nothing deployed
    for text in ("Welzijn Heuvelstee zet in op preventie.", "Welzijn Heuvelstee zet sterk in op de preventie."):
        assert not [r for r in relations(text, orgs=["Welzijn Heuvelstee"]) if r[1] == "provides"], text


def test_a_dorpshuis_is_an_organisation():
    from .conftest import names_of
    text = "Gemeente Bergstad, jaarverslag 2023. In Dalwijk opende het Dorpshuis De Linde een ontmoetingsplek voor ouderen."
    assert "Dorpshuis De Linde" in names_of(text, "organisations")


def test_a_name_with_a_head_word_stops_before_a_second_body():
    from .conftest import names_of
    text = ("Gemeente Bergstad, jaarverslag 2023. Samen met Welzijn Heuvelstee en de GGD Dalwijk hebben we de Week tegen "
            "Eenzaamheid georganiseerd. Ook Welzijn Heuvelstee en de Voedselbank Dalwijk deden mee.")
    got = names_of(text, "organisations")
    assert {"Welzijn Heuvelstee", "GGD Dalwijk", "Voedselbank Dalwijk"} <= got
    assert not [n for n in got if " en de " in n]
    # "en de" inside one name stays
    text = "Gemeente Bergstad, jaarverslag 2023. Het Samenwerkingsverband Onderwijs Dalwijk en de Heuvels hielp."
    assert "Samenwerkingsverband Onderwijs Dalwijk en de Heuvels" in names_of(text, "organisations")


def test_a_body_that_gives_the_municipality_money_funds_it_or_what_it_is_for():
    from .test_relations import OWN
    got = relations("De Provincie Dalwijk gaf ons een bijdrage van € 50.000 voor de Week tegen Eenzaamheid.",
                    orgs=["Provincie Dalwijk"], initiatives=["Week tegen Eenzaamheid"])
    assert ("Provincie Dalwijk", "funds", "Week tegen Eenzaamheid") in got
    assert (OWN, "funds", "Provincie Dalwijk") not in got  # the giver gives; it does not receive
    for text in ("Het Rijk heeft ons een specifieke uitkering verstrekt voor de opvang van vluchtelingen.",
                 "Van het Rijk ontvingen we een uitkering voor de opvang van vluchtelingen."):
        got = relations(text, orgs=["Rijk"])
        assert ("Rijk", "funds", OWN) in got, text


def test_an_organisation_working_with_a_team_is_the_teams_partner():
    from .test_relations import OWN
    got = relations("Voor inwoners met schulden werkt het sociaal team samen met Schuldhulpmaatje Dalwijk.",
                    orgs=["Schuldhulpmaatje Dalwijk"])
    assert ("Schuldhulpmaatje Dalwijk", "partner_of", "sociaal team") in got
    # the municipality's team without a name of its own: its partner is the municipality's too (test_round23)
    assert ("Schuldhulpmaatje Dalwijk", "partner_of", OWN) in got
    got = relations("Het Sociaal Team Bergstad werkt nauw samen met Welzijn Heuvelstee en de GGD Dalwijk.",
                    orgs=["Welzijn Heuvelstee", "GGD Dalwijk"])
    assert {(a, "partner_of", "Sociaal Team Bergstad") for a in ("Welzijn Heuvelstee", "GGD Dalwijk")} <= got
    # the municipality that works with a team and an organisation works with both
    got = relations("We werken samen met het sociaal team en Welzijn Heuvelstee.", orgs=["Welzijn Heuvelstee"])
    assert ("Welzijn Heuvelstee", "partner_of", OWN) in got


def test_what_opened_or_was_built_in_a_place_is_there():
    got = relations("In Nieuwleusen en Lemelerveld is met hulp van Welzijn Heuvelstee een gratis ontbijtclub gestart.",
                    orgs=["Welzijn Heuvelstee"], places=["Nieuwleusen", "Lemelerveld"])
    assert {("ontbijtclub", "located_in", p) for p in ("Nieuwleusen", "Lemelerveld")} <= got
    got = relations("In Lemelerveld is in 2022 een nieuwe ontmoetingsplek voor ouderen geopend.", places=["Lemelerveld"])
    assert ("ontmoetingsplek voor ouderen", "located_in", "Lemelerveld") in got
    got = relations("Welzijn Heuvelstee realiseerde in Nieuwleusen 16 kleine woningen voor jongeren.",
                    orgs=["Welzijn Heuvelstee"], places=["Nieuwleusen"])
    assert ("16 kleine woningen voor jongeren", "located_in", "Nieuwleusen") in got
    got = relations("In Oost opende Welzijn Heuvelstee een buurthuiskamer.", orgs=["Welzijn Heuvelstee"], places=["Oost"])
    assert ("buurthuiskamer", "located_in", "Oost") in got
    # people who started somewhere are no thing located there
    got = relations("In Oost zijn de vrijwilligers gestart.", places=["Oost"])
    assert not [r for r in got if r[1] == "located_in"]


def test_who_pays_named_after_the_cue():
    got = relations("Het project 'Fit in Bergstad' wordt gefinancierd uit de Brede Impuls Combinatiefuncties.",
                    initiatives=["Fit in Bergstad", "Brede Impuls Combinatiefuncties"])
    assert ("Brede Impuls Combinatiefuncties", "funds", "Fit in Bergstad") in got
    got = relations("Het project 'Samen Sterk' is mogelijk gemaakt door een bijdrage uit het Oranje Fonds.",
                    orgs=["Oranje Fonds"], initiatives=["Samen Sterk"])
    assert ("Oranje Fonds", "funds", "Samen Sterk") in got
    got = relations("De buurtsportcoaches worden voor 40% betaald uit de regeling Brede Impuls Combinatiefuncties.",
                    initiatives=["Brede Impuls Combinatiefuncties"])
    assert ("Brede Impuls Combinatiefuncties", "funds", "buurtsportcoaches") in got


def test_what_the_municipality_pays_for_together_with_another():
    from .test_relations import OWN
    got = relations("Dit gebeurt in de pilot 'Dagbesteding Dichtbij', die samen met zorgverzekeraar Zorg Dalwijk wordt "
                    "gefinancierd.", orgs=["Zorg Dalwijk"], initiatives=["Dagbesteding Dichtbij"])
    assert {("Zorg Dalwijk", "funds", "Dagbesteding Dichtbij"), (OWN, "funds", "Dagbesteding Dichtbij")} <= got
    assert not [r for r in got if r[1] == "partner_of"]


def test_the_team_a_laws_work_goes_through_works_under_it():
    names = ["Wet maatschappelijke ondersteuning 2015", "Jeugdwet"]
    laws = [(n, None, n) for n in names]
    got = relations("De toegang tot ondersteuning op grond van de Wet maatschappelijke ondersteuning 2015 en de Jeugdwet "
                    "loopt via de zes gebiedsteams.", laws=laws)
    assert {("gebiedsteams", "under_law", law) for law in names} <= got
    assert not [r for r in got if r[0].startswith("toegang")]  # the access is no service of its own
    got = relations("De Wet maatschappelijke ondersteuning 2015 en de Jeugdwet voeren we uit via het Sociaal Team Bergstad.",
                    laws=laws)
    assert {("Sociaal Team Bergstad", "under_law", law) for law in names} <= got


def test_people_under_a_law_are_no_service():
    got = relations("Voor nieuwe doelgroepen onder de Participatiewet wordt ons eigen Werkplein Dalwijk ingezet.",
                    orgs=["Werkplein Dalwijk"], laws=[("Participatiewet", None, "Participatiewet")])
    assert not [r for r in got if r[0] == "nieuwe doelgroepen"]


def test_what_happens_on_the_basis_of_a_law_is_under_it():
    got = relations("Vroegsignalering van betalingsachterstanden gebeurt sinds 2021 op basis van de Participatiewet.",
                    laws=[("Participatiewet", None, "Participatiewet")])
    assert ("Vroegsignalering van betalingsachterstanden", "under_law", "Participatiewet") in got


def test_a_named_team_is_an_initiative():
    from .conftest import names_of
    text = ("Gemeente Bergstad, jaarverslag 2023. Inwoners met een hulpvraag kunnen terecht bij het Sociaal Team Bergstad. "
            "Het Sociaal Team Bergstad voerde 1.200 keukentafelgesprekken.")
    assert "Sociaal Team Bergstad" in names_of(text, "initiatives")
    assert "Sociaal Team Bergstad" not in names_of(text, "organisations")


def test_the_first_half_of_a_compound_in_a_list_is_no_name():
    from .conftest import names_of
    text = ("Gemeente Bergstad, jaarverslag 2023. De jeugdgezondheidszorg werd uitgevoerd door de GGD Dalwijk, het Advies- "
            "en Meldpunt Huiselijk geweld door Veilig Thuis Dalwijk.")
    got = names_of(text, "organisations")
    assert {"GGD Dalwijk", "Veilig Thuis Dalwijk"} <= got
    assert "Advies" not in got
