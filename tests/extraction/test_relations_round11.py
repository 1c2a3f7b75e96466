"""Relations of the eleventh round: the ages a service is for, and the clause a passive's subject stands in.
Sentences invented for the tests."""

from .test_relations import relations


def test_the_ages_a_service_is_for_belong_to_it():
    org = "GGD Oost"
    for text, service in (
            ("De jeugdgezondheidszorg voor kinderen van 0 tot 18 jaar wordt verzorgd door GGD Oost.",
             "jeugdgezondheidszorg voor kinderen van 0 tot 18 jaar"),
            ("De jeugdgezondheidszorg voor 0-18 jaar wordt uitgevoerd door GGD Oost.",
             "jeugdgezondheidszorg voor 0-18 jaar")):
        assert (org, "provides", service) in relations(text, orgs=[org]), text


def test_a_passive_after_a_comma_and_terwijl_has_a_subject_of_its_own():
    orgs = ["GGD Oost", "Veilig Thuis Oost"]
    text = ("De jeugdgezondheidszorg wordt verzorgd door GGD Oost, terwijl meldingen van huiselijk geweld worden "
            "afgehandeld door Veilig Thuis Oost.")
    got = relations(text, orgs=orgs)
    assert ("Veilig Thuis Oost", "provides", "jeugdgezondheidszorg") not in got
    assert ("Veilig Thuis Oost", "provides", "meldingen van huiselijk geweld") in got
    # a clause that shares its subject keeps it
    text = "De nieuwe contracten voor het vervoer zijn ingegaan, en worden uitgevoerd door Taxi Oost."
    assert ("Taxi Oost", "provides", "worden") not in relations(text, orgs=["Taxi Oost"])


def test_a_funder_right_before_its_participle_pays_for_what_the_sentence_names():
    for text in ("De Tozo werd door Werkplein Oost uitgevoerd en volledig door het Rijk vergoed.",
                 "De Tozo werd door Werkplein Oost uitgevoerd en door het Rijk gecompenseerd."):
        assert ("Rijk", "funds", "Tozo") in relations(text, orgs=["Rijk", "Werkplein Oost"], initiatives=["Tozo"]), text


def test_the_temporary_national_schemes_are_initiatives():
    from sdkg.loaders.extract import extract

    from .conftest import text_doc
    text = ("Gemeente Kampen, jaarverslag 2021. De uitvoering van de Tozo is belegd bij het Regionaal Bureau "
            "Zelfstandigen. In 2022 is de regeling Energietoeslag door ons uitgevoerd; ook de TONK liep via ons.")
    names = {i.name.lower() for i in extract(text_doc(text)).initiatives}
    assert {"tozo", "energietoeslag", "tonk"} <= names
    # (the benefit in lower case, "keerden we de energietoeslag uit", is the payment: round 40)


def test_names_coordinated_past_a_kind_word_and_a_common_noun_share_their_verb():
    orgs = ["Welzijn Oost", "Woonstichting Oost", "politie Oost"]
    text = ("In 2023 startte de aanpak 'Buurt aan Zet'. Hierin werken Welzijn Oost, woningcorporatie Woonstichting Oost, "
            "de wijkagenten en de politie Oost samen.")
    got = relations(text, orgs=orgs, initiatives=["Buurt aan Zet"])
    for org in orgs:
        assert (org, "partner_of", "Buurt aan Zet") in got, org


def test_parties_we_formed_something_with_work_with_us_and_on_it():
    from .test_relations import OWN
    orgs = ["Buurtwerk Oost", "Zorggroep Oost"]
    text = ("In het kader van de actie 'Samen Sterk' hebben wij een coalitie gevormd met: Buurtwerk Oost, de "
            "bibliotheek en Zorggroep Oost.")
    got = relations(text, orgs=orgs, initiatives=["Samen Sterk"])
    for org in orgs:
        assert (org, "partner_of", "Samen Sterk") in got, org
        assert (org, "partner_of", OWN) in got, org
