"""Organisations on pages of municipalities the rules were not written for: what is never an organisation
(a web page's controls, policy fields, plans, descriptions, regions) and where context names one.
Every sentence here is invented."""

from sdkg.loaders.extract import extract

from .conftest import text_doc


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(text_doc(text)).organisations}


def test_a_web_pages_controls_are_no_organisation():
    text = "PDF Opties\n\nGemeente Zwolle, jaarverslag 2022. Met Zonnedauw is afgesproken dat de inloop blijft."
    orgs = _orgs(text)
    assert "Zonnedauw" in orgs
    assert not any("PDF" in o or "Opties" in o for o in orgs)


def test_a_department_named_by_policy_fields_is_no_organisation():
    text = ("Gemeente Zwolle, jaarverslag 2022. De medewerkers van Werk en Inkomen zijn verhuisd naar het "
            "stadskantoor; de consulenten van Zorg en Welzijn ook.")
    orgs = _orgs(text)
    assert not orgs & {"Werk", "Inkomen", "Werk en Inkomen", "Zorg", "Welzijn", "Zorg en Welzijn"}


def test_a_plan_or_agreement_is_no_organisation_whatever_its_other_words():
    text = ("Gemeente Zwolle, begroting 2024. We sluiten aan bij de Uitvoeringsagenda Welzijn en bij de "
            "Vechtdal Regiodeal, die inzet op gezondheid. We werken samen met Stadkamer Welzijn.")
    orgs = _orgs(text)
    assert not any("Uitvoeringsagenda" in o or "Regiodeal" in o for o in orgs)
    assert "Stadkamer Welzijn" in orgs


def test_a_described_list_item_is_no_organisation_but_a_joint_body_keeps_its_words():
    text = ("Gemeente Zwolle, jaarverslag 2022. De partners zijn onder meer:\n"
            "- Kraamzorg aangeboden door verloskundigen in de wijk - Consultatiebureau\n"
            "- Gemeenschappelijke regeling sociale recherche Vechtdal\n"
            "- Stichting Zonnedauw\n")
    orgs = _orgs(text)
    assert not any("Kraamzorg" in o for o in orgs)
    assert "Zonnedauw" in orgs


def test_a_register_name_after_lower_case_regio_is_the_region():
    text = ("Gemeente Purmerend, jaarverslag 2022. De gemeenten in de regio Zaanstreek-Waterland maken afspraken "
            "over de zorg.")
    assert "Zaanstreek-Waterland" not in _orgs(text)


def test_a_party_to_an_agreement_with_a_compound_noun():
    text = ("Gemeente Zwolle, jaarverslag 2022. De subsidieafspraken met Zonnedauw zijn aangescherpt. Ook de "
            "samenwerkingsovereenkomst met Kwikstaart is verlengd.")
    assert {"Zonnedauw", "Kwikstaart"} <= _orgs(text)


def test_an_agreement_with_a_place_or_a_person_names_no_organisation():
    text = ("Gemeente Zwolle, jaarverslag 2022. De afspraken met Kampen zijn gemaakt; de afspraak met Anna "
            "loopt af.")
    assert not _orgs(text) & {"Kampen", "Anna"}


def test_one_of_the_partners_by_and_other_partners():
    text = ("Gemeente Zwolle, jaarverslag 2022. Wij spraken over de pilot.\n"
            "Zonnedauw Zwolle en andere maatschappelijke partners hebben de aanpak uitgevoerd.")
    assert "Zonnedauw Zwolle" in _orgs(text)


def test_the_bare_veiligheidsregio_acts_but_its_plural_is_a_kind():
    text = ("Gemeente Zwolle, jaarverslag 2022. Op verzoek van de Veiligheidsregio openden we een noodopvang.")
    assert "Veiligheidsregio" in _orgs(text)
    text = ("Gemeente Zwolle, jaarverslag 2022. Alle Veiligheidsregio's bereiden zich voor op de winter.")
    assert "Veiligheidsregio" not in _orgs(text)


def test_the_province_listed_among_other_governments():
    text = ("Gemeente Zwolle, begroting 2024. We werken samen met andere overheden zoals de provincie en met "
            "de woningcorporaties.")
    assert "Provincie" in _orgs(text)
    text = "Gemeente Zwolle, begroting 2024. Het is de grootste gemeente in de provincie."
    assert "Provincie" not in _orgs(text)


def test_a_school_by_its_type_ending():
    text = "Gemeente Zwolle, jaarverslag 2022. De Bonifatiusmavo kreeg een nieuw gebouw."
    assert "Bonifatiusmavo" in _orgs(text)


def test_a_plural_acronym_in_brackets_names_a_kind_of_thing():
    text = ("Gemeente Zwolle, begroting 2024. Het college benoemde drie grote maatschappelijke opgaven (GMO’s). "
            "Voor elke GMO is een wethouder verantwoordelijk.")
    assert "GMO" not in _orgs(text)


def test_an_acronym_that_spells_only_the_last_of_two_names():
    text = ("Gemeente Zwolle, begroting 2024. We zetten Gezonde School en Kinderen Fit In Zwolle (KFIZ) in voor "
            "de jeugd.")
    assert not any("Gezonde School" in o for o in _orgs(text))


def test_names_listed_after_a_plural_kind_of_organisation():
    text = ("Gemeente Zwolle, jaarverslag 2022. Met de woningcorporaties Zonnedauw, Kwikstaart en Dakpan Wonen "
            "zijn prestatieafspraken gemaakt. Aanbieders als Lindeboog en Rozenhaag deden niet mee.")
    assert {"Zonnedauw", "Kwikstaart", "Dakpan Wonen", "Lindeboog", "Rozenhaag"} <= _orgs(text)


def test_a_plural_kind_before_lower_case_words_names_nothing():
    text = "Gemeente Zwolle, jaarverslag 2022. De woningcorporaties in de regio bouwen meer; aanbieders als ze willen."
    assert not _orgs(text)


def test_heads_of_schools_practices_and_associations():
    text = ("Gemeente Zwolle, jaarverslag 2022. Op het Vechtdal College en Scholengemeenschap De Brug is het "
            "programma ingevoerd. Kinderpraktijk De Linde biedt ambulante hulp, samen met handbalvereniging "
            "Zonnedauw.")
    orgs = {o.lower() for o in _orgs(text)}
    assert {"vechtdal college", "scholengemeenschap de brug", "kinderpraktijk de linde",
            "handbalvereniging zonnedauw"} <= orgs


def test_the_province_named_where_it_acts():
    text = "Gemeente Zwolle, jaarverslag 2022. De aanpak wordt door de provincie Overijssel gefinancierd."
    assert "Provincie Overijssel" in _orgs(text)
    text = "Gemeente Zwolle, jaarverslag 2022. Zwolle is de hoofdstad van de provincie Overijssel."
    assert not any(o.startswith("Provincie") for o in _orgs(text))


def test_a_facility_with_a_capital_keeps_its_head_where_it_receives_a_grant():
    text = "Gemeente Zwolle, jaarverslag 2022. Buurthuis De Linde krijgt een bijdrage van € 40.000 voor de inloop."
    x = extract(text_doc(text))
    o = next(o for o in x.organisations if "Linde" in o.name)
    assert o.name == "Buurthuis De Linde" and "De Linde" in o.aliases
    text = "Gemeente Zwolle, jaarverslag 2022. Buurthuis De Linde is in het najaar geschilderd."
    assert not any("Linde" in o for o in _orgs(text))


def test_two_organisations_joined_by_en_de_when_the_second_has_its_own_head():
    text = ("Gemeente Zwolle, jaarverslag 2022. De zaken gaan naar Jeugdbescherming Vechtdal en de Zonnedauw "
            "Stichting.")
    orgs = _orgs(text)
    assert "Jeugdbescherming Vechtdal" in orgs and "Zonnedauw Stichting" in orgs


def test_en_omstreken_belongs_to_the_name():
    text = "Gemeente Zwolle, jaarverslag 2022. Het ouderenwerk werd door Voedselbank Zwolle e.o. georganiseerd."
    assert "Voedselbank Zwolle e.o." in _orgs(text)


def test_a_name_always_read_longer_is_the_longer_name():
    text = ("Gemeente Zwolle, jaarverslag 2022. De afspraken met Veilig Thuis Zwolle Vechtdal zijn verlengd. "
            "Veilig Thuis Zwolle Vechtdal ontving 400 meldingen.")
    orgs = _orgs(text)
    assert "Veilig Thuis Zwolle Vechtdal" in orgs and "Veilig Thuis Zwolle" not in orgs


def test_samen_opens_a_name_before_a_capital():
    text = "Gemeente Zwolle, jaarverslag 2022. De jeugdbescherming is belegd bij Samen Veilig Vechtdal."
    assert "Samen Veilig Vechtdal" in _orgs(text)


def test_a_kind_of_institution_in_lower_case_before_its_name():
    text = ("Gemeente Zwolle, jaarverslag 2022. In 2022 is integraal kindcentrum Zonnedauw verhuisd; de lokale "
            "omroep RTV Vechtdal kreeg een bijdrage.")
    assert {"Zonnedauw", "RTV Vechtdal"} <= _orgs(text)


def test_a_place_after_a_kind_of_institution_is_no_organisation():
    text = "Gemeente Zwolle, jaarverslag 2022. Het kindcentrum Kampen en de omroep Zwolle zijn verbouwd."
    assert not _orgs(text) & {"Kampen", "Zwolle"}


def test_a_school_named_after_someone_with_a_hyphen():
    text = "Gemeente Zwolle, jaarverslag 2022. Op de Anna Blaman-school is de gezonde lunch ingevoerd."
    assert "Anna Blaman-school" in _orgs(text)


def test_a_team_without_a_name_of_its_own_is_no_organisation():
    text = ("Gemeente Zwolle, jaarverslag 2022. Meer inwoners klopten aan bij het Sociaal Team, vaak met vragen "
            "over geld. De schuldhulp wordt uitgevoerd door het Sociaal Team samen met Stichting Zonnedauw.")
    orgs = _orgs(text)
    assert "Sociaal Team" not in orgs and "Zonnedauw" in orgs
    text = "Gemeente Zwolle, jaarverslag 2022. De taken zijn overgedragen aan Gebiedsteam Vechtdal."
    assert "Gebiedsteam Vechtdal" in _orgs(text)
