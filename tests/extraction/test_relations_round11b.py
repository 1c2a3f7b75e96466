"""Relations of the eleventh round, second part: what an organisation puts at others' disposal.
Sentences invented for the tests."""

from .test_relations import relations


def test_what_an_organisation_puts_at_disposal_it_provides():
    org = "Woonstichting Oost"
    for text, obj in (
            ("Woonstichting Oost stelt daarnaast een wijkbeheerder beschikbaar.", "wijkbeheerder"),
            ("Woonstichting Oost stelde in Bergkwartier een ontmoetingsruimte beschikbaar.", "ontmoetingsruimte"),
            ("Woonstichting Oost stelde 8 woningen beschikbaar voor jongeren die uitstromen uit de jeugdzorg.",
             "woningen voor jongeren die uitstromen uit de jeugdzorg"),
            ("Woonstichting Oost heeft in Bergkwartier de renovatie van 60 woningen afgerond en stelde een ruimte "
             "beschikbaar voor het wijkcentrum.", "ruimte voor wijkcentrum")):
        assert (org, "provides", obj) in relations(text, orgs=[org], places=["Bergkwartier"]), text


def test_the_project_something_is_put_at_disposal_for_has_the_organisation_as_partner():
    org = "Woonstichting Oost"
    text = "Woonstichting Oost stelde een complex beschikbaar voor het project 'Wonen in de Wijk'."
    got = relations(text, orgs=[org])
    assert (org, "partner_of", "Wonen in de Wijk") in got
    text = ("In Bergkwartier startte de aanpak 'Buurt Vooruit'. Woonstichting Oost stelt daarvoor een ruimte in de "
            "flat beschikbaar.")
    got = relations(text, orgs=[org], initiatives=["Buurt Vooruit"])
    assert (org, "partner_of", "Buurt Vooruit") in got


def test_money_or_people_put_at_disposal_are_no_service():
    org = "Woonstichting Oost"
    for text in ("Woonstichting Oost stelt een wijkbudget van € 20.000 beschikbaar.",
                 "Woonstichting Oost stelt de bewoners een ruimte beschikbaar."):
        got = relations(text, orgs=[org])
        assert not any(p == "provides" for s, p, o in got), (text, got)


def test_those_we_work_with_in_a_body_are_its_partners_not_ours():
    from .test_relations import OWN
    body = "Werkbedrijf Oost"
    text = ("Inwoners met een arbeidsbeperking worden begeleid door Werkbedrijf Oost, de gemeenschappelijke regeling "
            "waarin wij samenwerken met onder meer Dalwijk en Heuvelstee.")
    got = relations(text, orgs=[body], others=["Dalwijk", "Heuvelstee"])
    for m in ("Dalwijk", "Heuvelstee"):
        # the municipalities of a gemeenschappelijke regeling are its members, part of it (as "neemt deel aan de
        # gemeenschappelijke regeling X" makes them), and work together in it
        assert (m, "part_of", body) in got, m
        assert (m, "partner_of", OWN) in got, m
    assert (OWN, "part_of", body) in got
    text = (f"De jeugdhulp wordt ingekocht via Inkoop Jeugd Oost (IJO), waarin {OWN} samenwerkt met Dalwijk en de "
            "andere gemeenten in de regio.")
    got = relations(text, orgs=["Inkoop Jeugd Oost"], others=["Dalwijk"])
    # the municipalities that work together in the body are its members, part of it
    assert ("Dalwijk", "part_of", "Inkoop Jeugd Oost") in got
    assert ("Dalwijk", "partner_of", OWN) not in got


def test_a_payer_named_in_a_clause_about_money_funds_what_the_clause_says():
    from .test_relations import OWN
    rijk = "Rijk"
    cases = (
        ("Beschermd wonen wordt voor de regio uitgevoerd door de centrumgemeente Dalwijk, die daarvoor de middelen "
         "van het Rijk ontvangt.", "Dalwijk", [], ["Dalwijk"]),
        ("Dankzij de Regeling Sport Oost van het Rijk konden wij twee buurtsportcoaches aanstellen.",
         "Regeling Sport Oost", ["Regeling Sport Oost"], []),
        ("Via het Beweegakkoord Oost (BAO) ontvangen we van het Rijk een specifieke uitkering.",
         "Beweegakkoord Oost", ["Beweegakkoord Oost"], []),
        ("Onder de naam 'Fit in Oost' werken wij aan een preventieakkoord, waarvoor het Rijk via een regeling "
         "extra middelen beschikbaar stelt.", "Fit in Oost", ["Fit in Oost"], []),
        ("Met de extra middelen die het Rijk via het steunpakket beschikbaar stelde, konden wij activiteiten "
         "versneld oppakken.", OWN, [], []),
        ("De nachtopvang bleef het hele jaar open; het Rijk compenseerde de extra kosten.", OWN, [], []))
    for text, obj, inits, others in cases:
        got = relations(text, orgs=[rijk], initiatives=inits, others=others)
        assert (rijk, "funds", obj) in got, (text, got)


def test_money_a_payer_puts_available_without_us_or_a_project_funds_no_one():
    text = "De extra middelen die het Rijk beschikbaar stelde, zijn ingezet voor de opvang."
    got = relations(text, orgs=["Rijk"])
    assert not any(p == "funds" for s, p, o in got), got


def test_municipalities_that_keep_a_joint_body_or_belong_to_a_region_are_part_of_it():
    from .test_relations import OWN
    text = ("Voor de uitvoering van de Participatiewet maken wij gebruik van Werkbedrijf Oost, de uitvoeringsorganisatie "
            f"die {OWN} samen met Dalwijk en Heuvelstee in stand houdt.")
    got = relations(text, orgs=["Werkbedrijf Oost"], others=["Dalwijk", "Heuvelstee"])
    for m in (OWN, "Dalwijk", "Heuvelstee"):
        assert (m, "part_of", "Werkbedrijf Oost") in got, m
    assert ("Dalwijk", "partner_of", "Werkbedrijf Oost") not in got
    text = (f"De jeugdhulp wordt ingekocht door de regio Oostland, waarvan {OWN} samen met onder meer Dalwijk en "
            "Heuvelstee deel uitmaakt.")
    got = relations(text, others=["Dalwijk", "Heuvelstee"])
    for m in (OWN, "Dalwijk", "Heuvelstee"):
        assert (m, "part_of", "regio Oostland") in got, (m, got)
        assert (m, "partner_of", OWN) not in got


def test_who_buys_a_service_in_for_the_municipality_provides_its_purchasing():
    for text, agent, obj, orgs in (
            ("De specialistische jeugdhulp wordt ingekocht door het Inkoopbureau Jeugd Oost (IJO).",
             "Inkoopbureau Jeugd Oost", "inkoop specialistische jeugdhulp", ["Inkoopbureau Jeugd Oost"]),
            ("De jeugdhulp op grond van de Jeugdwet wordt sinds 2020 ingekocht via Inkoop Zorg Oost.",
             "Inkoop Zorg Oost", "inkoop jeugdhulp", ["Inkoop Zorg Oost"]),
            ("De specialistische jeugdhulp kopen wij in via het Inkoopbureau Jeugd Oost.",
             "Inkoopbureau Jeugd Oost", "inkoop specialistische jeugdhulp", ["Inkoopbureau Jeugd Oost"]),
            ("De jeugdhulp wordt ingekocht door de regio Oostland, waarvan Dalwijk deel uitmaakt.", "regio Oostland",
             "inkoop jeugdhulp", [])):
        got = relations(text, orgs=orgs, laws=[("Jeugdwet", None, "Jeugdwet")], others=["Dalwijk"])
        assert (agent, "provides", obj) in got, (text, got)


def test_goods_bought_from_a_supplier_are_no_purchasing_it_provides():
    text = "De hulpmiddelen worden ingekocht bij Hulpmiddelen Oost."
    got = relations(text, orgs=["Hulpmiddelen Oost"])
    assert not any(o.startswith("inkoop") for s, p, o in got), got


def test_an_organisation_housed_with_another_is_part_of_it_not_its_service():
    vt, ggd = "Veilig Thuis Oost", "GGD Oost"
    for text in ("Veilig Thuis Oost, ondergebracht bij de GGD Oost, blijft het meldpunt voor huiselijk geweld.",
                 "Veilig Thuis Oost, dat als zelfstandige eenheid bij de GGD Oost is ondergebracht, voert de wettelijke "
                 "taken uit.",
                 "Veilig Thuis Oost wordt gefinancierd door de gemeenten in de regio en is ondergebracht bij de GGD Oost."):
        got = relations(text, orgs=[vt, ggd])
        assert (vt, "part_of", ggd) in got, (text, got)
        assert (ggd, "provides", vt) not in got, text


def test_the_employer_of_staff_provides_them():
    org = "Sportbedrijf Oost"
    for text, staff in (
            ("De vijf buurtsportcoaches zijn in dienst van Sportbedrijf Oost en worden deels door het Rijk betaald.",
             "buurtsportcoaches"),
            ("De toegang is belegd bij de jeugd- en gezinsteams, waarvan de medewerkers in dienst zijn van "
             "Sportbedrijf Oost.", "jeugd- en gezinsteams"),
            ("De kernteams worden aangevuld met maatschappelijk werkers en jongerenwerkers die in dienst zijn van "
             "Sportbedrijf Oost.", "maatschappelijk werkers en jongerenwerkers")):
        got = relations(text, orgs=[org])
        assert (org, "provides", staff) in got, (text, got)
    text = "De medewerkers zijn in dienst van Sportbedrijf Oost."
    assert not any(p == "provides" for s, p, o in relations(text, orgs=[org]))


def test_work_done_on_behalf_of_the_municipality_by_name_or_with_its_region_is_contracted():
    from .test_relations import OWN
    text = ("De uitvoering van de Tozo is belegd bij het Bureau Zelfstandigen Oost, dat deze taak namens "
            f"{OWN} uitvoert.")
    assert ("Bureau Zelfstandigen Oost", "contracted_by", OWN) in relations(text, orgs=["Bureau Zelfstandigen Oost"])
    text = "GGD Oost voerde in 2021 namens de gemeenten in de regio de coronavaccinatie uit."
    assert ("GGD Oost", "contracted_by", OWN) in relations(text, orgs=["GGD Oost"])


def test_a_project_named_after_its_neighbourhood_is_located_there():
    text = "In 2023 zijn Welzijn Oost en Woonstichting Oost samen het project 'Thuis in Bergkwartier' begonnen."
    got = relations(text, orgs=["Welzijn Oost", "Woonstichting Oost"], initiatives=["Thuis in Bergkwartier"],
                    places=["Bergkwartier"])
    assert ("Thuis in Bergkwartier", "located_in", "Bergkwartier") in got, got


def test_the_parties_of_a_pact_the_municipality_made_are_partners_of_it_and_of_us():
    from .test_relations import OWN
    orgs = ["Schuldhulp Oost", "Voedselbank Oost"]
    text = "De gemeente heeft met Stichting Schuldhulp Oost, de Voedselbank Oost en de kerken het Armoedepact Oost gesloten."
    got = relations(text, orgs=orgs, initiatives=["Armoedepact Oost"])
    for org in orgs:
        assert (org, "partner_of", "Armoedepact Oost") in got, (org, got)
        assert (org, "partner_of", OWN) in got or (OWN, "partner_of", org) in got, org
    assert (OWN, "partner_of", "Armoedepact Oost") in got


def test_the_organisations_whose_initiative_something_is_are_its_partners():
    for text in ("Taallessen worden gegeven door vrijwilligers van het Taalhuis Oost, dat een initiatief is van de "
                 "bibliotheek en Welzijn Oost.",
                 "Het Taalhuis Oost is een gezamenlijk initiatief van Bibliotheek Oost en Welzijn Oost."):
        got = relations(text, orgs=["Welzijn Oost", "Bibliotheek Oost"], initiatives=["Taalhuis Oost"])
        assert ("Welzijn Oost", "partner_of", "Taalhuis Oost") in got, (text, got)
