"""Constructions of any report, fifty-fifth round. Every text here is invented."""

from sdkg.loaders.extract import extract

from .conftest import document_type_of as _type
from .conftest import names_of, text_doc


def _orgs(text: str) -> dict[str, list[str]]:
    return {o.name: o.aliases for o in extract(text_doc(text, "t.txt")).organisations}


# A body's name written once with its words run together, a particle glued to a place

def test_a_name_written_with_its_words_run_together_is_the_same_body():
    text = ("Begroting 2024 gemeente Putten\n\nDe subsidie voor Buurtkracht Oost loopt door. Daarnaast ontvangen "
            "Stichting Lichtpunt en de Vrijwilligerscentrale Putten een bijdrage. BuurtkrachtOost biedt buren die hulp "
            "vragen een maatje uit de straat.\n")
    orgs = _orgs(text)
    assert "Buurtkracht Oost" in orgs, orgs
    assert "BuurtkrachtOost" not in orgs and "BuurtkrachtOost" in orgs["Buurtkracht Oost"], orgs


def test_a_particle_run_into_a_place_is_no_body():
    text = ("Jaarverslag 2023 gemeente Putten\n\nIn het najaar openden Stichting Lichtpunt, Humanitas enPutten Helpt "
            "samen drie nieuwe huiskamers voor ouderen.\n")
    assert "enPutten" not in names_of(text, "organisations")


# The rest of a name: its initials, "voor" and a place; a claim on a body

def test_a_body_named_with_initials_keeps_them_all():
    text = ("Begroting 2024 gemeente Putten\n\nVerbonden partijen\n\nDe gemeente neemt deel in Werkvoorzieningschap "
            "R.V.N. en in de Gemeenschappelijke Regeling Veiligheidsregio Noord- en Oost-Gelderland.\n")
    orgs = names_of(text, "organisations")
    assert "Werkvoorzieningschap R.V.N." in orgs, orgs
    assert "Werkvoorzieningschap R" not in orgs, orgs


def test_a_word_for_a_place_is_the_whole_name():
    text = ("Begroting 2024 gemeente Putten\n\nWe verlengen de subsidies voor Stichting Lichtpunt, Buurtkracht Oost "
            "en Vonk voor Putten met een jaar. Ze zetten samen ruim tweehonderd vrijwilligers in.\n")
    orgs = names_of(text, "organisations")
    assert "Vonk voor Putten" in orgs and "Vonk" not in orgs, orgs


def test_a_claim_on_a_body_names_the_body():
    text = ("Jaarrekening 2022 gemeente Putten\n\nVerbonden partijen\n\nDe gemeente is aandeelhouder van Netwerk "
            "Energie Oost Holding NV. Na de verkoop resteren de Vordering op Netwerk Energie Oost BV en een "
            "escrow-rekening.\n")
    orgs = names_of(text, "organisations")
    assert not any(n.startswith("Vordering") for n in orgs), orgs


# Undertakings: a pact that names its domains, an adjective alone, care in kind

def test_a_pact_that_names_its_domains_is_named_whole():
    text = ("Begroting 2026 gemeente Putten\n\nSamen met de scholen werken we het Pact Sport, Cultuur en Ontmoeting "
            "verder uit en we starten een nieuwe aanpak voor jongeren.\n")
    inits = names_of(text, "initiatives")
    assert "Pact Sport, Cultuur en Ontmoeting" in inits, inits


def test_an_adjective_alone_is_no_undertaking():
    from sdkg.loaders.extract.initiatives import _f_lone_adjective
    from sdkg.loaders.extract.pipeline import Cand

    assert _f_lone_adjective(None, Cand("Gemeentelijk", 0, 12, 0.5))
    assert _f_lone_adjective(None, Cand("Landelijke", 0, 10, 0.5))
    assert not _f_lone_adjective(None, Cand("Gemeentelijk parkeerbeleid", 0, 26, 0.5))


def test_a_list_item_an_adjective_opens_stays_whole():
    text = ("Begroting 2020 gemeente Putten\n\nDeze beleidskaders zijn van toepassing:\n\n • Actieplan Bewegen in "
            "Putten 2019-2022\n • Gemeentelijk parkeerbeleid\n • Structuurvisie 2030\n • Landelijke richtlijnen\n")
    inits = names_of(text, "initiatives")
    assert "Gemeentelijk parkeerbeleid" in inits and "Gemeentelijk" not in inits, inits


def test_care_in_kind_in_a_budget_row_is_no_undertaking():
    text = ("Jaarrekening 2016 gemeente Putten\n\nTaakvelden sociaal domein\n\n  1. Maatwerkvoorzieningen Natura "
            "Wmo\n  2. Voorzieningen Natura Jeugd\n  3. Voorzieningen PGB Jeugd\n")
    inits = names_of(text, "initiatives")
    assert not any("Natura" in n for n in inits), inits


# A list of grants: each body with its task after it, a name that opens with 's or 't

def test_a_listed_body_with_its_task_after_it_is_named_without_the_task():
    text = ("Subsidies Samen Sterk in Putten\n\nHet college verleent dit jaar subsidie aan:\n\n"
            "  • Stichting Zonnebloemhuis Putten voor de uitvoering van het project Samen Fit\n"
            "  • ’s Gravenhof Zorggroep voor dagbesteding in de wijk\n"
            "  • ’t Anker Ontmoet voor de inloop op woensdag.\n")
    orgs = names_of(text, "organisations")
    assert {"’s Gravenhof Zorggroep", "’t Anker Ontmoet"} <= set(orgs), orgs


def test_a_name_of_one_word_before_voor_keeps_it():
    text = ("Jaarverslag 2023 gemeente Putten\n\nWe werkten samen met de volgende partners:\n\n"
            "  • Centrum voor jeugd en gezin\n  • Stichting Zonnebloemhuis Putten\n  • Bibliotheek Veluwe Oost\n")
    assert "Centrum" not in names_of(text, "organisations")


# An information page on a grant asks its reader's questions

def test_an_information_page_on_a_grant_is_no_budget():
    text = ("Regeling Sport en Bewegen: aanvragen\n\n\nIn Putten kan iedereen sporten, jong en oud. Met deze regeling "
            "helpt de gemeente verenigingen die nieuwe leden zoeken.\n\nVoor wie is deze regeling bedoeld\n\n"
            "Voor verenigingen en stichtingen die in Putten actief zijn.\n")
    assert _type(text) == "other"


# What the end of an excerpt cuts off, countries, a facility named by its village

def test_a_name_the_excerpts_end_cuts_off_is_none():
    text = ("Begroting 2026 gemeente Putten\n\nOndersteuning bij wonen blijft nodig voor ouderen. Vanaf de zomer "
            "verzorgt de Stichting Welzijn Ondersteun")
    orgs = names_of(text, "organisations")
    assert not any(n.endswith("Ondersteun") for n in orgs), orgs


def test_a_country_is_no_body():
    text = ("Jaarverslag 2022 gemeente Putten\n\nDoor de oorlog die Rusland voert zijn veel mensen op de vlucht. "
            "Samen met Vluchtelingenwerk bieden we onderdak aan ontheemden.\n")
    assert "Rusland" not in names_of(text, "organisations")


def test_a_facility_named_by_its_village_alone_is_no_body():
    text = ("Subsidieplafonds 2020 gemeente Bergen op Zoom\n\nSWKH (wijkcentrum Lepelstraat) Exploitatiesubsidie "
            "wijkcentra € 41.200\n")
    assert "Lepelstraat" not in names_of(text, "organisations")


# Undertakings: a college's papers, budget cells, bodies by their head, kinds of bodies, two pilots, "in het kader van"

def test_a_colleges_advisory_paper_is_no_undertaking():
    text = ("Besluiten van het college, 4 juni 2024\n\n1. Adviesnota verlenging subsidie Bergwerk taalhuis 2025\n"
            "Het college stemt in met het voorstel.\n")
    inits = names_of(text, "initiatives")
    assert not any("Adviesnota" in n for n in inits), inits


def test_pro_memorie_cells_are_no_undertaking():
    text = ("Kadernota 2026 gemeente Putten\n\nIntensiveringen 2026-2029\n\nHuisvesting scholen PM PM PM PM\n"
            "Informatievoorziening met uitvoeringsorganisatie Plan PM PM PM PM B\n")
    inits = names_of(text, "initiatives")
    assert not any("PM PM" in n for n in inits), inits


def test_a_planning_bureau_and_a_royal_body_are_no_undertakings():
    text = ("Jaarverslag 2023 gemeente Putten\n\nHet Gelders Sociaal Planbureau onderzoekt voor ons waarom de "
            "armoede hier hoog blijft. De Koninklijke Marechaussee deed mee aan de oefening.\n")
    inits = names_of(text, "initiatives")
    assert not {"Gelders Sociaal Planbureau", "Koninklijke Marechaussee"} & set(inits), inits


def test_a_kind_of_bodies_is_no_undertaking():
    text = ("Jaarverslag 2021 gemeente Putten\n\nDe uitgaven aan jeugdbescherming stegen, vooral doordat de tarieven "
            "van de Gecertificeerde Instellingen omhoog gingen.\n")
    assert "Gecertificeerde Instellingen" not in names_of(text, "initiatives")


def test_an_agenda_for_a_kind_of_bodies_stays_an_undertaking():
    text = ("Besluiten van het college, 2 november 2021\n\nHet college kiest voor een vervolg op de Ontwikkelagenda "
            "Gecertificeerde Instellingen en stuurt de raad een brief.\n")
    inits = names_of(text, "initiatives")
    assert any("Ontwikkelagenda Gecertificeerde Instellingen" in n for n in inits), inits


def test_two_pilots_named_side_by_side_are_two():
    text = ("Nieuws gemeente Putten\n\nSinds vorig jaar lopen in drie dorpen de pilot buurtkamers en de pilot "
            "dorpsondersteuner. Vrijwilligers bepalen daar zelf wat er nodig is.\n")
    inits = names_of(text, "initiatives")
    assert {"Pilot buurtkamers", "Pilot dorpsondersteuner"} <= set(inits), inits


def test_in_het_kader_van_names_no_framework():
    text = ("Begroting 2019 gemeente Putten\n\nDe cijfers van 2017 zijn in het kader van de vergelijkbaarheid 2019 "
            "omgerekend naar de nieuwe indeling.\n")
    inits = names_of(text, "initiatives")
    assert not any(n.lower().startswith("kader") for n in inits), inits


# Pages of a municipality's site: a press release's place and date, a news trail, skip links

def test_a_press_release_with_its_place_and_date_is_no_budget():
    text = ("Gemeente Putten\n\n\nMeer geld voor verenigingen in 2016\n\nPutten, 3 november 2015\n\nHet college heeft "
            "de subsidies voor volgend jaar vastgesteld. De verenigingen zullen er ruim op vooruit gaan.\n")
    assert _type(text) == "other"


def test_a_news_page_updated_on_a_day_is_no_budget():
    text = ("Bijgewerkt: 17 maart 2022\n\nPutten en Bergveen kopen zorg samen in\n\nNieuws -> Gemeente\n\nDe twee "
            "gemeenten willen de jeugdhulp dicht bij huis houden en maken daarom samen afspraken met aanbieders.\n")
    assert _type(text) == "other"


def test_a_page_of_the_municipalitys_site_that_names_no_budget_is_other():
    text = ("Ga naar de inhoud Ga naar het zoeken Ga naar het menu Logo van Gemeente Putten\n\nHulp bij het "
            "huishouden\n\nWie het huishouden niet meer zelf kan doen, kan hulp krijgen. De gemeente zoekt samen met "
            "de inwoner naar hulp die past.\n")
    assert _type(text) == "other"


def test_a_budgets_programme_page_on_a_site_with_skip_links_stays_a_budget():
    text = ("Direct naar paginainhoud\n\nProgrammabegroting 2025\n\nProgramma 3 Sociaal domein\n\nWat willen we "
            "bereiken?\nIn 2025 gaan we de toegang versterken.\n")
    assert _type(text) == "begroting"


# An example's word before a name; a pact by its place

def test_an_examples_word_is_no_part_of_a_name():
    text = ("Nieuws gemeente Putten\n\nIn het netwerk werken veel partijen mee. Zoals Sociale Dienst Bergveen, "
            "Werkbaan Noord en Stichting Lichtpunt.\n")
    orgs = names_of(text, "organisations")
    assert "Sociale Dienst Bergveen" in orgs and not any(n.startswith("Zoals") for n in orgs), orgs


def test_a_pact_by_its_place_is_an_undertaking_that_ends_with_the_place():
    text = ("Nieuws gemeente Putten\n\nDe voedselbank en de kerken tekenden het Armoedepact Putten in Het Anker. "
            "Het Armoedepact Putten begint met een spreekuur in elke wijk.\n")
    inits = names_of(text, "initiatives")
    assert "Armoedepact Putten" in inits, inits
    assert "Armoedepact Putten" not in names_of(text, "organisations")


# Office holders listed with their municipalities; a town hall or a pool is a building

def test_office_holders_with_their_municipalities_are_no_undertakings():
    text = ("Nieuws gemeente Putten\n\nDe wethouders Sociale Zaken Anja Verbeek-Smits (Bergen op Zoom), Hugo Ravels "
            "(Roosendaal) en Karel de Wit (Putten) openden samen het nieuwe Werkplein.\n")
    inits = names_of(text, "initiatives")
    assert not any(w in n for n in inits for w in ("Ravels", "Verbeek")), inits


def test_a_town_hall_or_a_swimming_pool_is_no_undertaking():
    text = ("Jaarverslag 2017 gemeente Putten\n\nDe bijeenkomst vond plaats in Raadhuis De Linde. Ook het Zwembad "
            "Oosterhout kreeg een bijdrage voor het project Samen Zwemmen.\n")
    inits = names_of(text, "initiatives")
    assert not {"Raadhuis De Linde", "Zwembad Oosterhout"} & set(inits), inits


# An alderman's column speaks as "ik"; a news site labels its items

def test_an_aldermans_column_is_no_budget():
    text = ("Van de wethouder\n\nSinds de zomer mag ik de portefeuille zorg beheren. Wat mij opvalt, is hoeveel "
            "inwoners elkaar helpen zonder dat iemand erom vraagt.\n")
    assert _type(text) == "other"


def test_a_news_item_under_its_categories_is_no_account():
    text = ("Raad stemt in met nieuwe koers voor jeugdhulp\n\nCategorieën\n\n  • Jeugd\n\nDe raad heeft ingestemd "
            "met de koers. Ouders en jongeren waren bij de gesprekken en gaven hun mening; daarna hebben we de koers "
            "aangepast.\n")
    assert _type(text) == "other"


def test_the_civil_code_is_a_law_not_an_undertaking():
    text = ("Gemeenteblad 2019 gemeente Putten\n\nRegeling waarderingssubsidies Putten 2019\n\nArtikel 1\nEen "
            "aanvrager is een vereniging of stichting als bedoeld in Boek 2 van het Burgerlijk Wetboek.\n")
    assert "Burgerlijk Wetboek" in names_of(text, "laws")
    assert "Burgerlijk Wetboek" not in names_of(text, "initiatives")


def test_the_parties_of_an_agreement_are_bodies():
    text = ("Wijkfonds Putten\n\nHet Wijkfonds Putten rust op een convenant tussen Havenzicht, Woonlint, Dijkvast en "
            "de gemeente Putten; bewoners kunnen er een voorstel voor hun straat indienen.\n")
    orgs = names_of(text, "organisations")
    assert {"Havenzicht", "Woonlint", "Dijkvast"} <= set(orgs), orgs


# National bodies: one a list writes in lower case after its legal form, and those the register now holds

def test_a_national_body_in_lower_case_after_its_legal_form_is_found():
    text = ("Armoederegeling gemeente Putten\n\nUit dit budget kan het college bijdragen aan:\n\n  • a.\n\n"
            "   Stichting leergeld\n\n  • b.\n\n   Stichting Voedselbank\n")
    assert "Leergeld" in names_of(text, "organisations")


def test_the_ghor_the_childrens_helpline_and_the_anwb_are_bodies():
    text = ("Begroting 2024 gemeente Putten\n\nKenmerkend voor de veiligheidsregio is dat naast Brandweer, "
            "Crisisbeheersing en de GHOR ook de jeugdgezondheidszorg onder haar valt. Voor ouderen zijn er voorzieningen, "
            "zoals het ANWB automaatje, de boodschappendienst en de inloop in het dorpshuis. Kinderen die thuis niet "
            "veilig zijn kunnen bellen met De Kindertelefoon.\n")
    orgs = names_of(text, "organisations")
    assert {"GHOR", "De Kindertelefoon", "ANWB"} <= set(orgs), orgs


def test_the_regulator_of_housing_corporations_is_a_body():
    text = ("Prestatieafspraken 2024-2027 gemeente Putten\n\nElk jaar gaat een verslag van de afspraken naar de "
            "Autoriteit Woningcorporaties, die toezicht houdt op de corporaties.\n")
    assert "Autoriteit woningcorporaties" in names_of(text, "organisations")
