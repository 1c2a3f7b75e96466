"""Metadata from the text alone, twenty-eighth round: which municipality writes and which year it writes about,
where the text names other municipalities by their part, a place inside a body's name, or other documents."""

import pytest
from sdkg.loaders.extract import extract
from sdkg.loaders.metadata import infer_meta

from .conftest import names_of, text_doc

REPORT = "Jaarverslag 2023 gemeente Putten\n\n"


def _orgs_of(text: str) -> set[str]:
    """The organisations found in a report of Putten whose body is `text`."""
    return names_of(REPORT + text, "organisations")


def _orgs_in(sentence: str) -> set[str]:
    """The organisations found in one sentence of a report's social-domain chapter."""
    return _orgs_of("Sociaal domein\n\n" + sentence + "\n")


def _municipality(text: str) -> str | None:
    m = infer_meta(text_doc(text, source="page.txt")).municipality
    return m.name if m else None


@pytest.mark.parametrize(("text", "want"), [
    # the region's central municipality is another one: one that is writes "als centrumgemeente"
    ("Sociaal domein\n\nWe ontvingen middelen via centrumgemeente Zwolle voor beschermd wonen. De verantwoordelijkheid "
     "voor de opvang ligt nu bij centrumgemeente Zwolle.\n", None),
    ("Sociaal domein\n\nDe uitvoering van de Participatiewet is opgedragen aan de gemeente Leiden. De Zoetermeerse "
     "werkgevers zijn tevreden over het servicepunt.\n", "Zoetermeer"),
    ("Sociaal domein\n\nVoor de doorontwikkeling van het minimabeleid is budget gereserveerd. De gemeente Oss "
     "ontvangt vanuit de gemeente Eindhoven een decentralisatie-uitkering voor de opvang.\n", "Oss"),
], ids=["centrumgemeente", "task handed to another municipality", "money sent by another municipality"])
def test_a_municipality_named_as_another_party_is_not_the_author(text, want):
    assert _municipality(text) == want


def test_the_municipality_that_names_its_centrumgemeente_is_found_beside_it():
    text = ("Sociaal domein\n\nDe gemeente Kampen werkt aan een sterke sociale basis. Beschermd wonen ligt nu bij "
            "centrumgemeente Zwolle.\n")
    assert _municipality(text) == "Kampen"


def test_a_neighbourhood_name_inside_a_body_s_name_is_no_evidence_of_where_the_text_is_from():
    body = ("Sociaal domein\n\nDe bijdrage is verhoogd conform de afspraken met Stichting Dalkracht Kloosterveen. "
            "De gemeentelijke bijdrage aan Kloosterveen wordt daarmee structureel.\n")
    assert _municipality(body) is None
    # the neighbourhood itself still says where the text is from
    place = "Sociaal domein\n\nIn de wijk Kloosterveen is een nieuwe huiskamer geopend voor ouderen.\n"
    assert _municipality(place) == "Assen"


def _year(text: str) -> int | None:
    return infer_meta(text_doc(text, source="page.txt")).year


def test_a_budget_s_reference_to_a_coming_annual_account_is_not_its_year():
    text = ("Begroting 2020\n\nSociaal Domein\n\nWat willen we bereiken\n\nMeer inwoners voelen zich gezond.\n"
            "Streefwaarde: > 83% in 2021 (gegevens beschikbaar in jaarrekening 2021)\n"
            "Streefwaarde: > 16% in 2021 (gegevens beschikbaar in jaarrekening 2021)\n"
            "Wat gaan we daar in 2020 voor doen\n\nWe ondersteunen mantelzorgers.\n")
    assert _year(text) == 2020
    # an annual account's own title still dates it
    assert _year("Jaarrekening 2021\n\nSociaal domein\n\nWat hebben we bereikt\n\nMeer inwoners deden mee.\n") == 2021


def test_a_year_looked_back_on_in_the_course_of_it_counts_as_one_looked_back_on():
    text = ("Sociaal domein\n\nIn de loop van 2021 heeft het college een noodregeling voor verenigingen vastgesteld. "
            "Er kwamen 41 aanvragen binnen.\nIn 2020 is de maatwerkregeling door het college vastgesteld en "
            "later verlengd.\n")
    assert _year(text) == 2021


def test_a_municipality_after_a_capitalised_preposition_and_an_article_is_no_surname():
    text = ("Sociaal domein\n\nDe focus verschuift naar preventie. In de Hoeksche Waard werkten we aan de doelstellingen "
            "van het akkoord.\n")
    assert _municipality(text) == "Hoeksche Waard"
    # "Anna de Bilt" is still a person
    assert _municipality("Sociaal domein\n\nWethouder Anna de Bilt opende de nieuwe huiskamer.\n") is None


def test_a_page_that_lists_changes_to_the_running_budget_is_a_mid_year_report():
    changes = ("Sociaal domein\n\nWijkteams                       € 26.000 nadelig\n"
               "Jeugdhulp, gewijzigde werkwijze        € 37.000 nadelig\n"
               "In de loop van het jaar hebben we de toegang anders ingericht. De gecertificeerde instellingen voerden "
               "meer maatregelen uit.\n")
    assert infer_meta(text_doc(changes)).document_type == "other"
    once = ("Opvang\n\nBijdrage inrichting noodopvang (€ 21.750 incidenteel voordelig)\n\nVoor de inrichting van de "
            "noodopvang heeft het COA een vergoeding toegezegd. Er zijn extra middelen toegekend.\n")
    assert infer_meta(text_doc(once)).document_type == "other"
    # an annual account's differences stand beside its realisation, which types it; a past tense alone still does
    account = ("Wat hebben we bereikt\n\nDe wijkteams hebben meer inwoners geholpen.\n"
               "Wijkteams € 26.000 nadelig\nJeugdhulp € 37.000 nadelig\n")
    assert infer_meta(text_doc(account)).document_type == "jaarverslag"
    looked_back = ("Sociaal domein\n\nIn 2021 hebben we de toegang anders ingericht. De wijkteams hielpen meer "
                   "inwoners en er is een nieuwe werkwijze gestart.\n")
    assert infer_meta(text_doc(looked_back)).document_type == "jaarverslag"


@pytest.mark.parametrize("sentence", [
    "Centering Zwangerschap wordt naar verwachting door de rijksoverheid bekostigd.",
    "We ontvangen hiervoor middelen van de rijksoverheid.",
])
def test_the_national_government_written_in_lower_case_is_the_rijk(sentence):
    assert "Rijk" in _orgs_in(sentence)


def test_rich_is_still_an_adjective():
    assert "Rijk" not in names_of(REPORT + "Er is een rijk aanbod aan activiteiten.\n",
                                  "organisations")


def test_an_office_s_title_with_what_it_heads_is_neither_a_body_nor_an_undertaking():
    text = ("Begroting 2025 gemeente Putten\n\nDe GGD Noord- en Oost-Gelderland is een gemeenschappelijke regeling. De "
            "dagelijkse leiding van de organisatie ligt bij de Directeur Publieke Gezondheid (DPG).\n")
    ex = extract(text_doc(text))
    names = {o.name for o in ex.organisations} | {i.name for i in ex.initiatives}
    assert not any(n.startswith("Directeur") for n in names), names
    assert "GGD Noord- en Oost-Gelderland" in {o.name for o in ex.organisations}


def test_the_days_things_happened_date_a_text_that_looks_back():
    text = ("Inclusie\n\nOp 31 mei 2021 is tijdens de thema-avond gesproken over een toegankelijker dorp. Wat daarvoor "
            "nodig is, hebben we in werkgroepen uitgewerkt. Op 13 september 2021 was er een bijeenkomst met de "
            "werkgroepen. De regeling loopt tot 1 januari 2025.\n")
    assert _year(text) == 2021
    # a deadline alone dates nothing
    assert _year("Inclusie\n\nWe hebben de werkgroepen gevraagd hun advies uit te brengen. De regeling loopt tot "
                 "1 januari 2025.\n") is None


def test_news_items_under_indented_date_lines_are_dated_by_them():
    text = ("Mei\n\n • Gemeente vraagt opnieuw om maatwerk\n\n  10 mei 2022\n\n  In december 2021 vroeg de wethouder al "
            "om aandacht voor het beleid.\n\n • Meer bankjes in het dorp\n\n  10 mei 2022\n\n  Aan de oproep is goed "
            "gehoor gegeven.\n")
    assert _year(text) == 2022


MEMBERS = ("De GGD is een gemeenschappelijke regeling. De raden en de colleges van de gemeenten Beuningen, Buren, Berg "
           "en Dal, Culemborg, Druten, Heumen, Maasdriel, Nijmegen, Tiel, West Maas en Waal, Wijchen en Zaltbommel zijn "
           "deelnemers aan de regeling.\n")


def test_a_regional_body_s_members_listed_alike_say_not_which_of_them_writes():
    assert _municipality("Verbonden partijen\n\n" + MEMBERS) is None
    # the one that writes says so beside the list
    assert _municipality("Verbonden partijen\n\nDe gemeente Druten neemt deel aan de GGD. " + MEMBERS) == "Druten"


def test_a_village_inside_a_municipality_s_name_is_no_village_named():
    from sdkg.loaders import metadata

    # "Waal" is a village (and a neighbourhood) of another municipality; here it ends "West Maas en Waal"
    ctx = metadata._MuniContext(text_doc("Sociaal domein\n\nDe bibliotheek van West Maas en Waal is verbouwd.\n"), 2025)
    assert not [c for c in (*metadata._villages(ctx), *metadata._areas(ctx)) if "Waal" in c.what]
    ctx = metadata._MuniContext(text_doc("Sociaal domein\n\nDe bibliotheek in Waal is verbouwd.\n"), 2025)
    assert [c for c in metadata._villages(ctx) if "Waal" in c.what]


def test_the_one_year_a_budget_names_past_its_history_and_short_of_a_horizon_is_its_year():
    text = ("Wat willen we bereiken\n\nEen gezonde start voor ieder kind. De gezondheidsachterstand is in 2030 op het "
            "landelijk gemiddelde. Het programma wordt naar verwachting in 2024 door het Rijk bekostigd.\n")
    assert _year(text) == 2024
    # a history year alone is no budget year; and where the file name names another year, the text's one is not it
    assert _year("Wat willen we bereiken\n\nIn 2020 is de nota vastgesteld. We willen meer inwoners bereiken.\n") is None
    meta = infer_meta(text_doc(text, source="begroting-2025.txt"))
    assert meta.year != 2024


def test_a_person_s_surname_is_no_neighbourhood_of_any_municipality():
    from sdkg.loaders import metadata

    # "Boer" is the name of a neighbourhood elsewhere
    ctx = metadata._MuniContext(text_doc("Verantwoordelijk\n\nB. Smeets en R. de Boer\n"), 2024)
    assert not list(metadata._areas(ctx))


@pytest.mark.parametrize("sentence", [
    "De cursussen worden bekostigd door Dalkracht.",
    "Het onderzoek is uitgevoerd en beschreven door Brugvast Advies.",
    "De gemeente laat de eiken bespuiten (door Groene Lindeloop uit Ede) waar de meeste overlast is.",
    "De woningen worden beschikbaar gesteld door Zonnetij.",
])
def test_the_agent_of_a_passive_is_an_organisation(sentence):
    orgs = _orgs_in(sentence)
    assert orgs & {"Dalkracht", "Brugvast Advies", "Groene Lindeloop", "Zonnetij"}, orgs


def test_a_cause_is_no_agent():
    for sentence in ("De stijging is veroorzaakt door Brexit en door Dalstroom Vervoer.",
                     "De opening werd gevolgd door Koningsdag."):
        orgs = _orgs_in(sentence)
        assert not orgs & {"Brexit", "Koningsdag"}, orgs


def test_the_name_after_a_compound_legal_form_is_its_short_form():
    text = (REPORT + "Sociaal domein\n\nWe starten samen met Woonstichting Lindeloop het "
            "project Buren voor Buren. De woningen worden beschikbaar gesteld door Lindeloop.\n")
    ex = extract(text_doc(text))
    orgs = {o.name: o for o in ex.organisations}
    assert "Lindeloop" not in orgs and "Lindeloop" in orgs["Woonstichting Lindeloop"].aliases, orgs


@pytest.mark.parametrize(("sentence", "name"), [
    ("Lindeloop en de gemeente hebben afgesproken dat de wachtlijst daalt.", "Lindeloop"),
    ("De gemeente en Brugvast hebben afgesproken dat de wachtlijst daalt.", "Brugvast"),
    ("Ook Heuvelstee Zorg en de gemeente gaan in gesprek over de toegang.", "Heuvelstee Zorg"),
])
def test_a_body_that_acts_together_with_the_municipality_is_an_organisation(sentence, name):
    assert name in _orgs_in(sentence)


def test_residents_acting_with_the_municipality_are_no_organisation():
    text = REPORT + "Sociaal domein\n\nInwoners en de gemeente hebben samen gekozen.\n"
    assert not names_of(text, "organisations")


@pytest.mark.parametrize(("sentence", "want"), [
    ("Dit gebeurt in samenwerking met onder andere Dalkracht en Brugvast.", {"Dalkracht", "Brugvast"}),
    ("Aan tafel zaten Dalkracht, Brugvast en de GGD.", {"Dalkracht", "Brugvast", "GGD"}),
    ("Er is een samenwerkingsovereenkomst getekend met Lindeloop.", {"Lindeloop"}),
    ("De gemeente is aandeelhouder van Zonnetij.", {"Zonnetij"}),
    ("Dalkracht gaat per 1 januari fuseren met Heuvelstee.", {"Heuvelstee"}),
    ("In gesprek met Tafelvast hebben we de aanpak bijgesteld.", {"Tafelvast"}),
])
def test_more_parts_only_a_body_plays(sentence, want):
    assert want <= _orgs_in(sentence)


def test_a_person_one_talks_with_is_no_organisation():
    text = REPORT + "Sociaal domein\n\nWe voerden gesprekken met Jan Jansen over de inloop.\n"
    assert not names_of(text, "organisations")


@pytest.mark.parametrize(("sentence", "want"), [
    ("Dalkracht heeft een subsidie ontvangen voor de inloop.", {"Dalkracht"}),
    ("Daarnaast ontvangt Brugvast een bijdrage voor de inloop.", {"Brugvast"}),
    ("Ook kregen Lindeloop en Zonnetij een bijdrage.", {"Lindeloop", "Zonnetij"}),
    ("Voor de uitvoering zijn Heuvelstee en Tafelvast verantwoordelijk.", {"Heuvelstee", "Tafelvast"}),
    ("Dalkracht trad op als penvoerder.", {"Dalkracht"}),
    ("Brugvast is penvoerder van het project.", {"Brugvast"}),
])
def test_a_grant_s_receiver_a_body_responsible_and_a_lead_applicant(sentence, want):
    assert want <= _orgs_in(sentence)


def test_an_official_responsible_is_no_organisation():
    text = REPORT + "Sociaal domein\n\nVoor het beleid is wethouder Jan Jansen verantwoordelijk.\n"
    assert not names_of(text, "organisations")


@pytest.mark.parametrize(("sentence", "want"), [
    ("De cliënten gaan naar zorgboerderij De Gouden Zwaluw.", "De Gouden Zwaluw"),
    ("Wij werken samen met kinderopvang Zonnetij.", "Zonnetij"),
    ("De kringloopwinkel Brugvast draait op vrijwilligers.", "Brugvast"),
    ("Apotheek Lindeloop bezorgt medicijnen aan huis.", "Apotheek Lindeloop"),
    ("Fysiotherapie Heuvelstee geeft beweeglessen.", "Fysiotherapie Heuvelstee"),
])
def test_more_kinds_of_institution_head_their_names(sentence, want):
    assert want in _orgs_in(sentence)


def test_a_policy_field_heading_is_no_institution():
    assert not names_of(REPORT + "Kinderopvang En Onderwijs\n\nDe kosten stijgen.\n",
                        "organisations")


def test_a_list_announced_by_a_cue_only_a_body_follows():
    assert _orgs_of("We werken samen met:\n- Dalkracht;\n- Brugvast;\n- Lindeloop.\n") == {"Dalkracht", "Brugvast",
                                                                                          "Lindeloop"}
    assert _orgs_of("De subsidie is verleend aan:\n- Zonnetij (€ 20.000)\n- Tafelvast (€ 15.000)\n") == {"Zonnetij",
                                                                                                      "Tafelvast"}
    # themes and people in such a list stay words
    assert not _orgs_of("We werken samen met:\n- inwoners;\n- Sport en Bewegen;\n- de scholen.\n")


def test_a_project_card_s_fields_and_a_partners_column_name_organisations():
    assert _orgs_of("Project Samen Koken\n\nWie: Dalkracht en Brugvast\nWat: wekelijks samen koken\n") == {
        "Dalkracht", "Brugvast"}
    assert _orgs_of("Project Inloop\n\nDoor wie: Lindeloop\nBetrokken partijen: Zonnetij, Tafelvast\n") == {
        "Lindeloop", "Zonnetij", "Tafelvast"}
    assert {"Heuvelstee"} <= _orgs_of("Activiteit | Partners | Budget\nSamen koken | Heuvelstee | 20.000\n")
    # a column of the state of things names nobody
    assert not _orgs_of("Actie | Uitvoering | Status\nInloop | Gereed | Loopt\n")
    assert not _orgs_of("Wie: alle inwoners van Putten\nDoor wie: wethouder Jan Jansen\n")


@pytest.mark.parametrize(("sentence", "want"), [
    ("Het aantal cliënten van Heuvelstee steeg naar 120.", "Heuvelstee"),
    ("De wachtlijst bij Lindeloop is gedaald.", "Lindeloop"),
    ("Huurders van Brugvast krijgen een brief over de huurverhoging.", "Brugvast"),
    ("Het jaarverslag van Zonnetij laat een stijging zien.", "Zonnetij"),
    ("De raad van toezicht van Tafelvast kwam vier keer bijeen.", "Tafelvast"),
    ("De directeur van Dalkracht vertrekt na tien jaar.", "Dalkracht"),
])
def test_whom_a_body_serves_lets_to_or_is_governed_by_names_it(sentence, want):
    assert want in _orgs_in(sentence)


@pytest.mark.parametrize("sentence", [
    "De wachtlijst bij Jeugdhulp is lang.",
    "Het bestuur van de Vereniging is vernieuwd.",
    "De directeur van Publieke Gezondheid vertrekt.",
])
def test_a_sector_or_a_legal_form_alone_names_no_body(sentence):
    assert not _orgs_in(sentence)


@pytest.mark.parametrize(("sentence", "want"), [
    ("De stichting 'Dalkracht' organiseert de inloop.", "Dalkracht"),
    ("Samen met stichting “Brugvast” bieden we hulp.", "Brugvast"),
    ("Het project wordt getrokken door de vereniging Zonnetij.", "Zonnetij"),
])
def test_a_legal_form_in_lower_case_or_before_quotes_heads_a_body_s_name(sentence, want):
    ex = extract(text_doc(REPORT + "Sociaal domein\n\n" + sentence + "\n"))
    assert want in {o.name for o in ex.organisations} and want not in {i.name for i in ex.initiatives}


def test_a_heading_that_is_a_name_over_a_paragraph_about_a_body_names_it():
    text = ("Mantelzorg\n\nDalkracht\n\nDe stichting biedt ondersteuning aan mantelzorgers in de hele gemeente.\n\n"
            "Brugvast\nDeze organisatie helpt inwoners met schulden.\n")
    assert _orgs_of(text) == {"Dalkracht", "Brugvast"}
    # a paragraph about another body, named in it, leaves the heading a heading
    assert _orgs_of("Samen Koken\n\nDe stichting Lindeloop kookt wekelijks met buurtbewoners.\n") == {"Lindeloop"}


@pytest.mark.parametrize(("sentence", "want"), [
    ("Brugvast kreeg de opdracht de inloop te draaien.", "Brugvast"),
    ("Tafelvast faciliteert de bijeenkomsten van de mantelzorgers.", "Tafelvast"),
    ("Heuvelstee begeleidt jongeren naar werk.", "Heuvelstee"),
    ("Dalkracht adviseert de gemeente over armoede.", "Dalkracht"),
    ("Lindeloop bemiddelt tussen huurders en verhuurders.", "Lindeloop"),
    ("Zonnetij signaleert problemen in gezinnen vroeg.", "Zonnetij"),
])
def test_what_only_a_body_does_names_its_subject(sentence, want):
    assert want in _orgs_in(sentence)


def test_a_common_word_before_such_a_verb_is_no_body():
    assert not _orgs_of("Sociaal domein\n\nAlles draait om preventie. Preventie signaleert vroeg.\n")


def test_inside_a_municipality_s_name_reads_as_the_plain_formulation():
    import re

    from sdkg.loaders import metadata
    from sdkg.loaders.extract import places

    text = ("Sociaal domein\n\nDe gemeenten West Maas en Waal, Maasdriel, Bergen op Zoom en Berg en Dal werken samen met "
            "Waal en Zoom. In Sint-Michielsgestel en Oost Gelre zijn de wijken Waal en Gelre bekend.\n")
    ctx = metadata._MuniContext(text_doc(text), 2024)
    mentions = places.municipality_mentions(ctx.parsed)
    words = [m.span() for m in re.finditer(r"[\w\-]+(?: [\w\-]+)?", text)] + [(m.start, m.end) for m in mentions]
    assert any(ctx.in_municipality_name(a, b) for a, b in words)
    for a, b in words:
        plain = any(m.start <= a and b <= m.end and (m.start, m.end) != (a, b) for m in mentions)
        assert ctx.in_municipality_name(a, b) == plain, (a, b, text[a:b])
