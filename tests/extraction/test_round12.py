"""Twelfth round: organisations listed after a slot or a kind, or named with an apposition; relations of coordinated
subjects, of a service right before its law, and none where a clause denies them. Every sentence here is invented."""

from sdkg.loaders.extract import extract

from .conftest import names_of, text_doc
from .test_relations import OWN, relations


def _orgs(text: str) -> set[str]:
    return names_of(text, "organisations")


def test_every_name_of_a_list_that_a_slot_opens_is_an_organisation():
    text = ("Gemeente Zeist, jaarverslag 2021. De huishoudelijke ondersteuning is voor drie jaar ingekocht bij "
            "Thuishulp Oost, Anneke en Zorgmaatjes. Beschermd wonen wordt geboden door Kwintera en Lindeburg.")
    orgs = _orgs(text)
    # "Anneke" alone is a first name, but not as an item of a list of organisations
    assert {"Thuishulp Oost", "Anneke", "Zorgmaatjes", "Kwintera", "Lindeburg"} <= orgs


def test_the_names_a_plural_kind_is_said_to_be_are_organisations():
    text = ("Gemeente Zeist, jaarverslag 2021. De begeleiding hebben we zelf gecontracteerd; de grootste aanbieders "
            "zijn Talentra, Philadera Zorg en Zorggroep Hoven.")
    assert {"Talentra", "Philadera Zorg", "Zorggroep Hoven"} <= _orgs(text)


def test_a_name_with_an_apposition_headed_by_a_kind_of_organisation_is_one():
    text = ("Gemeente Zeist, jaarverslag 2021. Werkvast, het sociaal werkbedrijf in Zeist, voert de Wsw uit. "
            "Team Toegang Zeist (TTZ), een zelfstandige stichting die door de gemeente wordt gefinancierd, doet de "
            "toegang. Beschut werk is opgedragen aan Risdal Groep.")
    orgs = _orgs(text)
    assert {"Werkvast", "Team Toegang Zeist", "Risdal Groep"} <= orgs


def test_coordinated_subjects_that_work_together_with_a_third_each_work_with_it_and_each_other():
    orgs = ["Porta Zorg", "Orion Werk", "Maatschappelijk Werk Oost"]
    text = "Porta Zorg en Orion Werk werken nauw samen met Maatschappelijk Werk Oost."
    got = relations(text, orgs=orgs)
    for a, b in (("Porta Zorg", "Maatschappelijk Werk Oost"), ("Orion Werk", "Maatschappelijk Werk Oost"),
                 ("Orion Werk", "Porta Zorg")):
        assert (a, "partner_of", b) in got or (b, "partner_of", a) in got, (a, b)


def test_a_service_right_before_its_law_is_under_it():
    laws = [("Participatiewet", None, "Participatiewet"), ("Jeugdwet", None, "Jeugdwet"),
            ("Wet gemeentelijke schuldhulpverlening", None, "Wet gemeentelijke schuldhulpverlening")]
    for text, service, law in (
            ("Beschut werk op grond van de Participatiewet is opgedragen aan het werkbedrijf.", "Beschut werk",
             "Participatiewet"),
            ("Daarnaast kopen we specialistische jeugdhulp in onder de Jeugdwet.", "specialistische jeugdhulp",
             "Jeugdwet"),
            ("De schuldhulpverlening onder de Wet gemeentelijke schuldhulpverlening is opnieuw aanbesteed.",
             "schuldhulpverlening", "Wet gemeentelijke schuldhulpverlening")):
        assert (service, "under_law", law) in relations(text, laws=laws), text
    # a verb is no service: "Wij werken onder de Jeugdwet"
    got = relations("Wij werken sinds 2015 onder de Jeugdwet.", laws=laws)
    assert not {r for r in got if r[1] == "under_law" and r[0].lower().startswith("werken")}


def test_a_partnership_a_clause_denies_or_only_plans_is_none():
    orgs = ["Opleidingen Oost", "Voedselbank Oost", "Werkpunt Oost"]
    text = ("Met Opleidingen Oost is nog geen overeenkomst gesloten; de gesprekken lopen door. Een convenant met de "
            "Voedselbank Oost is in voorbereiding. Met Werkpunt Oost is een convenant gesloten.")
    got = relations(text, orgs=orgs)
    assert not {r for r in got if "Opleidingen Oost" in r or "Voedselbank Oost" in r}
    assert ("Werkpunt Oost", "partner_of", OWN) in got


def test_a_table_label_run_into_its_amount_is_no_organisation():
    text = ("Gemeente Zeist, jaarstukken 2019. Lasten sociaal domein\nRaming412,6 miljoen\nRealisatie415,0 miljoen\n"
            "Jeugd12.103.60892.280.659\nWe werkten samen met Stadsring51 aan de wijkaanpak.")
    orgs = _orgs(text)
    assert not {o for o in orgs if o.startswith(("Raming", "Realisatie", "Jeugd"))}, orgs
    assert "Stadsring51" in orgs


def test_a_verb_before_its_subject_works_together_with_the_name_after_met():
    orgs = ["Team Toegang Oost", "Jeugdbescherming Oost"]
    text = "Voor jeugdigen met complexe problemen werkt Team Toegang Oost nauw samen met de Jeugdbescherming Oost."
    got = relations(text, orgs=orgs)
    assert ("Jeugdbescherming Oost", "partner_of", "Team Toegang Oost") in got
    assert ("Jeugdbescherming Oost", "partner_of", OWN) not in got and ("Team Toegang Oost", "partner_of", OWN) not in got


def test_a_relation_end_that_opens_a_longer_organisation_name_is_that_organisation():
    text = ("Gemeente Schiedam, begroting 2019. Stichting Werkpunt Delta voert de Participatiewet uit. Werkpunt is de "
            "gemeenschappelijke regeling voor werk en inkomen van Maassluis, Vlaardingen en Schiedam.")
    ex = extract(text_doc(text))
    assert "Werkpunt" not in {o.name for o in ex.organisations}
    got = {(r.subject, r.predicate, r.object) for r in ex.relations}
    assert {(m, "part_of", "Werkpunt Delta") for m in ("Maassluis", "Vlaardingen", "Schiedam")} <= got


def test_a_passive_service_for_people_names_the_service():
    org = "Vluchtelingenhulp Oost"
    got = relations("De maatschappelijke begeleiding van statushouders is ook in 2021 uitgevoerd door Vluchtelingenhulp "
                    "Oost.", orgs=[org])
    assert (org, "provides", "maatschappelijke begeleiding van statushouders") in got
    # the people themselves are no service; the guidance they get is
    got = relations("De bewoners worden begeleid door Vluchtelingenhulp Oost.", orgs=[org])
    assert {r for r in got if r[1] == "provides"} == {(org, "provides", "begeleiding van bewoners")}


def test_two_services_without_articles_before_a_passive_are_each_provided():
    org = "Vluchtelingenhulp Oost"
    got = relations("Taalcoaching en maatschappelijke begeleiding worden verzorgd door Vluchtelingenhulp Oost.", orgs=[org])
    assert {(org, "provides", "Taalcoaching"), (org, "provides", "maatschappelijke begeleiding")} <= got


def test_access_that_runs_via_an_organisation_is_provided_by_it():
    org = "Toegangsteam Oost"
    laws = [("Wet maatschappelijke ondersteuning 2015", "Wmo", "Wmo"), ("Jeugdwet", None, "Jeugdwet")]
    got = relations("De toegang tot Wmo en jeugdhulp loopt via Toegangsteam Oost.", orgs=[org], laws=laws)
    assert {o for s, p, o in got if s == org and p == "provides" and o.startswith("toegang tot Wmo")}, got
    # the law's own execution stays a matter of that law
    got = relations("De uitvoering van de Jeugdwet ligt bij Toegangsteam Oost.", orgs=[org], laws=laws)
    assert (org, "under_law", "Jeugdwet") in got


def test_contracted_by_the_municipality_for_a_service_provides_it():
    org = "Vluchtelingenhulp Oost"
    got = relations("Vluchtelingenhulp Oost is door de gemeente gecontracteerd voor de begeleiding van statushouders.",
                    orgs=[org])
    assert (org, "provides", "begeleiding van statushouders") in got


def test_a_team_that_is_part_of_an_organisation_or_housed_with_it():
    for text, team, org in (
            ("De vijf sociale wijkteams zijn sinds 1 januari 2018 onderdeel van Welzijn Noord.", "sociale wijkteams",
             "Welzijn Noord"),
            ("Het Sociaal Wijkteam Oost is een onderdeel van Punt Welzijn.", "Sociaal Wijkteam Oost", "Punt Welzijn"),
            ("De Buurtteams Oost zijn per 1 januari 2023 ondergebracht bij Mozaïek Welzijn.", "Buurtteams Oost",
             "Mozaïek Welzijn")):
        assert (team, "part_of", org) in relations(text, orgs=[org]), text
    orgs = ["Veilig Thuis Noord", "Veiligheidsregio Noord"]
    got = relations("Veilig Thuis Noord is sinds 2020 ondergebracht bij de Veiligheidsregio Noord.", orgs=orgs)
    assert ("Veilig Thuis Noord", "part_of", "Veiligheidsregio Noord") in got


def test_an_organisation_that_supports_people_provides_that_support_or_what_it_supports_them_with():
    org = "Welzijn Noord"
    got = relations("Welzijn Noord begeleidt in opdracht van de gemeente de nieuwkomers in de eerste twee jaar.", orgs=[org])
    assert (org, "provides", "begeleiding van nieuwkomers") in got
    got = relations("Vrijwilligers van Welzijn Noord begeleiden jaarlijks zo'n 90 huishoudens met schulden.", orgs=[org])
    assert (org, "provides", "begeleiding van huishoudens met schulden") in got
    got = relations("Welzijn Noord ondersteunt getroffen ouders met schuldhulp en de begeleiding van een "
                    "praatgroep.", orgs=[org])
    assert {(org, "provides", "schuldhulp"),
            (org, "provides", "begeleiding van een praatgroep")} <= got
    # an organisation that is itself supported provides nothing
    got = relations("De gemeente ondersteunt Welzijn Noord met een subsidie.", orgs=[org])
    assert not {r for r in got if r[0] == org and r[1] == "provides"}


def test_a_district_named_after_the_municipality_and_a_point_of_the_compass_is_a_neighbourhood():
    text = ("Gemeente Tiel, jaarverslag 2023. In Tiel-Oost is het project 'Buurt aan Zet' uitgevoerd. Het jongerenwerk "
            "verhuisde naar Tiel west. Culemborg-Oost hoort bij een andere gemeente.")
    ex = extract(text_doc(text))
    names = {p.name for p in ex.neighbourhoods}
    assert {"Tiel-Oost", "Tiel west"} <= names and "Culemborg-Oost" not in names
    assert ("Buurt aan Zet", "located_in", "Tiel-Oost") in {(r.subject, r.predicate, r.object) for r in ex.relations}


def test_one_of_each_in_a_motto_is_no_count():
    text = ("Gemeente Deventer, bestuursrapportage 2019. Voor het thema Toegang (1 huishouden, 1 plan, 1 contactpersoon) "
            "hebben we 12 sociale teams.")
    values = {f.value for f in extract(text_doc(text)).figures}
    assert 1 not in values and 12 in values


def test_what_it_cost_in_all_looks_back_on_a_year():
    from sdkg.loaders.metadata import infer_meta
    text = ("Zorg\n\nResultaten\n\n 1. Minder huishoudens vroegen bijzondere bijstand aan.\n\nWat heeft het in totaal "
            "gekost?\n\nLasten 48,7 miljoen")
    assert infer_meta(text_doc(text, "verslag.txt"), {}).document_type == "jaarverslag"


def test_a_former_municipality_listed_with_todays_is_one_of_that_time():
    text = ("Gemeente Houten, begroting 2019. Sinds 2015 trekt Houten bij de jeugdhulp op met de gemeenten Lopik, "
            "Vianen (nu: Vijfheerenlanden), IJsselstein en Nieuwegein. In Vianen staat een kasteel.")
    names = names_of(text, "other_municipalities")
    assert {"Nieuwegein", "Lopik", "IJsselstein", "Vianen"} <= names


def test_an_organisation_with_a_support_point_or_head_office_in_a_place_is_located_there():
    org = "Welzijn Oost"
    for text in ("Welzijn Oost heeft een steunpunt in Noordwijk.", "Welzijn Oost heeft haar hoofdvestiging in Noordwijk."):
        assert (org, "located_in", "Noordwijk") in relations(text, orgs=[org], places=["Noordwijk"]), text


def test_a_care_landscape_is_no_organisation():
    text = ("Gemeente Veere, begroting 2019. Relevante beleidskaders:\n • Visie op het Specialistisch Zorglandschap "
            "Jeugdhulp Zeeland\n • Beleidsplan Welzijn Veere")
    assert not {o for o in _orgs(text) if "landschap" in o.lower()}


def test_the_codes_of_the_budget_taakvelden_are_no_figures():
    text = ("Gemeente Landgraaf, begroting 2022. Het programma omvat de volgende taakvelden:\n  • 610 Samenkracht en "
            "burgerparticipatie\n  • 620 Wijkteams\n  • 6.71 Maatwerkdienstverlening 18+\n  • 681 Geëscaleerde zorg 18+\n"
            "In 2022 hadden 610 huishoudens een maatwerkvoorziening.")
    figs = [(f.value, f.label) for f in extract(text_doc(text)).figures]
    assert [v for v, _l in figs] == [610], figs
