"""Constructions of any report, fifty-fifth round. Every text here is invented."""

from .conftest import names_of


def _orgs(text: str) -> dict[str, list[str]]:
    from sdkg.loaders.extract import extract

    from .conftest import text_doc

    return {o.name: o.aliases for o in extract(text_doc(text, "t.txt")).organisations}


# A body's name written once with its words run together

def test_a_name_written_with_its_words_run_together_is_the_same_body():
    text = ("Begroting 2024 gemeente Putten\n\nWe verlenen subsidie aan Vrijwilligerscentrale Putten, Stichting "
            "Lichtpunt en Buurtkracht Oost. BuurtkrachtOost ondersteunt vrijwilligers in de wijken en bemiddelt tussen "
            "vraag en aanbod.\n")
    orgs = _orgs(text)
    assert "Buurtkracht Oost" in orgs, orgs
    assert "BuurtkrachtOost" not in orgs and "BuurtkrachtOost" in orgs["Buurtkracht Oost"], orgs


def test_a_particle_run_into_a_place_is_no_body():
    text = ("Jaarverslag 2023 gemeente Putten\n\nStichting Lichtpunt, Humanitas enPutten Helpt hebben in de "
            "coronatijd hun activiteiten uitgebreid om eenzaamheid te verminderen.\n")
    assert "enPutten" not in names_of(text, "organisations")


# The rest of a name: its initials, "voor" and a place

def test_a_body_named_with_initials_keeps_them_all():
    text = ("Begroting 2024 gemeente Putten\n\nVerbonden partijen\n\nDe gemeente neemt deel in Werkvoorzieningschap "
            "R.V.N. en in de Gemeenschappelijke Regeling Veiligheidsregio Noord- en Oost-Gelderland.\n")
    orgs = names_of(text, "organisations")
    assert "Werkvoorzieningschap R.V.N." in orgs, orgs
    assert "Werkvoorzieningschap R" not in orgs, orgs


def test_a_word_for_a_place_is_the_whole_name():
    text = ("Begroting 2024 gemeente Putten\n\nHet gaat om subsidies voor Stichting Lichtpunt, Buurtkracht Oost en "
            "Hart voor Putten. Deze organisaties werken met vrijwilligers.\n")
    orgs = names_of(text, "organisations")
    assert "Hart voor Putten" in orgs and "Hart" not in orgs, orgs


def test_a_claim_on_a_body_names_the_body():
    text = ("Jaarrekening 2022 gemeente Putten\n\nVerbonden partijen\n\nDe gemeente is aandeelhouder van Netwerk "
            "Energie Oost Holding NV. Na de verkoop resteren de Vordering op Netwerk Energie Oost BV en een "
            "escrow-rekening.\n")
    orgs = names_of(text, "organisations")
    assert not any(n.startswith("Vordering") for n in orgs), orgs


# Undertakings: a pact that names its domains, an adjective alone, care in kind

def test_a_pact_that_names_its_domains_is_named_whole():
    text = ("Begroting 2026 gemeente Putten\n\nWe geven uitvoering aan het Pact Sport, Cultuur en Ontmoeting en "
            "ontwikkelen samen met de scholen een nieuwe aanpak.\n")
    inits = names_of(text, "initiatives")
    assert "Pact Sport, Cultuur en Ontmoeting" in inits, inits


def test_an_adjective_alone_is_no_undertaking():
    text = ("Begroting 2020 gemeente Putten\n\nRelevante beleidskaders/nota's\n\n • Uitvoeringsplan Gezond in Putten "
            "2019-2021\n • Gemeentelijk geluidbeleid\n • Structuurvisie 2030\n • Landelijke richtlijnen\n")
    inits = names_of(text, "initiatives")
    assert "Uitvoeringsplan Gezond in Putten 2019-2021" in inits, inits
    assert not {"Gemeentelijk", "Landelijke"} & set(inits), inits


def test_care_in_kind_in_a_budget_row_is_no_undertaking():
    text = ("Jaarrekening 2016 gemeente Putten\n\nTaakvelden sociaal domein\n\n  1. Maatwerkvoorzieningen Natura "
            "materieel Wmo\n  2. Individuele voorzieningen Natura Jeugd\n  3. Individuele voorzieningen PGB Jeugd\n")
    inits = names_of(text, "initiatives")
    assert not any("Natura" in n for n in inits), inits


# A list of grants: each body with its task after it, a name that opens with 's or 't

def test_a_listed_body_with_its_task_after_it_is_named_without_the_task():
    text = ("Subsidies Samen Sterk in Putten\n\nVoor het jaar 2024 gaat het om een subsidie aan:\n\n"
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
    from sdkg.loaders.metadata import infer_meta

    from .conftest import text_doc

    text = ("Subsidie Sport en Bewegen: Programma subsidie\n\n\nWe willen dat iedere inwoner kan meedoen. De gemeente "
            "Putten wil een gezonde en sociale samenleving voor haar inwoners.\n\nVoor wie is deze subsidie bedoeld\n\n"
            "Voor organisaties die activiteiten organiseren voor inwoners van Putten.\n")
    assert infer_meta(text_doc(text, "t.txt"), {}).document_type == "other"


# What the end of an excerpt cuts off, countries, a facility named by its village

def test_a_name_the_excerpts_end_cuts_off_is_none():
    text = ("Begroting 2026 gemeente Putten\n\nIn 2026 wordt de zorg voor ouderen versterkt. Ondersteuning bij "
            "wonen blijft nodig. Het beheer van de ontmoetingscentra gaat over naar de Stichting Welzijn Ondersteun")
    orgs = names_of(text, "organisations")
    assert not any(n.endswith("Ondersteun") for n in orgs), orgs


def test_a_country_is_no_body():
    text = ("Jaarverslag 2022 gemeente Putten\n\nBegin 2022 werd Oekraïne aangevallen door Rusland. Putten vangt "
            "inmiddels tientallen ontheemden op, samen met Vluchtelingenwerk.\n")
    assert "Rusland" not in names_of(text, "organisations")


def test_a_facility_named_by_its_village_alone_is_no_body():
    text = ("Subsidies 2018 gemeente Goirle\n\nSCAR (wijkcentrum Riel) ontvangt een exploitatiesubsidie voor de "
            "wijkcentra. Ook wijkcentrum Riel krijgt een bijdrage voor de inloop.\n")
    assert "Riel" not in names_of(text, "organisations")


# Undertakings: a college's papers, budget cells, bodies by their head, kinds of bodies, two pilots, "in het kader van"

def test_a_colleges_advisory_paper_is_no_undertaking():
    text = ("Besluitenlijst college 12 maart 2024\n\n1. Adviesnota aanvraag subsidie Bergwerk inburgering 2024\n"
            "Het college besluit de subsidie te verlenen.\n")
    inits = names_of(text, "initiatives")
    assert not any("Adviesnota" in n for n in inits), inits


def test_pro_memorie_cells_are_no_undertaking():
    text = ("Perspectiefnota 2026 gemeente Putten\n\nInvesteringen\nIntegraal Huisvestingsplan PM PM PM PM\n"
            "Plan PM PM PM PM S\n")
    inits = names_of(text, "initiatives")
    assert not any("PM PM" in n for n in inits), inits


def test_a_planning_bureau_and_a_royal_body_are_no_undertakings():
    text = ("Jaarverslag 2023 gemeente Putten\n\nWe hebben bij het Gelders Sociaal Planbureau een onderzoeksvraag "
            "neergelegd. Ook de Koninklijke Marechaussee was bij de oefening aanwezig.\n")
    inits = names_of(text, "initiatives")
    assert not {"Gelders Sociaal Planbureau", "Koninklijke Marechaussee"} & set(inits), inits


def test_a_kind_of_bodies_is_no_undertaking():
    text = ("Jaarverslag 2021 gemeente Putten\n\nDe kosten stijgen door de indexatie van de Gecertificeerde "
            "Instellingen, omdat ze geen kostendekkend tarief hadden.\n")
    assert "Gecertificeerde Instellingen" not in names_of(text, "initiatives")


def test_two_pilots_named_side_by_side_are_two():
    text = ("Nieuws gemeente Putten\n\nIn de gemeente werken we al een tijdje met de pilot buurtkamers en de pilot "
            "dorpsondersteuner. Kernen die meedoen krijgen de kans om activiteiten te organiseren.\n")
    inits = names_of(text, "initiatives")
    assert {"Pilot buurtkamers", "Pilot dorpsondersteuner"} <= set(inits), inits


def test_in_het_kader_van_names_no_framework():
    text = ("Begroting 2019 gemeente Putten\n\nOverigens is in het kader van de leesbaarheid 2016 als uitgangspunt "
            "genomen voor de weergave van de taakvelden.\n")
    inits = names_of(text, "initiatives")
    assert not any(n.lower().startswith("kader") for n in inits), inits


def test_an_agenda_for_a_kind_of_bodies_stays_an_undertaking():
    text = ("Besluitenlijst college 5 oktober 2021\n\nHet college stemt in met de Voortzetting verbeteragenda "
            "Gecertificeerde Instellingen en informeert de raad.\n")
    inits = names_of(text, "initiatives")
    assert any("verbeteragenda Gecertificeerde Instellingen" in n for n in inits), inits


# Pages of a municipality's site: a press release's place and date, a news trail, skip links

def _type(text: str) -> str:
    from sdkg.loaders.metadata import infer_meta

    from .conftest import text_doc

    return infer_meta(text_doc(text, "t.txt"), {}).document_type


def test_a_press_release_with_its_place_and_date_is_no_budget():
    text = ("Gemeente Putten\n\n\nPutten keert in 2011 voor EUR 12 miljoen aan subsidies uit\n\nPutten, 8 december 2010"
            "\n\nBurgemeester en wethouders van Putten hebben het subsidieplan 2011 vastgesteld. Voor de jaren daarna "
            "zullen we moeten kiezen.\n")
    assert _type(text) == "other"


def test_a_news_page_updated_on_a_day_is_no_budget():
    text = ("Bijgewerkt: 4 december 2021\n\nPutten wil zorg lokaal houden\n\nNieuws -> Gemeente\n\nMet samen 60.000 "
            "inwoners voldoen Putten en Bergveen aan de eis om groot genoeg te zijn voor de taken in het sociaal "
            "domein.\n")
    assert _type(text) == "other"


def test_a_page_of_the_municipalitys_site_that_names_no_budget_is_other():
    text = ("Ga naar de inhoud Ga naar het zoeken Ga naar het menu Logo van Gemeente Putten\n\nMeer zorgtaken voor "
            "gemeente\n\nHet rijk heeft taken uit de Jeugdzorg, Wmo en Participatiewet aan de gemeenten overgedragen. "
            "Inwoners moeten zelfredzaam zijn en hun netwerk inzetten.\n")
    assert _type(text) == "other"


def test_a_budgets_programme_page_on_a_site_with_skip_links_stays_a_budget():
    text = ("Direct naar paginainhoud\n\nProgrammabegroting 2025\n\nProgramma 3 Sociaal domein\n\nWat willen we "
            "bereiken?\nIn 2025 gaan we de toegang versterken.\n")
    assert _type(text) == "begroting"


# An example's word before a name; a pact by its place

def test_an_examples_word_is_no_part_of_a_name():
    text = ("Nieuws gemeente Putten\n\nWe werken samen met partners. Zoals Sociale Dienst Bergveen, Drechtwerk en "
            "Stichting Lichtpunt.\n")
    orgs = names_of(text, "organisations")
    assert "Sociale Dienst Bergveen" in orgs and not any(n.startswith("Zoals") for n in orgs), orgs


def test_a_pact_by_its_place_is_an_undertaking_that_ends_with_the_place():
    text = ("Nieuws gemeente Putten\n\nLeergeld en Vluchtelingenwerk sloten zich aan bij het Armoedepact Putten in "
            "De Werf. Het Armoedepact Putten slaat de handen ineen tegen armoede.\n")
    inits = names_of(text, "initiatives")
    assert "Armoedepact Putten" in inits, inits
    assert "Armoedepact Putten" not in names_of(text, "organisations")


# Office holders listed with their municipalities; a town hall or a pool is a building

def test_office_holders_with_their_municipalities_are_no_undertakings():
    text = ("Nieuws gemeente Putten\n\nDe wethouders Sociale Zaken Anja Verbeek-Smits (Bergen op Zoom), Hugo Ravels "
            "(Roosendaal) en Karel de Wit (Putten) beelden de samenwerking uit bij de start van het Werkplein.\n")
    inits = names_of(text, "initiatives")
    assert not any(w in n for n in inits for w in ("Ravels", "Verbeek")), inits


def test_a_town_hall_or_a_swimming_pool_is_no_undertaking():
    text = ("Jaarverslag 2017 gemeente Putten\n\nDe bijeenkomst vond plaats in Raadhuis De Linde. Ook het Zwembad "
            "Oosterhout kreeg een bijdrage voor het project Samen Zwemmen.\n")
    inits = names_of(text, "initiatives")
    assert not {"Raadhuis De Linde", "Zwembad Oosterhout"} & set(inits), inits


# An alderman's column speaks as "ik"; a news site labels its items

def test_an_aldermans_column_is_no_budget():
    text = ("Reorganiseren\n\nAl weer ruim een half jaar ben ik aan het werk als wethouder in het mooie Putten. Ik mocht "
            "met veel onderdelen uit het sociaal domein aan de slag gaan, zoals zorg en welzijn en werk en inkomen.\n")
    assert _type(text) == "other"


def test_a_news_item_under_its_categories_is_no_account():
    text = ("College blij met Visie Sociaal Putten 2030\n\nCategorieën\n\n  • Sociaal\n\nEr is een visie opgesteld voor "
            "het sociaal domein in Putten. Inwoners hebben meegedacht en gingen in gesprek met de gemeente; daarna "
            "hebben we de visie uitgewerkt.\n")
    assert _type(text) == "other"


def test_the_civil_code_is_a_law_not_an_undertaking():
    text = ("Gemeenteblad 2017 gemeente Putten\n\nSubsidieregeling Welzijn Putten 2017\n\nArtikel 1 Begripsbepalingen\n"
            "In deze regeling wordt verstaan onder rechtspersoon: een rechtspersoon als bedoeld in artikel 3 van Boek 2 "
            "van het Burgerlijk Wetboek.\n")
    assert "Burgerlijk Wetboek" in names_of(text, "laws")
    assert "Burgerlijk Wetboek" not in names_of(text, "initiatives")


def test_the_parties_of_an_agreement_are_bodies():
    text = ("Putten Akkoord\n\nHet Putten Akkoord is een convenant tussen Woonkracht, Havenzicht, Stadsgenoot en de "
            "gemeente Putten en stimuleert ideeën voor maatschappelijke initiatieven in de wijken.\n")
    orgs = names_of(text, "organisations")
    assert {"Woonkracht", "Havenzicht", "Stadsgenoot"} <= set(orgs), orgs


# National bodies: one a list writes in lower case after its legal form, and three the register now holds

def test_a_national_body_in_lower_case_after_its_legal_form_is_found():
    text = ("Regeling Budget Basis gemeente Putten\n\nHet college kan aan onderstaande organisaties een deel van dit "
            "budget toekennen:\n\n  • a.\n\n   Stichting leergeld\n\n  • b.\n\n   Stichting Voedselbank\n")
    assert "Leergeld" in names_of(text, "organisations")


def test_the_ghor_the_childrens_helpline_and_the_anwb_are_bodies():
    text = ("Jaarverslag 2020 gemeente Putten\n\nNaast de Brandweer werkt de GHOR samen met de GGD. Kinderen kunnen "
            "terecht bij De Kindertelefoon. Inwoners rijden mee met het ANWB automaatje van vrijwilligers.\n")
    orgs = names_of(text, "organisations")
    assert {"GHOR", "De Kindertelefoon", "ANWB"} <= set(orgs), orgs


def test_the_regulator_of_housing_corporations_is_a_body():
    text = ("Prestatieafspraken 2022-2025 gemeente Putten\n\nDe afspraken worden jaarlijks gemeld aan de Autoriteit "
            "Woningcorporaties, die toezicht houdt op de corporaties.\n")
    assert "Autoriteit woningcorporaties" in names_of(text, "organisations")
