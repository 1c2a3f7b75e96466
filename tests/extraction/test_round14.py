"""Fourteenth round: what is no service object (a pronoun, a period) and the adverbial "namens de regio" before
one; a national name that one more capitalised word makes a name of its own. Every sentence here is invented."""

from .conftest import names_of
from .test_relations import OWN, relations


def test_a_pronoun_or_a_period_is_no_service():
    got = relations("In Noorddorp werken drie wijkteams. Deze zijn ondergebracht bij Welzijn Dal.", orgs=["Welzijn Dal"])
    assert not {r for r in got if r[1] == "provides" and r[2].lower() in ("deze", "zij", "die")}
    got = relations("Welzijn Dal en Zorggroep Oost zijn door de gemeente gecontracteerd voor de periode 2021-2024.",
                    orgs=["Welzijn Dal", "Zorggroep Oost"])
    assert not {r for r in got if r[1] == "provides" and "periode" in r[2]}


def test_on_behalf_of_the_region_is_no_part_of_the_object():
    got = relations("Het Inkoopbureau Dal verzorgt namens de regio de inkoop van jeugdhulp.", orgs=["Inkoopbureau Dal"])
    assert ("Inkoopbureau Dal", "provides", "inkoop van jeugdhulp") in got
    got = relations("Werkvast voert in opdracht van de regio de re-integratie uit.", orgs=["Werkvast"])
    assert ("Werkvast", "provides", "re-integratie") in got


def test_a_national_name_and_one_more_capitalised_word_is_one_name():
    text = ("Buurtzorg Jong zet in op het versterken van ouders. In samenwerking met scholen biedt Buurtzorg Jong "
            "groepstrainingen. Ook Buurtzorg levert wijkverpleging in Noorddorp.")
    assert "Buurtzorg Jong" in names_of(text, "organisations")
    # a lower-case word after it is no part of it
    assert "Humanitas" in names_of("De vrijwilligers van Humanitas helpen gezinnen.", "organisations")


def test_an_icon_label_run_into_a_heading_is_no_organisation():
    text = "iconInleiding\n\nIn 2031 werken we met Welzijn Dal aan de sociale basis in Noorddorp."
    assert "iconInleiding" not in names_of(text, "organisations")
    assert "deWijk" in names_of("In Noorddorp werkt deWijk aan de sociale basis met vrijwilligers.", "organisations")


def test_national_planning_offices_advisory_bodies_and_insurers_under_their_written_forms():
    text = ("We benutten rapporten van de SER en het Planbureau voor de Leefomgeving (PBL). Samen met Zorg & Zekerheid "
            "werken we aan preventie in Noorddorp.")
    assert {"Sociaal-Economische Raad", "Planbureau voor de Leefomgeving", "Zorg en Zekerheid"} <= names_of(
        text, "organisations")


def test_the_names_a_list_of_contracted_providers_or_partners_gives():
    cases = [
        ("In 2031 heeft Noorddorp 64 aanbieders gecontracteerd, onder wie Plurant, Lindora en Karaat.",
         {"Plurant", "Lindora", "Karaat"}),
        ("Ketenpartners zijn onder meer Korana, Mondstede en Xandor.", {"Korana", "Mondstede", "Xandor"}),
        ("Namens Noorddorp zijn voor 2031 onder andere Dichtera en Pro Mentis gecontracteerd.",
         {"Dichtera", "Pro Mentis"}),
        ("Via het inkoopbureau heeft Noorddorp contracten met onder meer Sterk Thuis, Juvento en Prismo.",
         {"Sterk Thuis", "Juvento", "Prismo"}),
        ("Voor de huishoudelijke ondersteuning zijn drie aanbieders gecontracteerd: Carevin, Tzorgo en Aafdal.",
         {"Carevin", "Tzorgo", "Aafdal"}),
        ("Met Heemstaete en Woonpunto zijn prestatieafspraken gemaakt over sociale huurwoningen.",
         {"Heemstaete", "Woonpunto"}),
        ("Hiervoor hebben wij afspraken gemaakt met Thuisvesta, Dal Water en Enexo.", {"Thuisvesta", "Dal Water", "Enexo"}),
    ]
    for text, names in cases:
        assert names <= names_of(text, "organisations"), text
    # topics after "onder andere" are no names
    assert not names_of("We hebben onder andere jeugdhulp en de Wmo gecontracteerd.", "organisations")


def test_a_head_word_and_its_place_is_a_whole_name_before_en():
    got = names_of("Met Woningstichting West-Brabant en Ymarel maken we prestatieafspraken.", "organisations")
    assert {"Woningstichting West-Brabant", "Ymarel"} <= got
    # a head and a pair of names that are no places is still one name
    assert "Zorggroep Maas en Roer" in names_of("De dagbesteding wordt geboden door Zorggroep Maas en Roer.",
                                                "organisations")


def test_names_with_groep_with_an_ampersand_with_van_or_with_two_regions_sharing_a_tail():
    got = names_of("De re-integratie voeren het Werkgeversservicepunt Noord-Limburg en de Kesse Groep samen uit.",
                   "organisations")
    assert {"Werkgeversservicepunt Noord-Limburg", "Kesse Groep"} <= got
    assert "Zorggroep Rijn & Waal" in names_of("De dagbesteding wordt geboden door Zorggroep Rijn & Waal.",
                                               "organisations")
    assert "SchuldHulpMaatje Land van Cuijk" in names_of(
        "Vrijwilligers van SchuldHulpMaatje Land van Cuijk begeleiden inwoners met schulden.", "organisations")
    got = names_of("Beschermd wonen wordt geboden door de RIBW Noord- en Midden-Limburg.", "organisations")
    assert "RIBW Noord- en Midden-Limburg" in got and "RIBW Noord-" not in got


def test_a_provider_whose_verb_follows_an_amount_in_a_clause_a_first_verb_or_a_fronted_grant():
    got = relations("Stichting Wijkkracht Dal, die een subsidie van € 1.650.000 ontving, verzorgt het buurtwerk en de "
                    "ouderenadvisering.", orgs=["Wijkkracht Dal"])
    assert {("Wijkkracht Dal", "provides", "buurtwerk"), ("Wijkkracht Dal", "provides", "ouderenadvisering")} <= got
    got = relations("Welzijn Dal ontvangt hiervoor een subsidie van € 3,1 miljoen en verzorgt het opbouwwerk en het "
                    "ouderenwerk.", orgs=["Welzijn Dal"])
    assert {("Welzijn Dal", "provides", "opbouwwerk"), ("Welzijn Dal", "provides", "ouderenwerk")} <= got
    got = relations("Met een subsidie van € 900.000 verzorgt Welzijn Dal het jongerenwerk.", orgs=["Welzijn Dal"])
    assert ("Welzijn Dal", "provides", "jongerenwerk") in got
    # another subject after "en" is no first verb of the same one
    got = relations("Welzijn Dal werkt samen met Humanitas en Zorg Oost verzorgt de thuiszorg.",
                    orgs=["Welzijn Dal", "Humanitas", "Zorg Oost"])
    assert ("Welzijn Dal", "provides", "thuiszorg") not in got


def test_a_service_fronted_with_its_law_names_what_the_contractor_provides():
    got = relations("Voor de begeleiding van statushouders onder de Wet inburgering is opdracht gegeven aan Werkdal.",
                    orgs=["Werkdal"], laws=[("Wet inburgering 2021", None, "Wet inburgering")])
    assert {("Werkdal", "provides", "begeleiding van statushouders"), ("Werkdal", "contracted_by", OWN)} <= got


def test_a_bare_head_noun_points_back_to_the_name_just_given():
    got = relations("Het Sociaal Team Dal bestaat uit medewerkers van Welzijn Dal. Het team is daarmee onderdeel van "
                    "Welzijn Dal.", orgs=["Welzijn Dal"], initiatives=["Sociaal Team Dal"])
    assert ("Sociaal Team Dal", "part_of", "Welzijn Dal") in got
    assert not {r for r in got if "team" in (r[0], r[2])}


def test_a_postcode_run_into_a_po_box_and_a_place_in_capitals_are_no_names():
    text = "Gemeente Noorddorp\nAdres:Postbus 5112003 PB Haarlem\n\nWe werken samen met Welzijn Dal."
    assert "PB Haarlem" not in names_of(text, "organisations")
    text = "JAARVERSLAG 2031 OMMEN Versie 22 april 2032\n\nWe werken samen met Welzijn Dal."
    assert not {n for n in names_of(text, "organisations") if n.startswith("OMMEN")}


def test_a_national_name_with_two_compass_points_of_one_region():
    got = names_of("De subsidie die VluchtelingenWerk West en Midden-Nederland in 2031 ontving, was voor de begeleiding "
                   "van statushouders.", "organisations")
    assert "VluchtelingenWerk West en Midden-Nederland" in got and "Midden-Nederland" not in got


def test_a_name_after_a_kind_of_organisation_in_lower_case_or_in_brackets_after_a_role():
    got = names_of("De Doorpakkers, een samenwerking van sociale werkvoorziening Afdal en welzijnsorganisatie De Bedde, "
                   "hielp hem verder.", "organisations")
    assert {"Afdal", "De Bedde"} <= got
    assert "Lavvel" in names_of("Bij twee van de tien kernpartners (Lavvel en Ihob) is het budget op.", "organisations")
