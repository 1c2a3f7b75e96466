"""Thirteenth round: relations of a passive whose agent an assignment names, object phrases that end in a
coordination. Every sentence here is invented."""

from .conftest import names_of
from .test_relations import OWN, relations


def test_a_service_phrase_keeps_the_last_conjunct_of_its_complement():
    orgs = ["Veilig Thuis Noordwest"]
    text = "Meldingen van huiselijk geweld en kindermishandeling worden afgehandeld door Veilig Thuis Noordwest."
    got = relations(text, orgs=orgs)
    assert ("Veilig Thuis Noordwest", "provides", "Meldingen van huiselijk geweld en kindermishandeling") in got
    # an "en" that opens a clause of its own still ends the phrase
    text = "Veilig Thuis Noordwest biedt advies en werkt samen met de politie."
    got = relations(text, orgs=orgs)
    assert ("Veilig Thuis Noordwest", "provides", "advies") in got


def test_a_task_assigned_or_purchased_is_provided_by_its_contractor():
    orgs = ["Risdal Groep", "Planwerk Financieel"]
    text = ("Beschut werk is opgedragen aan Risdal Groep. De schuldhulpverlening is opnieuw ingekocht bij "
            "Planwerk Financieel.")
    got = relations(text, orgs=orgs)
    assert {("Risdal Groep", "provides", "Beschut werk"), ("Risdal Groep", "contracted_by", OWN),
            ("Planwerk Financieel", "provides", "schuldhulpverlening"),
            ("Planwerk Financieel", "contracted_by", OWN)} <= got


def test_an_apposition_that_says_what_an_organisation_is_says_where_it_is():
    got = relations("Werkvast, het sociaal werkbedrijf in Noorddorp, voert de Wsw uit.", orgs=["Werkvast"],
                    places=["Noorddorp"])
    assert ("Werkvast", "located_in", "Noorddorp") in got
    # a place of what the organisation does is not its seat
    got = relations("Werkvast, dat in 2021 in Noorddorp een project startte, voert de Wsw uit.", orgs=["Werkvast"],
                    places=["Noorddorp"])
    assert ("Werkvast", "located_in", "Noorddorp") not in got


def test_a_sentence_opening_with_zij_or_a_kind_of_organisation_is_about_the_one_named_before():
    got = relations("Voor de jeugdgezondheidszorg hebben we opdracht gegeven aan GGD Dal. Zij voert ook het "
                    "rijksvaccinatieprogramma uit.", orgs=["GGD Dal"])
    assert ("GGD Dal", "provides", "rijksvaccinatieprogramma") in got
    got = relations("Dat doen we met Larwerk. Dit werkbedrijf biedt beschut werk en detacheringen.", orgs=["Larwerk"])
    assert ("Larwerk", "provides", "beschut werk en detacheringen") in got


def test_a_relative_clause_lists_what_the_organisation_before_it_carries_out():
    got = relations("Welzijn Dal (WD), die in opdracht van de gemeente het ouderenwerk, het jongerenwerk en het "
                    "opbouwwerk in alle kernen uitvoert, kreeg een subsidie.", orgs=["Welzijn Dal"])
    assert {("Welzijn Dal", "provides", x) for x in ("ouderenwerk", "jongerenwerk", "opbouwwerk")} <= got


def test_a_passive_relative_clause_names_who_provides_the_noun_before_it():
    got = relations("Het inloopspreekuur, dat door Welzijn Dal wordt verzorgd, trok 300 bezoekers.", orgs=["Welzijn Dal"])
    assert ("Welzijn Dal", "provides", "inloopspreekuur") in got
    got = relations("Het jongerenwerk, dat door Welzijn Dal in Noorddorp en Zuiddorp wordt uitgevoerd, bereikte 500 "
                    "jongeren.", orgs=["Welzijn Dal"], places=["Noorddorp", "Zuiddorp"])
    assert ("Welzijn Dal", "provides", "jongerenwerk") in got
    # people are no service
    got = relations("De bewoners, die door Welzijn Dal worden begeleid, zijn tevreden.", orgs=["Welzijn Dal"])
    assert not {r for r in got if r[1] == "provides"}


def test_a_service_point_that_is_part_of_an_organisation_is_provided_by_it():
    got = relations("Het Steunpunt Mantelzorg is onderdeel van Welzijn Dal.", orgs=["Welzijn Dal"])
    assert ("Welzijn Dal", "provides", "Steunpunt Mantelzorg") in got


def test_a_service_purchased_from_listed_providers_is_provided_by_each():
    orgs = ["Dalzorg", "Carizorg", "Thuiszorg Het Dal"]
    got = relations("De huishoudelijke hulp is voor de periode 2018-2020 ingekocht bij drie aanbieders, te weten Dalzorg, "
                    "Carizorg en Thuiszorg Het Dal.", orgs=orgs)
    assert {(o, "provides", "huishoudelijke hulp") for o in orgs} <= got
    got = relations("Huishoudelijke ondersteuning is gecontracteerd bij Dalzorg en Carizorg.", orgs=orgs)
    assert {(o, "provides", "Huishoudelijke ondersteuning") for o in orgs[:2]} <= got


def test_a_cooperation_only_looked_into_or_postponed_is_none():
    for text in ("Een samenwerking met Zorgverzekeraar Dal op het gebied van preventie is onderzocht, maar is in 2018 "
                 "niet tot stand gekomen.",
                 "Een samenwerking met Zorgverzekeraar Dal is onderzocht.",
                 "Een gezamenlijke aanpak met Zorgverzekeraar Dal is uitgesteld naar 2021."):
        got = relations(text, orgs=["Zorgverzekeraar Dal"])
        assert not {r for r in got if r[1] == "partner_of"}, text
    # looking into something together is working together
    got = relations("Samen met Zorgverzekeraar Dal is onderzocht hoe we schulden eerder zien.", orgs=["Zorgverzekeraar Dal"])
    assert ("Zorgverzekeraar Dal", "partner_of", OWN) in got


def test_an_organisation_said_to_be_seated_in_a_place_is_located_there():
    got = relations("Larwerk is gevestigd in Bergstad.", orgs=["Larwerk"])
    assert ("Larwerk", "located_in", OWN) in got
    got = relations("Inkoopbureau Dal, dat in Noorddorp is gevestigd, koopt de jeugdhulp in.", orgs=["Inkoopbureau Dal"],
                    places=["Noorddorp"])
    assert ("Inkoopbureau Dal", "located_in", "Noorddorp") in got
    got = relations("Vluchtelingenhulp Dal, dat in Bergstad kantoor houdt, begeleidt statushouders.",
                    orgs=["Vluchtelingenhulp Dal"])
    assert ("Vluchtelingenhulp Dal", "located_in", OWN) in got
    # the municipality as the place of work of an organisation is no seat
    got = relations("Larwerk is actief in heel Bergstad.", orgs=["Larwerk"])
    assert ("Larwerk", "located_in", OWN) not in got


def test_a_perfect_passive_with_its_agent_before_the_participle_and_a_pair_as_subject():
    got = relations("Jeugdgezondheidszorg en de inspecties kinderopvang zijn ook in 2018 door GGD Dal uitgevoerd.",
                    orgs=["GGD Dal"])
    assert {("GGD Dal", "provides", "Jeugdgezondheidszorg"), ("GGD Dal", "provides", "inspecties kinderopvang")} <= got


def test_beide_opening_a_sentence_points_at_the_two_organisations_before():
    got = relations("Huishoudelijke hulp wordt geleverd door Prozorg en Zorggroep Dal. Beide zijn door de gemeente "
                    "gecontracteerd.", orgs=["Prozorg", "Zorggroep Dal"])
    assert {("Prozorg", "contracted_by", OWN), ("Zorggroep Dal", "contracted_by", OWN)} <= got


def test_a_relative_clause_between_an_organisation_and_its_verb_and_a_particle_that_ends_the_object():
    laws = [("Wet maatschappelijke ondersteuning 2015", "Wmo 2015", "Wmo 2015"), ("Jeugdwet", None, "Jeugdwet")]
    got = relations("Het Centrum voor Deelname (CMD), dat in het gemeentehuis in Noorddorp is ondergebracht, voert de "
                    "toegang uit voor de Wmo 2015 en de Jeugdwet.", orgs=["Centrum voor Deelname"], places=["Noorddorp"],
                    laws=laws)
    assert ("Centrum voor Deelname", "provides", "toegang") in got
    # the laws after "uit voor" are no objects of the verb
    assert not {r for r in got if r[0] == "Centrum voor Deelname" and r[1] == "under_law"}


def test_objects_after_a_place_adverbial_or_in_a_copula_relative_and_no_verb_as_service():
    got = relations("Antes en het Leger des Heils bieden in Noorddorp beschermde woonplekken.",
                    orgs=["Antes", "Leger des Heils"], places=["Noorddorp"])
    assert {("Antes", "provides", "beschermde woonplekken"), ("Leger des Heils", "provides", "beschermde woonplekken")} <= got
    got = relations("Welzijn Dal is daarmee de organisatie die zowel het welzijnswerk als de toegang tot ondersteuning "
                    "verzorgt.", orgs=["Welzijn Dal"])
    assert {("Welzijn Dal", "provides", "welzijnswerk"), ("Welzijn Dal", "provides", "toegang tot ondersteuning")} <= got
    got = relations("Vrijwilligers van Humanitas verzorgen de thuisadministratie.", orgs=["Humanitas"])
    assert got == {("Humanitas", "provides", "thuisadministratie")}
    got = relations("Woondal stelt daarvoor een wijkbeheerder en een ontmoetingsruimte aan de Kerkstraat beschikbaar.",
                    orgs=["Woondal"])
    assert ("Woondal", "provides", "wijkbeheerder en een ontmoetingsruimte") in got


def test_what_a_grant_is_for_is_provided_by_its_receiver():
    got = relations("Aan Punt Dal is in 2021 een subsidie verstrekt van € 2,35 miljoen voor het algemeen maatschappelijk "
                    "werk, het ouderenwerk en het jongerenwerk.", orgs=["Punt Dal"])
    assert {("Punt Dal", "provides", x) for x in ("algemeen maatschappelijk werk", "ouderenwerk", "jongerenwerk")} <= got
    got = relations("Humanitas Dal ontvangt subsidie voor het project Thuisadministratie.", orgs=["Humanitas Dal"])
    assert ("Humanitas Dal", "provides", "project Thuisadministratie") in got


def test_a_team_made_up_of_staff_of_the_municipality_and_organisations_makes_them_partners():
    orgs = ["Welzijn Dal", "MEE Dal"]
    for text in ("De sociale teams worden gevormd door medewerkers van de gemeente, Welzijn Dal en MEE Dal.",
                 "De gebiedsteams zijn samengesteld uit medewerkers van de gemeente, Welzijn Dal en MEE Dal."):
        got = relations(text, orgs=orgs)
        assert {(o, "partner_of", OWN) for o in orgs} <= got, text


def test_a_name_no_step_took_that_opens_its_sentence_and_is_seated_or_provides():
    got = relations("Westdal Groep is gevestigd in Noorddorp.", places=["Noorddorp"])
    assert ("Westdal Groep", "located_in", "Noorddorp") in got
    got = relations("Tzorgdal biedt huishoudelijke hulp.")
    assert ("Tzorgdal", "provides", "huishoudelijke hulp") in got
    # a sentence that opens with an article or a pronoun names no one
    assert not relations("Zij biedt huishoudelijke hulp. De gemeente biedt schuldhulp.")


def test_a_name_or_a_service_point_right_before_in_a_place_stands_there():
    got = relations("De nachtopvang wordt geboden door het Leger des Heils in Noorddorp.", orgs=["Leger des Heils"],
                    places=["Noorddorp"])
    assert ("Leger des Heils", "located_in", "Noorddorp") in got
    got = relations("De GGD werkt op de consultatiebureaus in Noorddorp en Zuiddorp.", places=["Noorddorp", "Zuiddorp"])
    assert {("consultatiebureaus", "located_in", "Noorddorp"), ("consultatiebureaus", "located_in", "Zuiddorp")} <= got
    got = relations("De drie gebiedsteams, die gevestigd zijn in Noorddorp en Zuiddorp, zijn de toegang.",
                    places=["Noorddorp", "Zuiddorp"])
    assert ("gebiedsteams", "located_in", "Zuiddorp") in got
    # where an agent works, or an organisation followed by its object, is no seat
    got = relations("Het jongerenwerk, dat door Welzijn Dal in Noorddorp wordt uitgevoerd, groeit.", orgs=["Welzijn Dal"],
                    places=["Noorddorp"])
    assert ("Welzijn Dal", "located_in", "Noorddorp") not in got
    got = relations("In 2024 heeft Welzijn Dal in Noorddorp de steunpunten ingericht.", orgs=["Welzijn Dal"],
                    places=["Noorddorp"])
    assert ("Welzijn Dal", "located_in", "Noorddorp") not in got


def test_a_sentence_opening_preposition_is_no_part_of_a_name_with_its_acronym():
    text = ("Gemeente Zeist, jaarverslag 2021. Aan Stichting Welzijn Dal (SWD) is een subsidie verstrekt. Door Stichting "
            "Werkdal (SW) is de schuldhulp uitgevoerd.")
    names = names_of(text, "organisations")
    assert {"Welzijn Dal", "Werkdal"} <= names, names
    assert not any(n.split()[0] in ("Aan", "Door") for n in names), names


def test_organisations_that_work_together_without_a_partner_named_work_with_each_other():
    got = relations("Arendshof en Orionis Dal werken nauw samen.", orgs=["Arendshof", "Orionis Dal"])
    assert ("Arendshof", "partner_of", "Orionis Dal") in got
    assert not {r for r in got if OWN in r}  # the text does not say they work with the municipality
    got = relations("Arendshof en Orionis Dal werken met de gemeente samen.", orgs=["Arendshof", "Orionis Dal"])
    assert ("Arendshof", "partner_of", OWN) in got


def test_the_phrase_before_onder_de_wet_is_the_service_without_its_verb():
    laws = [("Wet gemeentelijke schuldhulpverlening", None, "Wet gemeentelijke schuldhulpverlening"),
            ("Wet maatschappelijke ondersteuning 2015", "Wmo", "Wmo")]
    got = relations("We bieden schuldhulp onder de Wet gemeentelijke schuldhulpverlening.", laws=laws)
    assert got == {("schuldhulp", "under_law", "Wet gemeentelijke schuldhulpverlening")}
    got = relations("Dit programma beschrijft hoe de gemeente de taken uitvoert onder de Wmo.", laws=laws)
    assert not {r for r in got if r[1] == "under_law" and "uitvoert" in r[0]}


def test_a_contract_with_several_municipalities_makes_each_a_client():
    got = relations("Hulpmiddelen worden geleverd door Welzorg Dal, dat daarvoor een contract heeft met de gemeenten "
                    "Bergstad, Vlaardingen en Maassluis.", orgs=["Welzorg Dal"], others=["Vlaardingen", "Maassluis"])
    assert {("Welzorg Dal", "contracted_by", m) for m in (OWN, "Vlaardingen", "Maassluis")} <= got


def test_providers_of_a_service_the_sentence_before_says_was_tendered_are_contracted():
    got = relations("De huishoudelijke hulp hebben we samen met Kapelle aanbesteed. De huishoudelijke hulp wordt geleverd "
                    "door Allevo en Zorgstroom.", orgs=["Allevo", "Zorgstroom"])
    assert {("Allevo", "contracted_by", OWN), ("Zorgstroom", "contracted_by", OWN)} <= got
    # nothing tendered before: no contract
    got = relations("De huishoudelijke hulp is belangrijk. De huishoudelijke hulp wordt geleverd door Allevo.",
                    orgs=["Allevo"])
    assert ("Allevo", "contracted_by", OWN) not in got


def test_a_capitalised_run_ending_in_groep_is_no_initiative():
    text = "Gemeente Zeist, jaarverslag 2021. Daarnaast is Westdal Groep verantwoordelijk voor de Wsw."
    assert "Westdal Groep" not in names_of(text, "initiatives")
