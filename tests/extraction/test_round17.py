"""Laws written in lower case or with a space for the hyphen."""

from .conftest import names_of


def test_an_acts_one_word_name_in_lower_case_is_the_act():
    text = ("Gemeente Bergeijk, begroting 2022. Dat doen we vooral met de uitvoering van de jeugdwet, WMO "
            "en participatiewet.")
    assert {"Jeugdwet", "Participatiewet", "Wet maatschappelijke ondersteuning 2015"} <= names_of(text, "laws")
    assert "Jeugdwet" not in names_of(text.replace("jeugdwet", "jeugd"), "laws")


def test_the_un_convention_with_a_space_for_its_hyphen():
    text = ("Gemeente Bergeijk, jaarverslag 2021. Een participatief traject dat recht doet aan het uitgangspunt van het "
            "VN Verdrag ‘niets over ons, zonder ons’.")
    assert "VN-verdrag inzake de rechten van personen met een handicap" in names_of(text, "laws")


OVERVIEW = ("§6. Verbonden partijen\n\nDe gemeente Bergstad heeft bestuurlijke en financiële belangen in verbonden "
            "partijen.\n\na. Verbonden partijen\n\nIn onderstaand overzicht worden de verbonden partijen opgesomd:\n\n"
            "Verbonden partijen gemeente Bergstad\n\n1.\n\nGR\n\nAfvaldienst Heuvelland\n\n3\n\n2.\n\nGR\n\n"
            "Veiligheidsregio Heuvelland (met als onderdelen Brandweer en GHOR)\n\n8\n\n"
            "Div. deelnemingen a.g.v. verkoop van Stroom Oost aan Energie West:\n(Vordering op Netwerk Zuid BV)\n\n"
            "Vennootschappen/Deelnemingen:\n\nWoonwinkel Bergstad BV Werkleerbedrijf Dal BV\n\n"
            "Toelichting\n\nDe Afvaldienst Heuvelland werkt samen met Recycling Noord aan een nieuwe milieustraat.")
OVERVIEW_ORGS = ["Afvaldienst Heuvelland", "Veiligheidsregio Heuvelland", "Brandweer", "GHOR", "Stroom Oost",
                 "Energie West", "Netwerk Zuid", "Woonwinkel Bergstad", "Werkleerbedrijf Dal", "Recycling Noord"]


def test_the_bodies_of_an_overview_of_verbonden_partijen_are_the_municipalitys_partners():
    from .test_relations import OWN, relations
    got = {o for s, p, o in relations(OVERVIEW, orgs=OVERVIEW_ORGS) if p == "partner_of" and s == OWN}
    assert got == {"Afvaldienst Heuvelland", "Veiligheidsregio Heuvelland", "Woonwinkel Bergstad",
                   "Werkleerbedrijf Dal"}


def test_without_the_overviews_heading_a_list_of_names_states_no_partnership():
    from .test_relations import OWN, relations
    text = OVERVIEW.replace("§6. Verbonden partijen", "§6. Overzicht").replace("a. Verbonden partijen", "a. Lijst") \
        .replace("Verbonden partijen gemeente Bergstad", "Namen").replace("Vennootschappen/Deelnemingen:", "Overig:")
    got = {o for s, p, o in relations(text, orgs=OVERVIEW_ORGS) if p == "partner_of" and s == OWN}
    assert not got & {"Afvaldienst Heuvelland", "Woonwinkel Bergstad", "Werkleerbedrijf Dal"}


def test_our_partners_listed_one_a_line_without_bullets_are_the_municipalitys():
    from .test_relations import OWN, relations
    text = ("Sociale basis\n\nHet Huis van de Wijk opent in 2026.\n\nOnze partners in de sociale basis:\nWelzijn Bergstad\n"
            "Bergstad Actief\nVoedselbank Bergstad\n\nWelzijn Bergstad voert het ouderenwerk uit.")
    got = relations(text, orgs=["Welzijn Bergstad", "Voedselbank Bergstad"], initiatives=["Huis van de Wijk"])
    for name in ("Welzijn Bergstad", "Bergstad Actief", "Voedselbank Bergstad"):
        assert (name, "partner_of", OWN) in got or (OWN, "partner_of", name) in got, name
    assert not any(o == "Huis van de Wijk" for s, p, o in got if p == "partner_of")


def test_a_subsidy_table_with_columns_of_spaces_is_read_like_one_with_bars():
    from .test_relations import OWN, relations
    text = ("Overzicht verleende subsidies (bedragen in euro's)\n"
            "Organisatie                         Activiteit                      Subsidie 2025\n"
            "Stichting Welzijn Bergstad          Welzijnswerk, jongerenwerk         1.285.000\n"
            "Buurthuis De Linde                  Ontmoeting                            32.000\n"
            "Totaal                                                              1.317.000\n")
    got = relations(text, orgs=["Stichting Welzijn Bergstad"])
    assert {(OWN, "funds", "Stichting Welzijn Bergstad"), (OWN, "funds", "Buurthuis De Linde")} <= got
    assert not any(o == "Totaal" for s, p, o in got)


def test_a_passive_said_of_people_or_of_cases_names_the_service_its_agent_provides():
    from .test_relations import relations
    for text, org, obj in (
            ("Statushouders worden begeleid door Vluchtelingenhulp Oost.", "Vluchtelingenhulp Oost",
             "begeleiding van statushouders"),
            ("Meldingen over huiselijk geweld worden behandeld door Meldpunt Heuvelland.", "Meldpunt Heuvelland",
             "behandeling van meldingen over huiselijk geweld"),
            ("Persoonsgebonden budgetten worden uitbetaald via de Betaaldienst Oost.", "Betaaldienst Oost",
             "uitbetaling van persoonsgebonden budgetten"),
            ("De dagbesteding wordt uitgevoerd door Welzijn Oost.", "Welzijn Oost", "dagbesteding")):
        assert (org, "provides", obj) in relations(text, orgs=[org]), text
    assert relations("Statushouders worden daarna door Vluchtelingenhulp Oost gebeld.",
                     orgs=["Vluchtelingenhulp Oost"]) == set()


def test_the_kind_of_the_organisation_just_named_as_an_object_is_that_organisation():
    from .test_relations import OWN, relations
    for text, org in (
            ("Stichting Welzijn Oost voert het opbouwwerk uit. De gemeente Bergstad heeft de stichting in 2021 "
             "gesubsidieerd met € 3.184.000.", "Welzijn Oost"),
            ("Voedselbank De Haven deelt wekelijks pakketten uit. De gemeente ondersteunt de voedselbank met een "
             "huurbijdrage.", "Voedselbank De Haven")):
        assert (OWN, "funds", org) in relations(text, orgs=[org]), text
    # a name that is no stichting's, or two names before: no antecedent
    assert not any(p == "funds" for s, p, o in relations(
        "Welzijn Oost voert het opbouwwerk uit. De gemeente heeft de stichting in 2021 gesubsidieerd met € 3.000.",
        orgs=["Welzijn Oost"]))
    assert not any(p == "funds" for s, p, o in relations(
        "Stichting Welzijn Oost en Stichting Buurtwerk voeren het opbouwwerk uit. De gemeente heeft de stichting in "
        "2021 gesubsidieerd met € 3.000.", orgs=["Welzijn Oost", "Buurtwerk"]))


def test_the_municipality_that_has_subsidised_an_organisation_funds_it():
    from .test_relations import OWN, relations
    text = "De gemeente Bergstad heeft Welzijn Oost in 2021 gesubsidieerd met € 3.184.000."
    assert (OWN, "funds", "Welzijn Oost") in relations(text, orgs=["Welzijn Oost"])
    text = "De provincie heeft Welzijn Oost in 2021 gesubsidieerd met € 3.184.000."
    assert (OWN, "funds", "Welzijn Oost") not in relations(text, orgs=["Welzijn Oost"])


def test_buying_in_from_an_organisation_is_a_contract_not_a_partnership():
    from .test_relations import OWN, relations
    text = "Voor dak- en thuisloze inwoners kopen we plaatsen in bij Opvang Oost."
    assert (("Opvang Oost", "contracted_by", OWN)) in relations(text, orgs=["Opvang Oost"])
    text = "Daarnaast kopen wij, samen met Dalwijk, bij Opvang Oost plaatsen in voor vrouwenopvang."
    got = relations(text, orgs=["Opvang Oost"], others=["Dalwijk"])
    assert {("Opvang Oost", "contracted_by", OWN), ("Dalwijk", "partner_of", OWN)} <= got
    assert ("Opvang Oost", "partner_of", OWN) not in got
    assert relations("Wij kopen bij Sportclub Oost in de kantine een drankje.", orgs=["Sportclub Oost"]) == set()


def test_municipalities_we_go_along_with_or_buy_in_with_are_partners():
    from .test_relations import OWN, relations
    got = relations("Wij trekken op het gebied van bestaanszekerheid op met Dalwijk en Heuvelstee.",
                    others=["Dalwijk", "Heuvelstee"])
    assert {("Dalwijk", "partner_of", OWN), ("Heuvelstee", "partner_of", OWN)} <= got
    assert ("Dalwijk", "partner_of", OWN) in relations("Specialistische jeugdhulp kopen we in met Dalwijk.",
                                                        others=["Dalwijk"])
    assert relations("De leerlingen trekken hun jas op met hulp van Welzijn Oost.", orgs=["Welzijn Oost"]) == set()


def test_a_phrase_that_names_nothing_is_no_end_of_a_relation():
    from sdkg.loaders.extract.relations import _not_a_thing
    for phrase in ("Voor nieuwe doelgroepen", "arbeidsmarkt werken wij", "voormalige schoolgebouw omgebouwd tot",
                   "Daarvoor"):
        assert _not_a_thing(phrase), phrase
    for phrase in ("Samen voor Gezond", "ouderenwerk", "begeleiding van statushouders", "Daarvoor Fonds"):
        assert not _not_a_thing(phrase), phrase
    from .test_relations import relations
    got = relations("Voor nieuwe doelgroepen onder de Participatiewet wordt ons eigen Werkplein ingezet.",
                    laws=[("Participatiewet", None, "Participatiewet")])
    assert not any(s.startswith("Voor ") for s, p, o in got)


def test_the_partners_of_a_named_body_are_its_partners_not_the_municipalitys():
    from .test_relations import OWN, relations
    orgs = ["Buurtwerk Noord", "Jongerenhuis", "Straatwerk Oost", "Samenwerkingsverband Jongeren Dal"]
    text = ("De focus lag op accommodaties waar de partners van het Samenwerkingsverband Jongeren Dal (Buurtwerk Noord, "
            "Jongerenhuis en Straatwerk Oost) activiteiten uitvoeren.")
    got = relations(text, orgs=orgs)
    for a in orgs[:3]:
        assert (a, "partner_of", "Samenwerkingsverband Jongeren Dal") in got, a
        assert (a, "partner_of", OWN) not in got, a


def test_a_subsidy_contract_with_organisations_is_funding():
    from .test_relations import OWN, relations
    got = relations("Het college besloot tot het verlengen van het subsidiecontract met de Welzijnsgroep en MEE.",
                    orgs=["Welzijnsgroep", "MEE"])
    assert {(OWN, "funds", "Welzijnsgroep"), (OWN, "funds", "MEE")} <= got


def test_work_the_municipality_contracts_out_is_no_partnership_in_the_same_sentence():
    from .test_relations import OWN, relations
    text = ("Een groot deel van deze taken hebben we uitbesteed aan gemeenschappelijke regelingen waaronder de "
            "Afvaldienst Heuvelland en de GGD Heuvelland.")
    got = relations(text, orgs=["Afvaldienst Heuvelland", "GGD Heuvelland"])
    assert ("GGD Heuvelland", "contracted_by", OWN) in got
    assert not any(p == "partner_of" for s, p, o in got)


def test_a_long_list_between_werken_and_samen_works_together_on_the_named_initiative():
    from .test_relations import relations
    orgs = ["De Linde", "GGD Heuvelland", "Bibliotheek Bergstad", "Welzijn Oost", "Dal", "Zorggroep Heuvel",
            "Stichting De Bron"]
    text = ("Onder de naam Samen Verder werken woonzorgcentrum De Linde, gemeente Bergstad, GGD Heuvelland, "
            "Bibliotheek Bergstad, Zorggroep Heuvel, Stichting De Bron, Welzijn Oost en woonstichting Dal sinds 2021 "
            "samen.")
    got = relations(text, orgs=orgs, initiatives=["Samen Verder"])
    for a in orgs:
        assert (a, "partner_of", "Samen Verder") in got, a
    text = "Wij werken aan de wijken Noord, Oost, Zuid en West, en zetten samen met Welzijn Oost in op ontmoeting."
    assert ("Welzijn Oost", "partner_of", "Samen Verder") not in relations(text, orgs=["Welzijn Oost"])


def test_what_an_organisation_hands_out_or_builds_past_a_place_or_time_it_provides():
    from .test_relations import relations
    for text, org, obj in (
            ("Voedselbank De Haven verstrekte wekelijks pakketten aan gemiddeld 142 huishoudens.", "Voedselbank De Haven",
             "pakketten"),
            ("Woonstichting Dal realiseerde in Dalwijk 16 kleine woningen voor jongeren.", "Woonstichting Dal",
             "16 kleine woningen voor jongeren"),
            ("Voor ouderen met dementie biedt Zorgboerderij De Beek in Dalwijk dagbesteding aan.", "Zorgboerderij De Beek",
             "dagbesteding"),
            ("Het Taalhuis Oost, gevestigd in de bibliotheek van Dalwijk, biedt taalcursussen aan.", "Taalhuis Oost",
             "taalcursussen"),
            ("Welzijn Oost is daarnaast verantwoordelijk voor het opbouwwerk.", "Welzijn Oost", "opbouwwerk")):
        assert (org, "provides", obj) in relations(text, orgs=[org], places=["Dalwijk"]), text


def test_the_municipality_a_joint_body_sits_in_is_no_partner():
    from .test_relations import OWN, relations
    text = "• Gemeenschappelijke Regeling Omgevingsdienst Heuvelland te Dalwijk;"
    got = relations(text, orgs=["Omgevingsdienst Heuvelland"], others=["Dalwijk"])
    assert ("Dalwijk", "partner_of", OWN) not in got and (OWN, "partner_of", "Dalwijk") not in got
    text = "• Gemeenschappelijke Regeling Omgevingsdienst Heuvelland, samen met Dalwijk;"
    got = relations(text, orgs=["Omgevingsdienst Heuvelland"], others=["Dalwijk"])
    assert any("Dalwijk" in (s, o) for s, p, o in got if p == "partner_of")


def test_a_heading_glued_to_the_sentence_before_it_starts_a_unit_of_its_own():
    from sdkg.loaders.sentences import units
    text = "De regio bereidt de hulpverlening voor.Deelnemers\nDe gemeenten Dalwijk en Bergstad."
    assert [text[u.start:u.end] for u in units(text)] == [
        "De regio bereidt de hulpverlening voor.", "Deelnemers", "De gemeenten Dalwijk en Bergstad."]
    for kept in ("Zie www.bergstad.nl voor meer.", "Stichting St.Jozef helpt.", "Het Wonen.Nu-loket helpt."):
        assert len(units(kept)) == 1, kept


def test_the_organisations_a_body_comprises_are_its_parts():
    from .test_relations import relations
    orgs = ["Veiligheidsregio Heuvelland", "Brandweer Heuvelland", "GHOR Heuvelland", "Meldcentrum Heuvelland"]
    text = ("De Veiligheidsregio Heuvelland omvat Brandweer Heuvelland, de GHOR Heuvelland en het Meldcentrum "
            "Heuvelland.")
    got = relations(text, orgs=orgs)
    for a in orgs[1:]:
        assert (a, "part_of", "Veiligheidsregio Heuvelland") in got, a
    got = relations("Veiligheidsregio Heuvelland (met als onderdelen Brandweer Heuvelland en GHOR Heuvelland)", orgs=orgs)
    assert ("GHOR Heuvelland", "part_of", "Veiligheidsregio Heuvelland") in got
    got = relations("De Veiligheidsregio Heuvelland werkt met Brandweer Heuvelland.", orgs=orgs)
    assert not any(p == "part_of" for s, p, o in got)


def test_agreements_made_with_organisations_make_them_partners():
    from .test_relations import OWN, relations
    got = relations("In 2016 hebben we met de woningcorporaties Woonstichting Dal en Woonbron Dal prestatieafspraken gemaakt.",
                    orgs=["Woonstichting Dal", "Woonbron Dal"])
    assert {("Woonstichting Dal", "partner_of", OWN), ("Woonbron Dal", "partner_of", OWN)} <= got
    got = relations("Woonstichting Dal en de gemeente hebben afgesproken om in Dalwijk 30 seniorenwoningen te bouwen.",
                    orgs=["Woonstichting Dal"])
    assert ("Woonstichting Dal", "partner_of", OWN) in got
    got = relations("Woonstichting Dal bouwt met de aannemer 30 woningen; de afspraken gemaakt in 2015 gelden nog.",
                    orgs=["Woonstichting Dal"])
    assert ("Woonstichting Dal", "partner_of", OWN) not in got


def test_a_team_that_has_been_part_of_a_foundation_since_a_date_is_part_of_it():
    from .test_relations import relations
    text = "Sociaal Team Bergstad, dat sinds 1 januari 2019 onderdeel is van Stichting Kompas, werkt in vier wijken."
    got = relations(text, orgs=["Sociaal Team Bergstad", "Stichting Kompas"])
    assert ("Sociaal Team Bergstad", "part_of", "Stichting Kompas") in got


def test_a_contribution_for_a_task_to_an_organisation_funds_it():
    from .test_relations import OWN, relations
    got = relations("Het betreft de bijdrage voor de jeugdgezondheidszorg (basistaken) aan de GGD Heuvelland.",
                    orgs=["GGD Heuvelland"])
    assert (OWN, "funds", "GGD Heuvelland") in got
    got = relations("Wij leveren een bijdrage voor de jeugd aan de Regionale Agenda van GGD Heuvelland.",
                    orgs=["GGD Heuvelland"])
    assert (OWN, "funds", "GGD Heuvelland") not in got


def test_a_relative_clause_that_names_for_whom_before_what_it_carries_out():
    from .test_relations import relations
    laws = [("Wet sociale werkvoorziening", "Wsw", "Wet sociale werkvoorziening")]
    text = "Het werk gaat via Werkbedrijf Oost, dat voor Dalwijk, Heuvelstee en Bergstad de Wet sociale werkvoorziening uitvoert."
    got = relations(text, orgs=["Werkbedrijf Oost"], others=["Dalwijk", "Heuvelstee"], laws=laws)
    assert ("Werkbedrijf Oost", "under_law", "Wet sociale werkvoorziening") in got
    got = relations("Het werk gaat via Werkbedrijf Oost, dat voor ons de re-integratie uitvoert.", orgs=["Werkbedrijf Oost"])
    assert ("Werkbedrijf Oost", "provides", "re-integratie") in got
