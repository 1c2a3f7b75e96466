"""Constructions of any report, fifty-first round. Every text here is invented."""

from sdkg.loaders.extract import extract
from sdkg.loaders.metadata import infer_meta

from .conftest import names_of, text_doc


def _meta(text: str, source: str = "t.txt"):
    return infer_meta(text_doc(text, source), {})


# Document type


def test_agreements_taken_from_the_budget_do_not_make_the_page_a_budget():
    # an account's page lists what the budget promised and what became of it
    text = ("Zorg en welzijn\n\nAfspraken uit de begroting 2023\n\nIn 2023 hebben we 40 vrijwilligers opgeleid. "
            "Het project werd in 2023 afgerond.\n")
    assert _meta(text).document_type == "jaarverslag"
    # the budget named as the page's own still types it
    assert _meta("Zorg en welzijn\n\nIn de begroting 2023 leest u onze plannen.\n").document_type == "begroting"


def test_the_annual_accounts_beside_a_later_years_report_are_the_page_itself():
    # the field is filled in a later document of the cycle; the accounts named are the present ones
    text = ("Speerpunten\n\nDe nieuwe planning volgt in de tussenrapportage 2024, daarom is die kolom in de "
            "jaarstukken 2023 leeg.\n\nWe blijven inzetten op preventie.\n")
    assert _meta(text).document_type == "jaarstukken"
    # beside a document of the same year, or of none, they are still a document to come
    later = ("Financiën\n\nWe willen de reserve opbouwen. Wat de tussenrapportage 2024 en de jaarstukken 2024 laten "
             "zien, verwerken we.\n")
    assert _meta(later).document_type != "jaarstukken"


def test_aims_pursued_weigh_as_little_as_aims_wanted():
    # an account restates what the programme strives for before it tells what was done
    text = ("Programma Samen\n\nWe streven naar een stad waarin iedereen meedoet en beogen dat inwoners elkaar "
            "helpen. Ook streven we naar gezonde wijken en beogen we minder eenzaamheid.\n\nWe hebben 12 buurtkamers "
            "geopend, het aantal vrijwilligers was hoger dan ooit en de wachtlijst bleek korter.\n")
    assert _meta(text).document_type == "jaarverslag"


def test_a_clause_dated_in_the_reports_own_year_looks_back_on_it():
    # any participle: the account of 2022 tells what happened in 2022
    text = ("Welzijn\n\nWe willen dat inwoners naar elkaar omzien. In 2022 zijn de ontmoetingsactiviteiten beperkt "
            "door de verbouwing. Het bestuur heeft in het voorjaar van 2022 een nieuw huurcontract getekend.\n")
    assert _meta(text, "12_bergveen_2022.txt").document_type == "jaarverslag"
    # without the report's year the same clauses are a budget's history, and a year's plan is no look back
    assert _meta(text, "page.txt").document_type == "begroting"
    planned = ("Welzijn\n\nWe willen dat inwoners naar elkaar omzien. In 2022 zijn de activiteiten begroot op "
               "€ 40.000. In 2022 is de verbouwing uiterlijk in juni afgerond.\n")
    assert _meta(planned, "12_bergveen_2022.txt").document_type == "begroting"


def test_a_report_sites_publication_date_against_the_year_the_page_is_about():
    body = "\n\nMeedoen 2023\n\nIn Bergveen doet iedereen mee. De wijkteams ondersteunen inwoners.\n"
    published = "Programma 2 Zorg\n\nPublicatiedatum: {}" + body
    # published before its year: a budget; after it: an account; during it: a mid-year report
    assert _meta(published.format("14-11-2022"), "7_bergveen_2023.txt").document_type == "begroting"
    assert _meta(published.format("14-10-2024"), "7_bergveen_2023.txt").document_type == "jaarverslag"
    assert _meta(published.format("06-11-2023"), "7_bergveen_2023.txt").document_type == "other"
    # without the year, the month tells as before
    assert _meta(published.format("06-11-2023"), "page.txt").document_type == "begroting"


def test_a_budget_page_that_measures_during_its_own_year_was_written_then():
    text = ("Programma 4 Sociaal domein\n\nWat willen we bereiken?\n\nSchuldhulp\nHet loket hielp 120 "
            "huishoudens (peildatum {}).\n")
    assert _meta(text.format("14-09-2024"), "3_bergveen_2024.txt").document_type == "other"
    assert _meta(text.format("31-12-2024"), "3_bergveen_2024.txt").document_type == "jaarverslag"
    # a count at the start of the year, or before it, is what a budget plans with
    assert _meta(text.format("01-01-2024"), "3_bergveen_2024.txt").document_type == "begroting"
    assert _meta(text.format("14-05-2023"), "3_bergveen_2024.txt").document_type == "begroting"


# Programmes


def test_a_programme_named_as_the_frame_of_the_work():
    assert _meta("Beleidsverantwoording\n\nBinnen het begrotingsprogramma Zorg en Gezondheid lag in 2022 het "
                 "accent op de wijkteams.\n").programmes == ["Zorg en Gezondheid"]
    # a lower-case word that goes on the name is no verb after it
    assert _meta("Inleiding\n\nBinnen het begrotingsprogramma Sociaal domein zetten we buurtcoaches in.\n").programmes \
        == ["Sociaal domein"]
    # a programme of projects is as often an initiative as the budget's programme
    assert _meta("Inleiding\n\nBinnen het programma Sterke Wijken zijn vijf projecten gestart.\n").programmes == []


# Organisations


def test_a_listed_bodys_acronym_in_brackets_does_not_end_the_list():
    text = "Het plan is opgesteld met de uitvoeringsorganisaties Werkzaak, Bergplus (BP) en Tulpers.\n"
    assert names_of(text, "organisations") == {"Werkzaak", "Bergplus", "Tulpers"}


def test_a_joint_body_named_by_its_form_under_the_wgr_is_an_organisation():
    text = "In 2024 is het Gemeenschappelijk Orgaan Maatschappelijke Opvang opgericht.\n"
    assert names_of(text, "organisations") == {"Gemeenschappelijk Orgaan Maatschappelijke Opvang"}
    assert not names_of(text, "initiatives")


# Initiatives


def test_a_law_that_opens_a_plans_subject_is_part_of_its_name():
    # the law still counts as a law of its own
    text = "Dit jaar werken we met de Uitvoeringsagenda Wmo en Welzijn.\n"
    assert names_of(text, "initiatives") == {"Uitvoeringsagenda Wmo en Welzijn"}
    assert names_of(text, "laws") == {"Wet maatschappelijke ondersteuning 2015"}
    assert names_of("Het Beleidsplan Participatiewet en Armoede is vastgesteld.\n", "initiatives") \
        == {"Beleidsplan Participatiewet en Armoede"}


# Figures


def test_a_header_of_kinds_then_the_row_labels_header_then_years_keeps_the_realisation():
    # each cell on a line of its own; "Saldo per product" heads the labels' column, not a column of amounts
    text = ("Samenleving\n\nWat heeft het gekost?\n\nBedragen x € 1.000\n\nJaarrekening\n\nBegroting\n\nRealisatie\n\n"
            "Verschil\n\nSaldo per product\n\n2023\n\n2024\n\n2024\n\n2024\n\nWijkteams\n\n-1.200\n\n-1.300\n\n-1.250\n\n"
            "50\n\nMantelzorg\n\n-310\n\n-350\n\n-340\n\n10\n")
    found = {(f.value, f.year, f.label) for f in extract(text_doc(text)).figures}
    assert found == {(-1250000.0, 2024, "Wijkteams"), (-340000.0, 2024, "Mantelzorg")}


def test_a_table_cell_that_lists_taakveld_codes_holds_no_figures():
    text = ("Activiteiten\nActiviteit | Omschrijving | Taakveld |\n---|---|---|\n"
            "Jeugdhulp | Hulp thuis voor 1.200 kinderen in Bergveen. | 6.721, 6.731, 6.821, 6,822 |\n")
    assert {(f.value, f.label) for f in extract(text_doc(text)).figures} == {(1200.0, "Jeugdhulp")}


def test_a_contents_lists_column_of_pages_holds_no_figures():
    # a PDF's contents list: each line of titles, then a line of their pages
    text = ("Sociaal beleidsplan Bergveen\n\nINHOUD Pag.\nHoofdstuk 1\nInleiding 1.1 Aanleiding 1.2 Leeswijzer\n1 2\n"
            "Hoofdstuk 2\nMeedoen 2.1 Werk 2.2 Inkomen 2.3 Schulden\n4 4 6 7\nHoofdstuk 3\nZorg 3.1 Wmo 3.2 Jeugd\n"
            "9 9 12\n\nInleiding\n\nIn 2024 kregen 340 huishoudens schuldhulp.\n")
    assert {(f.value, f.year) for f in extract(text_doc(text)).figures} == {(340.0, 2024)}
