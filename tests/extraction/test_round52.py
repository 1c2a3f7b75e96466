"""Constructions of any report, fifty-second round. Every text here is invented."""

from sdkg.loaders.extract import extract
from sdkg.loaders.metadata import infer_meta

from .conftest import document_type_of as _type
from .conftest import names_of, relation_triples, text_doc


def _programmes(text: str) -> list[str]:
    return infer_meta(text_doc(text), {}).programmes


def _figures(text: str) -> list[tuple[float, int | None]]:
    return [(f.value, f.year) for f in extract(text_doc(text)).figures]


# Organisations


def test_the_national_reporting_centre_and_the_regional_intelligence_centres_are_organisations():
    # the advice and reporting centre Veilig Thuis replaced in 2015, and the RIEC every region has
    text = ("Gemeente Bergveen, begroting 2015\n\nDit jaar gaan het AMHK en de dagbesteding over naar de gemeente. Een "
            "analyse van het RIEC wijst op meer signalen van fraude met zorggeld.\n")
    assert {"AMHK", "RIEC"} <= names_of(text, "organisations")


def test_the_youth_sport_fund_and_the_youth_culture_fund_are_two_organisations():
    # two funds until they joined in 2020; the joint fund is a third name
    text = ("Gemeente Bergveen, jaarverslag 2016\n\nKinderen uit gezinnen met weinig geld sporten via het "
            "Jeugdsportfonds en volgen muziekles via het Jeugdcultuurfonds.\n")
    assert {"Jeugdsportfonds", "Jeugdcultuurfonds"} <= names_of(text, "organisations")
    assert names_of("Gemeente Bergveen.\n\nDe aanvragen lopen via het Jeugdfonds Sport & Cultuur.\n",
                    "organisations") == {"Jeugdfonds Sport & Cultuur"}


def test_a_bureau_heads_the_name_of_a_body():
    # also where the bracket names it after saying what it is
    text = ("Gemeente Bergveen, begroting 2025\n\nWe financieren een meldpunt voor gelijke behandeling (Bureau "
            "Gelijkwaardigheid Heuvelland, BGH). Het Bureau Schuldhulp Bergveen helpt huishoudens met hun post.\n")
    assert {"Bureau Gelijkwaardigheid Heuvelland", "Bureau Schuldhulp Bergveen"} <= names_of(text, "organisations")
    assert not names_of(text, "initiatives")
    # a register's name found by its longer form, which the head word finds too, is one body
    halt = "Gemeente Bergveen.\n\nAantal jongeren naar Halt per 10.000 inwoners (bron: Bureau Halt): 94.\n"
    assert names_of(halt, "organisations") == {"Halt"}


def test_an_acronym_spelled_out_in_lower_case_words_is_a_term():
    # the word that joins the spelled-out parts has no letter in the acronym; a role in brackets spells nothing
    text = ("Gemeente Bergveen, begroting 2025\n\nVoor schoolkinderen bieden we VTO (voor- en tussenschoolse opvang) aan in "
            "elke kern. De GGD (jeugdgezondheidszorg) ziet alle kinderen.\n")
    names = names_of(text, "organisations")
    assert "VTO" not in names and "GGD" in names


def test_teams_in_capitals_is_the_meeting_software():
    text = "Commissie Zorg\n\nDatum: 3 juni 2021\nOnline (via TEAMS)\n\nAgendapunt 4: beleidsregels.\n"
    assert "TEAMS" not in names_of(text, "organisations")


def test_partners_listed_after_as_for_example_and_a_local_newspaper_are_organisations():
    text = ("Gemeente Bergveen, jaarverslag 2023\n\nMet partijen als bijvoorbeeld Stichting Hulpkring, Ankerpunt en "
            "Bibliotheek Zandhoven maakten we afspraken over subsidie. De Heidorper Courant schreef over de "
            "buurtkamers.\n")
    assert {"Hulpkring", "Ankerpunt", "Bibliotheek Zandhoven", "Heidorper Courant"} <= names_of(text, "organisations")


# Initiatives


def test_a_quoted_title_with_a_subtitle_of_its_kind_is_named_by_its_title():
    text = ('Gemeente Bergveen, begroting 2023\n\nDe raad stelde in 2022 de nota "Bergveen Verbindt: beleidskader '
            'welzijn 2022-2026" vast; daaruit volgen de acties.\n')
    assert names_of(text, "initiatives") == {"Bergveen Verbindt"}


def test_a_savings_target_in_quotes_is_no_undertaking():
    text = ("Gemeente Bergveen, jaarverslag 2022\n\nOnderwerp: inkomen\n  De taakstelling ‘Uitkeringen binnen "
            "rijksbijdrage’ voor 2022, uit de Kadernota 2020, halen we daarmee.\n")
    assert names_of(text, "initiatives") == set()


def test_generic_teams_and_a_progress_tables_header_are_no_initiatives():
    text = ("Gemeente Bergveen, jaarverslag 2022\n\nResultaten 2022 Wat doen we? Voortgang 2022 Planning Realisatie "
            "(budget)\n\n  • De Sociaal Teams krijgen twee keer per jaar een training over armoede.\n")
    assert names_of(text, "initiatives") == set()


def test_the_people_of_a_field_are_no_undertaking():
    text = ("Gemeente Bergveen, begroting 2019\n\nVerantwoordelijke bestuurders: Dragoš Verhoef-Smulders, Anke van "
            "Loon\n\nWe bouwen aan een sterke samenleving.\n")
    assert names_of(text, "initiatives") == set()


def test_a_policys_priorities_in_quotes_are_no_undertakings():
    text = ("Gemeente Bergveen, jaarverslag 2023\n\nDe gezondheidsnota kent drie speerpunten. Voor het speerpunt "
            "‘Gezond ouder worden’ openden we het ontmoetingspunt ‘Samen aan Tafel’.\n")
    assert names_of(text, "initiatives") == {"Samen aan Tafel"}


def test_a_programme_of_some_years_is_an_undertaking_not_the_budgets_programme():
    text = ("Zorg en welzijn\n\nHet programma Zorg en welzijn omvat alle hulp aan inwoners.\n\nHet doel van het "
            "programma Zorg en welzijn (en van het Programma Sterke Buurten 2019-2022) is meedoen. Binnen het "
            "Programma Sterke Buurten is in 2021 gezocht naar besparingen.\n")
    assert _programmes(text) == ["Zorg en welzijn"]
    assert names_of(text, "initiatives") == {"Programma Sterke Buurten"}


def test_coalition_agreements_audit_committees_and_a_plans_date_are_no_undertakings():
    text = ("Gemeente Bergveen, jaarverslag 2023\n\nHet college stelt het Werkplan medio 2031 vast. Het "
            "Coalitie-akkoord noemt de dorpen. De Rekenkamercommissie Bergveen keek naar de schuldhulp.\n")
    assert names_of(text, "initiatives") == set()


def test_a_national_name_opening_a_compound_and_a_photographers_credit():
    text = ("Gemeente Bergveen, begroting 2024\n\nFotograaf: Merel Dijkhuis\n\nOnze aanpak past bij het "
            "Cittaslow-principe van rust en ontmoeting.\n")
    assert names_of(text, "initiatives") == {"Cittaslow"}


# Document type


def test_a_programme_report_during_the_year_is_a_mid_year_report():
    text = ("2030 - 1e Programmarapportage\n\nOntwikkelingen\n\nWijkvoorzieningen\n\nMeer besturen van buurthuizen "
            "zoeken vrijwilligers. We denken mee over een oplossing.\n")
    assert _type(text) == "other"


def test_a_newsletter_that_says_it_brings_a_report_is_no_annual_report():
    text = ("Jaarverslag leerplicht 2022\n\nDe leerplichtambtenaar ziet toe op schoolgaan.\n\nBij deze nieuwsbrief "
            "ontvangt u het jaarverslag over 2022 ter informatie.\n")
    assert _type(text) == "other"
    # the annual report itself, under its title, stays one
    assert _type("Jaarverslag 2022\n\nIn 2022 hebben we 210 gezinnen geholpen.\n") == "jaarverslag"


def test_a_college_decision_of_a_given_day_opening_the_page_is_news_from_the_town_hall():
    text = ("Vervoer naar dagbesteding 2026-2030\n\nHet college heeft op 9 mei 2026 de aanbesteding gegund aan een "
            "vervoerder.\n\nAchtergrond\n\nDe gemeente regelt het vervoer van inwoners met een indicatie.\n")
    assert _type(text) == "other"
    # the same decision further down a budget's page does not change its kind
    budget = ("Programma 2 Zorg\n\nWat willen we bereiken?\n\nInwoners wonen zo lang mogelijk thuis.\n\nWat gaan we "
              "ervoor doen?\n\nHet college heeft op 9 mei 2026 de aanbesteding gegund. In 2027 gaan we de nieuwe "
              "ritten inplannen.\n")
    assert _type(budget) == "begroting"


def test_what_happened_is_an_accounts_question():
    text = ("Programma 4 Zorg\n\nDoel\n\nInwoners redden zich zo veel mogelijk zelf.\n\nWat is er gebeurd?\n\nDe "
            "vraag naar begeleiding is groot en de wachttijd is korter dan het jaar ervoor.\n")
    assert _type(text) == "jaarverslag"
    assert _type(text.replace("Wat is er gebeurd?", "Stand van zaken")) == "begroting"


def test_accounts_that_account_for_the_budget_name_themselves_beside_it():
    text = ("In de Jaarstukken 2030 legt het bestuur verantwoording af over de uitvoering van de Begroting 2030. De "
            "jaarrekening sluit met een overschot.\n\nZorg\n\nPreventie blijft voorop staan.\n")
    assert _type(text) == "jaarstukken"
    # beside another document of the cycle that they do not account for, they are another document
    other = ("Zorg\n\nWe sparen voor de reserve. Wat de voorjaarsnota 2031 en de jaarstukken 2031 laten zien, nemen we "
             "mee.\n")
    assert _type(other) != "jaarstukken"


def test_a_year_that_had_its_troubles_is_told_in_the_past():
    text = ("Programma 3 Meedoen\n\nZelfredzaamheid\n\nIn 2022 had de energiecrisis veel gevolgen voor huishoudens. "
            "Een aantal clubs heeft gebruik gemaakt van de steunregeling.\n")
    assert _type(text) == "jaarverslag"


def test_a_copy_sites_line_of_the_document_it_shows():
    text = ("Samen sporten in de buurt\n\nIn document Programma Sport en Bewegen (pagina 8-0)\n\nBewegen is gezond en "
            "brengt mensen bij elkaar. Iedereen moet kunnen meedoen.\n")
    assert _type(text) == "other"
    # an account copied so keeps its kind
    account = ("Zorg\n\nIn document Jaarrekening 2030 (pagina 12-19)\n\nWat hebben we bereikt? In 2030 hebben we 55 "
               "gezinnen geholpen.\n")
    assert _type(account) == "jaarverslag"


def test_a_council_meetings_page_with_its_broadcast_is_a_meeting_paper():
    text = ("Uitzending\n\nKijk of luister mee\n\nAgenda\n\n • Sprekers melden zich een dag vooraf.\n • De commissie "
            "bespreekt de beleidsregels voor de jeugdhulp.\n")
    assert _type(text) == "other"


def test_the_years_revision_of_the_budget_is_a_mid_year_report():
    assert _type("Eerste Herziening 2030\n\nBuurtteams\n\nDe buurtteams breiden uit.\n") == "other"
    # a budget that carries the last revision along in its title stays a budget
    assert _type("Begroting 2030 met de Tweede Herziening 2029\n\nBuurtteams\n\nWat willen we bereiken?\n") == \
        "begroting"


def test_a_column_of_changes_makes_a_mid_year_report():
    text = ("| 5. Zorg | | | |\n|---|---|---|---|\n| Taakveld | Lasten | Mutatie 1e | Prognose |\n"
            "| 6.2 Wijkteams | 9.410 | -85 | -9.495 |\n| 6.4 Begeleide participatie | 4.120 | 230 | -3.890 |\n")
    assert _type(text) == "other"
    changes = ("Programma 5 Zorg\n\nWat mag het kosten?\n\nBegroting 2030 na wijziging Mutatie 2030 Mutatie 2031 "
               "Mutatie 2032\nLasten\nBijzondere bijstand -412.300\nSchuldhulp -77.500\n")
    assert _type(changes) == "other"


def test_a_page_that_explains_a_plan_is_no_budget():
    text = ("Uitleg over het Actieplan\n\nWaarom een Actieplan voor de jeugd? Het plan beschrijft wat we de komende "
            "jaren doen.\n")
    assert _type(text) == "other"


# Programmes


def test_the_programmes_a_report_announces_and_lists_are_its_programmes():
    text = ("1. Programmaverantwoording\n\nDe begroting van Bergveen telde in 2030 de volgende programma's:\n\n"
            "2.1 Samenleving\n2.2 Ruimte\n2.3 Bestuur & Middelen\n\nHieronder leest u per programma wat er is bereikt.\n")
    assert _programmes(text)[:3] == ["Samenleving", "Ruimte", "Bestuur & Middelen"]
    # one item is no list of programmes
    assert "Samenleving" not in _programmes(text.replace("2.2 Ruimte\n2.3 Bestuur & Middelen\n", ""))


def test_programmes_named_in_quotes_after_the_plural():
    text = ("Thema Meedoen\n\nDit hoofdstuk geeft de grote lijnen. In de programma’s ‘Sport en spel’, ‘Werk, inkomen "
            "en schulden’ en ‘Leren en cultuur’ lichten we dit verder toe.\n")
    assert _programmes(text) == ["Sport en spel", "Werk, inkomen en schulden", "Leren en cultuur"]
    assert names_of(text, "initiatives") == set()


def test_a_field_under_the_programme_word_is_no_programme():
    text = ("Programma\n\nVerantwoordelijke bestuurders: Anke van Loon, Pieter Hol\n\nWe bouwen aan een sterke "
            "samenleving.\n")
    assert _programmes(text) == []


def test_a_programme_by_its_number_and_name_in_a_sentence():
    text = "Zorg\n\nHet Programma 3.2 Zorg en Welzijn sluit met een overschot van € 2,1 miljoen.\n"
    assert _programmes(text) == ["Zorg en Welzijn"]


def test_programmes_named_by_number_in_a_sentence():
    text = ("Een gezonde gemeente\n\nIn programma 4. Zorg & Welzijn, 5.B. Cultuur en 6. Wonen & Werken vindt u de "
            "doelen voor 2030.\n")
    assert _programmes(text) == ["Zorg & Welzijn", "Cultuur", "Wonen & Werken"]
    assert _programmes("Zorg\n\nIn programma 3 Wonen staat meer over de woningen.\n") == []


def test_a_numbered_programme_heading_with_its_name_in_quotes():
    text = ("4. Programma 'Samen sterk in Bergveen'\n\n4.1. Een sociaal domein voor later\n\nDe vraag naar hulp "
            "verandert.\n")
    assert _programmes(text) == ["Samen sterk in Bergveen"]
    # quoted after the word inside a sentence, or as a heading without a chapter's number, it names an undertaking
    assert _programmes("Zorg\n\nWe starten het programma ‘Samen sterk’ met de scholen.\n") == []
    assert _programmes("Gezondheid\n\nProgramma 'Samen sterk'\n\nMet de scholen werken we aan gezonde jeugd.\n") == []


# Figures


def test_the_parts_of_an_argument_are_not_counted():
    text = ("Gemeente Bergveen, begroting 2030\n\nHet vraagstuk heeft twee kanten en de aanpak drie hoofdlijnen. De "
            "folder geeft vijf tips. In 2030 krijgen 340 inwoners hulp.\n")
    assert _figures(text) == [(340.0, 2030)]


def test_a_dates_year_is_no_figure_even_mistyped():
    text = ("Commissie Zorg, 2022\n\nVragen kunnen tot vrijdag 7 oktober 12.00 uur; u krijgt antwoord op dinsdag 11 "
            "oktober 2922. In 2022 kregen 340 inwoners hulp.\n")
    assert _figures(text) == [(340.0, 2022)]


def test_an_agenda_items_number_alone_under_its_bullet_is_no_figure():
    text = ("Commissie Zorg, 2022\n\nAgenda\n\n • 1\n • 2\n\n  Opening en vaststelling van de agenda.\n\n • 3\n\n  In "
            "2022 kregen 340 inwoners hulp.\n • 45 inwoners kregen een uitkering.\n")
    assert _figures(text) == [(340.0, 2022), (45.0, 2022)]


def test_a_column_headed_w_and_a_year_holds_that_years_realised_values():
    text = ("Gemeente Bergveen, begroting 2030\n\nIndicatoren\n\nResultaat\n\nW2028\n\nB2029\n\nB2030\n\nB2033\n\n"
            "Huishoudens met schulden\n\nAantal per 1.000 huishoudens\n\n21,4\n\n21\n\n20\n\n18\n")
    assert (21.4, 2028) in _figures(text)


def test_the_numbers_of_a_meetings_items_alone_on_their_lines_are_no_figures():
    text = ("Besluiten van het college 2030\n\n1\n\nVerslag vorige vergadering\n\nHet verslag wordt vastgesteld.\n\n2\n\n"
            "Subsidie taalcafé\n\nHet college verleent een subsidie van € 48.250 aan Werkzaak.\n\n3\n\nRegeling "
            "kwijtschelding\n\nDe regeling wordt verlengd.\n")
    assert [value for value, _year in _figures(text)] == [48250.0]


def test_two_amounts_share_the_multiplier_after_the_second():
    text = "Gemeente Bergveen, jaarverslag 2030\n\nDe twee posten laten een overschot zien van € 2,4 en 3,1 miljoen.\n"
    assert _figures(text) == [(2400000.0, 2030), (3100000.0, 2030)]


# Relations


def test_the_municipality_named_beside_a_payer_funds_the_project_too():
    text = ("Gemeente Oss, jaarverslag 2030\n\nIn 2030 is de pilot Maatjes op Pad gestart. De financiering van de "
            "pilot komt van het Oranje Fonds en de gemeente.\n")
    triples = relation_triples(text)
    assert ("Oranje Fonds", "funds", "Pilot Maatjes op Pad") in triples
    assert ("Oss", "funds", "Pilot Maatjes op Pad") in triples
    assert ("Oss", "funds", "Pilot Maatjes op Pad") not in relation_triples(text.replace(" en de gemeente", ""))
