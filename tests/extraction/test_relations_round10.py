"""Relations of the tenth round: a grant of the municipality's money to the one organisation of a sentence that
states its amount. Sentences invented for the tests."""

from .test_relations import OWN, _symmetric, relations


def test_the_one_organisation_of_a_sentence_stating_a_grant_and_its_amount_receives_it():
    for text in ("In 2023 ontving Welzijn Oost van de gemeente een budgetsubsidie van € 1.200.000.",
                 "Voor 2025 is aan Welzijn Oost een subsidie van € 2.140.000 toegekend.",
                 "Met financiële steun van de gemeente (€ 320.000) verzorgde Welzijn Oost het ouderenwerk.",
                 "Welzijn Oost, een vrijwilligersorganisatie die wij met € 45.000 ondersteunen, helpt bij de "
                 "administratie."):
        assert (OWN, "funds", "Welzijn Oost") in relations(text, orgs=["Welzijn Oost"]), text


def test_no_grant_where_the_organisation_gives_or_is_a_fund():
    for text, org in (("Woonstichting Oost draagt € 60.000 bij aan het project.", "Woonstichting Oost"),
                      ("Het Buurtfonds Oost gaf een bijdrage van € 20.000.", "Buurtfonds Oost")):
        assert (OWN, "funds", org) not in relations(text, orgs=[org]), text


def test_organisations_listed_together_running_one_initiative_are_its_partners():
    orgs = ["Welzijn Oost", "Woonstichting Oost", "Zorggroep Oost"]
    for text in ("In Noord loopt 'Samen Thuis', dat Welzijn Oost en Woonstichting Oost gezamenlijk trekken.",
                 "In Noord loopt de pilot 'Samen Thuis'. Welzijn Oost, Woonstichting Oost en Zorggroep Oost trekken "
                 "hierin gezamenlijk op."):
        got = relations(text, orgs=orgs, initiatives=["Samen Thuis"])
        assert {("Welzijn Oost", "partner_of", "Samen Thuis"), ("Woonstichting Oost", "partner_of", "Samen Thuis")} <= got
    # a list of organisations beside an initiative, nothing run together: no partners of it
    got = relations("Welzijn Oost en Woonstichting Oost hebben kantoor in het gebouw van 'Samen Thuis'.", orgs=orgs,
                    initiatives=["Samen Thuis"])
    assert ("Welzijn Oost", "partner_of", "Samen Thuis") not in got


def test_the_municipality_as_participant_or_joined_member_of_a_body():
    got = relations("Als deelnemer in de gemeenschappelijke regeling GGD Oostland betalen wij een inwonerbijdrage.",
                    orgs=["GGD Oostland"])
    assert (OWN, "part_of", "GGD Oostland") in got  # a member of the regeling is part of it
    got = relations(f"Voor werkgevers is {OWN} aangesloten bij het Werkgeversservicepunt Oostland.",
                    orgs=["Werkgeversservicepunt Oostland"])
    assert (OWN, "partner_of", "Werkgeversservicepunt Oostland") in _symmetric(got)


def test_an_organisation_that_works_from_places_named_first():
    got = relations("Vanuit de wijkpunten in Noord en Zuid werkt Welzijn Oost aan ontmoeting.", orgs=["Welzijn Oost"],
                    places=["Noord", "Zuid"])
    assert {("Welzijn Oost", "located_in", "Noord"), ("Welzijn Oost", "located_in", "Zuid")} <= got
    got = relations("Vanuit het buurthuis in Noord organiseert de gemeente een markt met Welzijn Oost.",
                    orgs=["Welzijn Oost"], places=["Noord"])
    assert ("Welzijn Oost", "located_in", "Noord") not in got


def test_the_parties_of_an_agreement_are_its_partners():
    orgs = ["GGD Oostland", "Huisartsencoöperatie Oost", "VGZ"]
    got = relations("Met middelen werken wij aan het lokale preventieakkoord 'Oost Gezond'. Dit akkoord is gesloten met "
                    "de GGD Oostland, Huisartsencoöperatie Oost en zorgverzekeraar VGZ.", orgs=orgs,
                    initiatives=["Oost Gezond"])
    assert {(o, "partner_of", "Oost Gezond") for o in orgs} <= got
    got = relations("Wij volgen de Hervormingsagenda Jeugd, die het Rijk, de VNG en de aanbieders in 2023 hebben "
                    "afgesproken.", orgs=["Rijk", "VNG"], initiatives=["Hervormingsagenda Jeugd"])
    assert {("Rijk", "partner_of", "Hervormingsagenda Jeugd"), ("VNG", "partner_of", "Hervormingsagenda Jeugd")} <= got
    # an agreement not named before: no partners of anything
    got = relations("Het contract is gesloten met de GGD Oostland.", orgs=["GGD Oostland"])
    assert not any(p == "partner_of" and s == "GGD Oostland" and o != OWN for s, p, o in got)
