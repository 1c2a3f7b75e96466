"""Names in tables with column gaps; relations of membership and of provision said in common Dutch word orders."""

from .conftest import names_of

SUBSIDY_TABLE = ("Gemeente Bergstad, jaarverslag 2023.\n\nVerleende subsidies 2023\n\n"
                 "Stichting Welzijn Heuvelstee (SWH)        Welzijnswerk, jongerenwerk         1.285.000\n"
                 "Voedselbank Dalwijk              Huur en energie distributiepunt                   18.500\n"
                 "Stichting Huiskamer De Linde\tBuurthuiskamer De Linde\t42.000\n")


def test_no_name_runs_across_a_column_gap():
    got = names_of(SUBSIDY_TABLE, "organisations")
    assert {"Voedselbank Dalwijk", "Huiskamer De Linde"} <= got
    assert not [n for n in got if "Huur" in n or "  " in n or "\t" in n]


def _rels(text, orgs, initiatives=()):
    from .test_relations import relations
    return relations(text, orgs=list(orgs), initiatives=list(initiatives))


def test_a_part_named_in_an_apposition_without_article():
    for text in ("Het Steunpunt Mantelzorg, onderdeel van Welzijn Heuvelstee, ondersteunt mantelzorgers.",
                 "Het Steunpunt Mantelzorg (onderdeel van Welzijn Heuvelstee) ondersteunt mantelzorgers."):
        got = _rels(text, ["Steunpunt Mantelzorg", "Welzijn Heuvelstee"])
        assert ("Steunpunt Mantelzorg", "part_of", "Welzijn Heuvelstee") in got, text
    got = _rels("Het Steunpunt Mantelzorg, naast Welzijn Heuvelstee, ondersteunt mantelzorgers.",
                ["Steunpunt Mantelzorg", "Welzijn Heuvelstee"])
    assert not any(p == "part_of" for _s, p, _o in got)


def test_the_verb_before_its_subject_past_an_apposition():
    text = "In november organiseerde het Steunpunt Mantelzorg, onderdeel van Welzijn Heuvelstee, de Dag van de Mantelzorg."
    got = _rels(text, ["Steunpunt Mantelzorg", "Welzijn Heuvelstee"], ["Dag van de Mantelzorg"])
    assert ("Steunpunt Mantelzorg", "provides", "Dag van de Mantelzorg") in got
    assert ("Welzijn Heuvelstee", "provides", "Dag van de Mantelzorg") not in got


def test_what_is_started_and_set_up():
    text = "In oktober startte Welzijn Heuvelstee met het project 'Samen aan tafel', een maaltijd voor ouderen."
    got = _rels(text, ["Welzijn Heuvelstee"], ["Samen aan tafel"])
    assert ("Welzijn Heuvelstee", "provides", "Samen aan tafel") in got
    assert not [o for s, p, o in got if p == "provides" and "maaltijd" in o]  # what the project is, no second object
    got = _rels("Welzijn Heuvelstee startte met het project 'Samen aan tafel'.", ["Welzijn Heuvelstee"], ["Samen aan tafel"])
    assert ("Welzijn Heuvelstee", "provides", "Samen aan tafel") in got
    got = _rels("Welzijn Heuvelstee zette de telefooncirkel 'Even bellen' op voor eenzame ouderen.",
                ["Welzijn Heuvelstee"], ["Even bellen"])
    assert ("Welzijn Heuvelstee", "provides", "Even bellen") in got
    got = _rels("Ook dit jaar zet Welzijn Heuvelstee buurtsportcoaches in op alle basisscholen.", ["Welzijn Heuvelstee"])
    assert ("Welzijn Heuvelstee", "provides", "buurtsportcoaches") in got


def test_compounds_of_service_and_bureau_head_a_name():
    text = ("Gemeente Bergstad, jaarverslag 2023. Sportservice Dalwijk is penvoerder van het lokale sportakkoord. "
            "Het Jongerenburo Bergstad opende een inloop. Het Adviesbureau Heuvelstee deed onderzoek.")
    got = names_of(text, "organisations")
    assert {"Sportservice Dalwijk", "Jongerenburo Bergstad", "Adviesbureau Heuvelstee"} <= got


def test_one_organisation_under_or_of_another():
    for text in ("Veilig Thuis Heuvelland valt organisatorisch onder de GGD Heuvelland.",
                 "Veilig Thuis Heuvelland valt onder de GGD Heuvelland.",
                 "De meldingen gaan naar Veilig Thuis Heuvelland van de GGD Heuvelland."):
        got = _rels(text, ["Veilig Thuis Heuvelland", "GGD Heuvelland"])
        assert ("Veilig Thuis Heuvelland", "part_of", "GGD Heuvelland") in got, text
    # a programme of a ministry is no part of it
    from .test_relations import relations
    got = relations("We doen mee aan het programma Een tegen eenzaamheid van het ministerie van VWS.",
                    orgs=["ministerie van VWS"], initiatives=["Een tegen eenzaamheid"])
    assert not any(p == "part_of" for _s, p, _o in got)


def test_what_an_organisation_takes_care_of_and_its_offer():
    got = _rels("Welzijn Heuvelstee draagt zorg voor de mantelzorgondersteuning.", ["Welzijn Heuvelstee"])
    assert ("Welzijn Heuvelstee", "provides", "mantelzorgondersteuning") in got
    got = _rels("Het aanbod van Welzijn Heuvelstee bestaat uit maatjesprojecten, ouderenwerk en jongerenwerk.",
                ["Welzijn Heuvelstee"])
    assert {o for s, p, o in got if p == "provides"} == {"maatjesprojecten", "ouderenwerk", "jongerenwerk"}
    got = _rels("Het netwerk Welzijn Heuvelstee bestaat uit vrijwilligers en professionals.", ["Welzijn Heuvelstee"])
    assert not any(p == "provides" for _s, p, _o in got)  # what a body consists of is no offer
    got = _rels("Bureau Heuvelstee geeft voorlichting op primair, voortgezet en speciaal onderwijs.", ["Bureau Heuvelstee"])
    assert {o for s, p, o in got if p == "provides"} == {"voorlichting"}


def test_a_care_centre_that_acts_and_who_it_works_with():
    text = ("Gemeente Bergstad, jaarverslag 2023. In Dalwijk realiseert Zorgcentrum De Linde twaalf appartementen, in "
            "samenwerking met Woonstichting Heuvelstee.")
    assert "Zorgcentrum De Linde" in names_of(text, "organisations")
    got = _rels(text, ["Zorgcentrum De Linde", "Woonstichting Heuvelstee"])
    assert ("Woonstichting Heuvelstee", "partner_of", "Zorgcentrum De Linde") in got
    assert not any(s == "Woonstichting Heuvelstee" and o != "Zorgcentrum De Linde" for s, p, o in got if p == "partner_of")


def test_the_region_bought_in_is_where_the_municipalities_work_together():
    from .test_relations import OWN, relations
    text = f"{OWN} koopt de jeugdhulp in binnen de Regio Heuvelland, samen met Dalwijk en Heuvelstee."
    got = relations(text, initiatives=["Regio Heuvelland"], others=["Dalwijk", "Heuvelstee"])
    partners = {(s, o) for s, p, o in got if p == "partner_of"}
    assert {("Dalwijk", OWN), ("Heuvelstee", OWN)} <= partners
    assert not any(o == "Regio Heuvelland" for _s, o in partners)


def test_the_purchasing_body_through_which_providers_are_contracted_is_not_hired():
    for text in ("Via het inkoopbureau Samen Oost zijn in 2023 meer dan 80 aanbieders gecontracteerd.",
                 "- de aanbieders van jeugdhulp, die via het inkoopbureau Samen Oost zijn gecontracteerd."):
        assert not any(p == "contracted_by" for _s, p, _o in _rels(text, ["Samen Oost"])), text
    got = _rels("Samen Oost is in 2023 gecontracteerd voor de jeugdhulp.", ["Samen Oost"])
    assert any(p == "contracted_by" for _s, p, _o in got)


def test_an_ampersand_joins_the_words_of_one_name():
    text = "Gemeente Bergstad, jaarverslag 2023. Stichting Heuvelland Sport & Cultuur organiseert de sportweek."
    assert "Heuvelland Sport & Cultuur" in names_of(text, "organisations")


def test_a_grant_received_from_a_fund_is_paid_by_the_fund():
    from .test_relations import OWN, relations
    got = relations("Voor het project 'Samen aan tafel' is subsidie ontvangen van het Oranje Fonds.",
                    orgs=["Oranje Fonds"], initiatives=["Samen aan tafel"])
    assert ("Oranje Fonds", "funds", "Samen aan tafel") in got
    assert (OWN, "funds", "Oranje Fonds") not in got
    got = relations("Er is subsidie ontvangen van het Oranje Fonds.", orgs=["Oranje Fonds"])
    assert ("Oranje Fonds", "funds", OWN) in got


def test_the_state_pays_the_municipality_what_it_receives():
    from .test_relations import OWN, relations
    got = relations("De gemeente ontvangt een decentralisatie-uitkering van het Rijk voor de maatschappelijke opvang.",
                    orgs=["Rijk"])
    assert ("Rijk", "funds", OWN) in got
    got = relations("Wij ontvingen voor de uitvoering van het Sportakkoord middelen vanuit het Rijk.",
                    orgs=["Rijk"], initiatives=["Sportakkoord"])
    assert ("Rijk", "funds", "Sportakkoord") in got


def test_a_run_of_capitals_joined_by_met_to_a_municipality_is_no_title():
    text = ("Gemeente Dalfsen, jaarverslag 2023. Voor jeugdhulp werkt Dalfsen samen in de regio IJsselland met Zwolle, "
            "Kampen en Ommen.")
    assert not [n for n in names_of(text, "initiatives") if "Zwolle" in n]
    got = names_of("Gemeente Dalfsen, jaarverslag 2023. In Lemelerveld loopt Koken met Kinderen.", "initiatives")
    assert "Koken met Kinderen" in got  # a title with "met" inside stays one


def test_a_language_house_in_a_library_that_acts_and_what_is_opened():
    text = ("Gemeente Dalfsen, jaarverslag 2023. Het Taalhuis Heuvelstee, gevestigd in de bibliotheek van Lemelerveld, "
            "biedt taalcursussen aan. Welzijn Heuvelstee opende in 2023 een inloopcentrum in Nieuwleusen.")
    assert "Taalhuis Heuvelstee" in names_of(text, "organisations")
    from .test_relations import relations
    got = relations(text, orgs=["Taalhuis Heuvelstee", "Welzijn Heuvelstee"], places=["Lemelerveld", "Nieuwleusen"])
    assert ("Taalhuis Heuvelstee", "located_in", "Lemelerveld") in got
    assert ("Taalhuis Heuvelstee", "provides", "taalcursussen") in got
    assert ("Welzijn Heuvelstee", "provides", "inloopcentrum") in got


def test_what_is_started_with_the_help_of_organisations():
    text = ("In Dalwijk is met hulp van Welzijn Heuvelstee en Stichting Jeugdwerk Dalwijk een gratis ontbijtclub "
            "gestart.")
    got = _rels(text, ["Welzijn Heuvelstee", "Stichting Jeugdwerk Dalwijk"])
    for a in ("Welzijn Heuvelstee", "Stichting Jeugdwerk Dalwijk"):
        assert (a, "provides", "gratis ontbijtclub") in got
    got = _rels("Met hulp van Welzijn Heuvelstee hebben we meer mensen bereikt.", ["Welzijn Heuvelstee"])
    assert not any(p == "provides" for _s, p, _o in got)


def test_who_grants_and_who_receives():
    from .test_relations import OWN, relations
    orgs = ["Fonds Heuvelland", "Welzijn Heuvelstee"]
    for text in ("Het Fonds Heuvelland heeft een subsidie verleend aan Welzijn Heuvelstee.",
                 "Het Fonds Heuvelland heeft € 5.000 beschikbaar gesteld aan Welzijn Heuvelstee."):
        got = relations(text, orgs=orgs)
        assert ("Fonds Heuvelland", "funds", "Welzijn Heuvelstee") in got, text
        assert not any(s == OWN and p == "funds" for s, p, _o in got), text
    for text in ("De gemeente heeft een subsidie verleend aan Welzijn Heuvelstee.",
                 "De gemeente heeft € 50.000 beschikbaar gesteld aan Welzijn Heuvelstee."):
        assert (OWN, "funds", "Welzijn Heuvelstee") in relations(text, orgs=orgs), text
    got = relations("Welzijn Heuvelstee en Fonds Heuvelland hebben subsidie ontvangen.", orgs=orgs)
    assert {(OWN, "Welzijn Heuvelstee"), (OWN, "Fonds Heuvelland")} <= {(s, o) for s, p, o in got if p == "funds"}


def test_a_covenant_closed_with_organisations_and_a_national_branch_as_subject():
    from .test_relations import OWN, relations
    got = relations("Wij hebben een convenant gesloten met Welzijn Heuvelstee en Zorggroep Dal.",
                    orgs=["Welzijn Heuvelstee", "Zorggroep Dal"])
    assert {("Welzijn Heuvelstee", OWN), ("Zorggroep Dal", OWN)} <= {(s, o) for s, p, o in got if p == "partner_of"}
    text = "Gemeente Bergstad, jaarverslag 2023.\n\nMEE Heuvelland levert cliëntondersteuning."
    assert "MEE Heuvelland" in names_of(text, "organisations")


def test_for_whom_before_the_object_and_what_people_need():
    got = _rels("De GGD Heuvelland levert voor de drie gemeenten gezamenlijke cijfers over gezondheid.", ["GGD Heuvelland"])
    assert ("GGD Heuvelland", "provides", "gezamenlijke cijfers over gezondheid") in got
    got = _rels("Mensen die beschut werk nodig hebben, kunnen terecht bij Werkplein Heuvelstee.", ["Werkplein Heuvelstee"])
    assert ("Werkplein Heuvelstee", "provides", "beschut werk") in got


def test_a_grant_given_by_a_body_not_found_as_an_organisation_is_not_the_municipalitys():
    from .test_relations import OWN, relations
    got = relations("De stichting heeft een subsidie verleend aan Welzijn Heuvelstee.", orgs=["Welzijn Heuvelstee"])
    assert (OWN, "funds", "Welzijn Heuvelstee") not in got
